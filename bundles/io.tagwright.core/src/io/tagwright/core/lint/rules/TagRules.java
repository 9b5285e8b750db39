package io.tagwright.core.lint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import io.tagwright.core.refactor.RemoveDuplicateTags;
import io.tagwright.core.refactor.RemoveHiddenTags;
import io.tagwright.core.refactor.RemoveTags;
import io.tagwright.core.refactor.Scope;
import io.tagwright.core.refactor.TagPattern;
import io.tagwright.model.CaptionStatus;
import io.tagwright.model.ViewAnnotation;

/** Rules about the tags inside captions. */
final class TagRules {

    private TagRules() {
    }

    /** The same tag twice in one caption. */
    static final class Duplicates extends AbstractRule {
        static final String ID = "duplicate-tag";

        Duplicates() {
            super(ID, Severity.WARNING, "a caption has the same tag more than once");
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            Set<String> seen = new HashSet<>();
            for (Image i : ctx.snapshot().images()) {
                seen.clear();
                List<String> twice = new ArrayList<>();
                for (String t : i.tags()) {
                    if (!seen.add(ctx.key(t)) && !twice.contains(t)) {
                        twice.add(t);
                    }
                }
                if (!twice.isEmpty()) {
                    out.accept(ctx.finding(this, "the caption has " + RemoveTagsText.list(twice) + " more than once",
                            Location.image(i.key()),
                            new QuickFix("Remove the duplicate tags", new RemoveDuplicateTags(), Scope.keys(List.of(i.key())))));
                }
            }
        }
    }

    /** A tag in every caption that is not the trigger: the LoRA binds it to the subject. */
    static final class InEveryImage extends AbstractRule {
        static final String ID = "tag-in-every-image";

        InEveryImage() {
            super(ID, Severity.INFO, "a tag other than the trigger is in every caption (it becomes part of the subject)");
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            List<Image> captioned = new ArrayList<>();
            for (Image i : ctx.trainingImages()) {
                if (i.captionStatus() == CaptionStatus.OK && !i.tags().isEmpty()) {
                    captioned.add(i);
                }
            }
            if (captioned.size() < ctx.settings().everyImageMinImages()) {
                return;
            }
            // spelling of the first occurrence, in caption order of the first image
            Map<String, String> common = new LinkedHashMap<>();
            for (String t : captioned.get(0).tags()) {
                common.putIfAbsent(ctx.key(t), t);
            }
            Set<String> keys = new HashSet<>();
            for (Image i : captioned.subList(1, captioned.size())) {
                keys.clear();
                for (String t : i.tags()) {
                    keys.add(ctx.key(t));
                }
                common.keySet().retainAll(keys);
                if (common.isEmpty()) {
                    return;
                }
            }
            common.keySet().removeAll(ctx.allTriggerKeys());
            for (String tag : common.values()) {
                out.accept(ctx.finding(this, quote(tag) + " is in all " + captioned.size() + " captions: the LoRA will bind it to "
                        + "the trigger (remove it if it is part of the subject, vary it if it is not)", Location.DATASET,
                        new QuickFix("Remove " + quote(tag) + " from every caption", new RemoveTags(tag), Scope.all())));
            }
        }
    }

    /** A tag the image's view cannot show (earrings from behind). */
    static final class Hidden extends AbstractRule {
        static final String ID = "hidden-tag";

        Hidden() {
            super(ID, Severity.WARNING, "a caption names something its view cannot show (e.g. earrings from behind)");
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            Map<ViewAnnotation, List<TagPattern>> lists = new HashMap<>();
            ctx.hiddenTags().forEach((v, tags) -> lists.put(v, tags.stream().map(TagPattern::of).toList()));
            if (lists.isEmpty()) {
                return;
            }
            for (Image i : ctx.snapshot().images()) {
                ViewAnnotation view = ctx.effectiveView(i);
                List<TagPattern> hidden = lists.get(view);
                if (hidden == null) {
                    continue;
                }
                List<String> found = new ArrayList<>();
                for (String t : i.tags()) {
                    String k = ctx.key(t);
                    for (TagPattern p : hidden) {
                        if (p.matchesKey(k)) {
                            found.add(t);
                            break;
                        }
                    }
                }
                if (!found.isEmpty()) {
                    String where = view.getLiteral().startsWith("from ") ? view.getLiteral() : "in a " + view.getLiteral() + " view";
                    out.accept(ctx.finding(this, RemoveTagsText.list(found) + " cannot be seen " + where
                            + "; the caption teaches the LoRA something the image does not show",
                            Location.image(i.key()), new QuickFix("Remove the tags that cannot be seen", new RemoveHiddenTags(),
                                    Scope.keys(List.of(i.key())))));
                }
            }
        }
    }

    /** Quoting lists of tags in messages. */
    static final class RemoveTagsText {
        private RemoveTagsText() {
        }

        static String list(List<String> tags) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < tags.size(); i++) {
                if (i > 0) {
                    sb.append(i == tags.size() - 1 ? " and " : ", ");
                }
                sb.append(AbstractRule.quote(tags.get(i)));
            }
            return sb.toString();
        }
    }
}
