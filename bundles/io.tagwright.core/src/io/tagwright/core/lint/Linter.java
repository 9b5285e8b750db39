package io.tagwright.core.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.DatasetSnapshot;
import io.tagwright.core.lint.rules.StandardRules;

/**
 * Runs lint rules over a dataset. {@link #run(DatasetSession, LintSettings, IProgressMonitor)} is the
 * one-call form for headless callers that own the model's thread; a workbench takes a
 * {@link DatasetSnapshot} on the model's thread and calls {@link #lint} in a background job, keeping one
 * {@code Linter} per dataset so that image hashes are not computed twice.
 */
public final class Linter {

    private final List<LintRule> rules;
    private final ContentHashes hashes = new ContentHashes();

    /** A linter with the standard rules. */
    public Linter() {
        this(StandardRules.all());
    }

    public Linter(List<LintRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Snapshot (on the calling thread, which must own the model) and lint with the standard rules. */
    public static LintReport run(DatasetSession session, LintSettings settings, IProgressMonitor monitor) {
        return new Linter().lint(DatasetSnapshot.of(session), settings, monitor);
    }

    public List<LintRule> rules() {
        return rules;
    }

    /** The rule with this id, or null. */
    public LintRule rule(String id) {
        for (LintRule r : rules) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** Content hashes of images, kept between runs of this linter. */
    public ContentHashes hashes() {
        return hashes;
    }

    /** Runs every enabled rule on the snapshot; safe on any thread. */
    public LintReport lint(DatasetSnapshot snapshot, LintSettings settings, IProgressMonitor monitor) {
        List<LintRule> enabled = new ArrayList<>();
        for (LintRule r : rules) {
            if (settings.isEnabled(r.id())) {
                enabled.add(r);
            }
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Checking " + snapshot.name(), enabled.size());
        LintContext ctx = new LintContext(snapshot, settings, this);
        List<Finding> findings = new ArrayList<>();
        for (LintRule r : enabled) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            sub.subTask(r.id());
            r.check(ctx, findings::add, sub.split(1));
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            order.put(rules.get(i).id(), i);
        }
        Map<String, Integer> imageOrder = new HashMap<>();
        for (int i = 0; i < snapshot.images().size(); i++) {
            imageOrder.put(snapshot.images().get(i).key(), i);
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed()
                .thenComparing(f -> order.getOrDefault(f.ruleId(), Integer.MAX_VALUE))
                .thenComparing(f -> f.location().kind())
                .thenComparing(f -> imageOrder.getOrDefault(f.location().path(), Integer.MAX_VALUE))
                .thenComparing(f -> f.location().path() == null ? "" : f.location().path()));
        return new LintReport(findings, enabled);
    }
}
