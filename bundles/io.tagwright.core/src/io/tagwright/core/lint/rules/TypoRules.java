package io.tagwright.core.lint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tagwright.core.dataset.DatasetSnapshot.Image;
import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintContext;
import io.tagwright.core.lint.Location;
import io.tagwright.core.lint.QuickFix;
import io.tagwright.core.lint.Severity;
import io.tagwright.core.refactor.RenameTag;
import io.tagwright.core.refactor.Scope;
import io.tagwright.core.tags.EditNeighbours;
import io.tagwright.core.tags.TagInfo;
import io.tagwright.core.tags.TagList;

/** Probable typos and aliases, against the tag list and the dataset's own tags. */
final class TypoRules {

    /** A tag this rare in the dataset, next to one this many times more frequent, is a typo of it. */
    static final int DATASET_RATIO = 3;
    /** Dataset tags used at least this often are taken as known spellings. */
    static final int DATASET_KNOWN = 3;

    private TypoRules() {
    }

    /** A tag that is not in the tag list (nor the dataset's common tags) but one edit away from one that is. */
    static final class Typo extends AbstractRule {
        static final String ID = "probable-typo";

        Typo() {
            super(ID, Severity.WARNING, "a tag is not in the tag list but one edit away from a known tag");
        }

        private record Suggestion(String spelling, String why) {
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            TagList list = ctx.settings().tagList();
            Map<String, Integer> freq = ctx.frequencies();
            Set<String> triggers = ctx.allTriggerKeys();
            Map<String, String> spelling = new HashMap<>();
            for (Image i : ctx.snapshot().images()) {
                for (String t : i.tags()) {
                    spelling.putIfAbsent(ctx.key(t), t);
                }
            }
            List<String> known = new ArrayList<>();
            for (Map.Entry<String, Integer> e : freq.entrySet()) {
                if (e.getValue() >= DATASET_KNOWN && !triggers.contains(e.getKey())) {
                    known.add(e.getKey());
                }
            }
            known.addAll(triggers);
            EditNeighbours datasetTags = new EditNeighbours(known);
            int images = Math.max(1, ctx.snapshot().images().size());
            Map<String, Suggestion> typos = new HashMap<>();
            for (Map.Entry<String, Integer> e : freq.entrySet()) {
                String k = e.getKey();
                int f = e.getValue();
                if (k.length() < 4 || triggers.contains(k) || (list != null && list.resolve(k) != null)) {
                    continue;
                }
                Suggestion best = null;
                int bestCount = 0;
                for (int idx : datasetTags.withinOneEdit(k)) {
                    String c = datasetTags.word(idx);
                    int cf = triggers.contains(c) ? Integer.MAX_VALUE : freq.getOrDefault(c, 0);
                    if (cf >= (long) DATASET_RATIO * f && cf > bestCount) {
                        bestCount = cf;
                        best = new Suggestion(spelling.getOrDefault(c, c), triggers.contains(c) ? "the trigger word"
                                : "in " + cf + " images");
                    }
                }
                // a tag many images share is a deliberate term, not a slip of the keyboard
                boolean deliberate = f >= DATASET_KNOWN && f * 5L >= images;
                if (best == null && list != null && !deliberate) {
                    TagInfo t = list.closest(k);
                    if (t != null) {
                        String s = spelling.get(k).indexOf('_') >= 0 ? t.name() : t.captionSpelling();
                        best = new Suggestion(s, String.format(Locale.ROOT, "%,d posts", t.count()));
                    }
                }
                if (best != null) {
                    typos.put(k, best);
                }
            }
            if (list == null) {
                out.accept(new Finding(ID, Severity.INFO, "tags were checked for typos against the dataset's own tags only: "
                        + ctx.settings().tagListHint(), Location.DATASET, null));
            }
            if (typos.isEmpty()) {
                return;
            }
            Set<String> reported = new java.util.HashSet<>();
            for (Image i : ctx.snapshot().images()) {
                reported.clear();
                for (String t : i.tags()) {
                    Suggestion s = typos.get(ctx.key(t));
                    if (s != null && reported.add(ctx.key(t))) {
                        Finding f = ctx.finding(this, quote(t) + (list != null ? " is not in the tag list" : " is rare in this dataset")
                                + "; did you mean " + quote(s.spelling()) + " (" + s.why() + ")?", Location.image(i.key()),
                                new QuickFix("Rename " + quote(t) + " to " + quote(s.spelling()) + " everywhere",
                                        new RenameTag(t, s.spelling()), Scope.all()));
                        // without a tag list two real tags one letter apart ("black hat", "black cat") look alike: a hint only
                        out.accept(list != null ? f : new Finding(f.ruleId(), Severity.INFO, f.message(), f.location(), f.quickFix()));
                    }
                }
            }
        }
    }

    /**
     * A tag the tag list knows only as an alias of another: taggers and prompts use the canonical name. One
     * finding per tag for the whole dataset (a naming matter, not one image's).
     */
    static final class Alias extends AbstractRule {
        static final String ID = "tag-alias";

        Alias() {
            super(ID, Severity.INFO, "a tag is an alias; the tag list's canonical name is what taggers and prompts use");
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            TagList list = ctx.settings().tagList();
            if (list == null) {
                return;
            }
            Set<String> triggers = ctx.allTriggerKeys();
            Map<String, String> spelling = new java.util.LinkedHashMap<>();
            for (Image i : ctx.snapshot().images()) {
                for (String t : i.tags()) {
                    String k = ctx.key(t);
                    if (!spelling.containsKey(k) && !triggers.contains(k) && !k.startsWith("/") && list.isAlias(k)) {
                        spelling.put(k, t);
                    }
                }
            }
            for (Map.Entry<String, String> e : spelling.entrySet()) {
                TagInfo c = list.resolve(e.getKey());
                String t = e.getValue();
                String s = t.indexOf('_') >= 0 ? c.name() : c.captionSpelling();
                int n = ctx.frequencies().getOrDefault(e.getKey(), 0);
                out.accept(ctx.finding(this, quote(t) + " (" + n + " image" + (n == 1 ? "" : "s") + ") is an alias of " + quote(s)
                        + " in the tag list", Location.DATASET,
                        new QuickFix("Rename " + quote(t) + " to " + quote(s) + " everywhere", new RenameTag(t, s), Scope.all())));
            }
        }
    }
}
