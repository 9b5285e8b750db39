package io.tagwright.core.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The findings of one lint run, most severe first, then in rule order, then by location. */
public record LintReport(List<Finding> findings, List<LintRule> rules) {

    public LintReport {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /** The most severe finding's severity, or null when there is none. */
    public Severity highestSeverity() {
        Severity s = null;
        for (Finding f : findings) {
            if (s == null || f.severity().compareTo(s) > 0) {
                s = f.severity();
            }
        }
        return s;
    }

    /** How many findings are at least as severe as {@code severity}. */
    public int count(Severity atLeast) {
        int n = 0;
        for (Finding f : findings) {
            if (f.severity().atLeast(atLeast)) {
                n++;
            }
        }
        return n;
    }

    /** Findings of one rule. */
    public List<Finding> ofRule(String ruleId) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.ruleId().equals(ruleId)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Findings located at one image (by key). */
    public List<Finding> ofImage(String imageKey) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.location().kind() == Location.Kind.IMAGE && imageKey.equals(f.location().path())) {
                out.add(f);
            }
        }
        return out;
    }

    /** For each rule with image findings, the keys of those images (what {@code problem:RULE} queries match). */
    public Map<String, Set<String>> imagesByRule() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.location().kind() == Location.Kind.IMAGE) {
                m.computeIfAbsent(f.ruleId(), r -> new LinkedHashSet<>()).add(f.location().path());
            }
        }
        m.replaceAll((r, keys) -> Collections.unmodifiableSet(keys));
        return Collections.unmodifiableMap(m);
    }

    /** Number of findings per rule id, in rule order. */
    public Map<String, Integer> countsByRule() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (LintRule r : rules) {
            m.put(r.id(), 0);
        }
        Map<String, Integer> extra = new HashMap<>();
        for (Finding f : findings) {
            if (m.containsKey(f.ruleId())) {
                m.merge(f.ruleId(), 1, Integer::sum);
            } else {
                extra.merge(f.ruleId(), 1, Integer::sum);
            }
        }
        m.putAll(extra);
        return m;
    }
}
