package io.tagwright.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.DatasetSession.ConflictPolicy;
import io.tagwright.core.refactor.Change;
import io.tagwright.core.refactor.ChangeSet;
import io.tagwright.core.refactor.Refactoring;
import io.tagwright.core.refactor.Refactorings;
import io.tagwright.core.refactor.Scope;
import io.tagwright.trainer.protocol.json.Json;

/**
 * The commands that change captions: compute the change set (the preview), print it with {@code --dry-run},
 * otherwise apply it and write the changed captions as one crash-safe batch. {@code --query Q} limits the
 * change to the images a query matches.
 */
abstract class RefactorCommand implements Command {

    static final String COMMON_OPTIONS = """
              --query Q   only the images matching query Q (default: all)
              --dry-run   print each caption before and after; change nothing
              --verbose   print the changed captions' paths
              --json      the change set as JSON""";

    /** The refactoring the positional arguments and the command's own options describe. */
    abstract Refactoring refactoring(Map<String, String> options, List<String> positional) throws UsageException;

    /** The command's own options that take a value (e.g. {@code --mode}), with their defaults. */
    Map<String, String> options() {
        return Map.of();
    }

    /** Positional arguments after DATASET: at least, at most (-1: any number). */
    abstract int[] arity();

    @Override
    public final int run(List<String> args, Console console) throws Exception {
        Args a = new Args(args);
        boolean json = a.flag("--json");
        boolean dryRun = a.flag("--dry-run");
        boolean verbose = a.flag("--verbose");
        String query = a.option("--query", null);
        String clip = a.option("--clip", null);
        String tags = a.option("--tags", null);
        Map<String, String> own = new LinkedHashMap<>();
        for (Map.Entry<String, String> o : options().entrySet()) {
            own.put(o.getKey(), a.option(o.getKey(), o.getValue()));
        }
        Refactoring refactoring;
        List<String> pos;
        try {
            pos = positional(a);
            refactoring = refactoring(own, pos.subList(1, pos.size()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (query != null) {
            BadQuery.about(query, () -> io.tagwright.index.query.QueryParser.parse(query));
        }
        DatasetSession session;
        Scope scope;
        if (query == null) {
            session = Datasets.open(pos.get(0), console.progress());
            scope = Scope.all();
        } else {
            IndexedDataset d = IndexedDataset.open(pos.get(0), clip, console);
            try {
                scope = BadQuery.about(query, () -> {
                    d.prepare(query, tags, clip, console);
                    return d.index.scope(query);
                });
            } finally {
                d.index.close(); // the captions change next; the index would only follow them for nothing
            }
            session = d.session;
        }
        ChangeSet changes = refactoring.preview(session, scope, console.progress());
        int written = 0;
        List<String> skipped = List.of();
        if (!dryRun && !changes.isEmpty()) {
            Refactorings.execute(session, changes);
            try {
                DatasetSession.SaveResult r = Files.exists(session.projectFile()) ? session.save(ConflictPolicy.SKIP, console.progress())
                        : session.saveCaptions(ConflictPolicy.SKIP, console.progress());
                written = r.captionsWritten();
                skipped = r.conflictsSkipped();
            } catch (IOException e) {
                throw new WriteException("writing the changed captions failed, none was changed: " + e.getMessage(), e);
            }
        }
        if (json) {
            console.out().println(Json.write(json(changes, dryRun, written, skipped)));
        } else {
            if (dryRun || verbose) {
                for (Change c : changes.changes()) {
                    console.out().println(c.key());
                    if (dryRun) {
                        console.out().println("  - " + c.beforeText());
                        console.out().println("  + " + c.afterText());
                    }
                }
            }
            console.out().printf("%s: %d of %d caption(s) %s%n", changes.label(), changes.size(), changes.scanned(),
                    dryRun ? "would change (dry run, nothing written)" : "changed, " + written + " file(s) written");
            for (String s : skipped) {
                console.err().println("not written, changed on disk meanwhile: " + s);
            }
        }
        return skipped.isEmpty() ? ExitCodes.OK : ExitCodes.WRITE;
    }

    private List<String> positional(Args a) throws UsageException {
        List<String> pos = a.positional();
        int[] n = arity();
        if (pos.size() < 1 + n[0] || (n[1] >= 0 && pos.size() > 1 + n[1])) {
            throw new UsageException("wrong number of arguments");
        }
        return pos;
    }

    private static Map<String, Object> json(ChangeSet changes, boolean dryRun, int written, List<String> skipped) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("refactoring", changes.label());
        out.put("scope", changes.scope().description());
        out.put("scanned", changes.scanned());
        out.put("changed", changes.size());
        out.put("dryRun", dryRun);
        out.put("written", written);
        out.put("skipped", skipped);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Change c : changes.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("image", c.key());
            m.put("before", c.before());
            m.put("after", c.after());
            if (c.annotationsChanged()) {
                m.put("view", c.viewAfter().getLiteral());
                m.put("framing", c.framingAfter().getLiteral());
            }
            list.add(m);
        }
        out.put("changes", list);
        return out;
    }
}
