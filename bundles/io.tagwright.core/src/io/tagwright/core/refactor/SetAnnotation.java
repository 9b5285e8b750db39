package io.tagwright.core.refactor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ViewAnnotation;

/**
 * Sets the view and/or framing annotation of images and, with {@code updateTags}, makes their captions say
 * the same: the tags the dataset maps to the new annotation are added (view tags after the trigger,
 * framing tags at the end) and the tags of every other view (or framing) are removed. Setting
 * {@code UNSET} clears the annotation and leaves the caption alone.
 */
public final class SetAnnotation extends CaptionRefactoring {

    private final ViewAnnotation view;
    private final FramingAnnotation framing;
    private final boolean updateTags;

    /**
     * @param view    the new view, or null to leave views as they are
     * @param framing the new framing, or null to leave framings as they are
     */
    public SetAnnotation(ViewAnnotation view, FramingAnnotation framing, boolean updateTags) {
        if (view == null && framing == null) {
            throw new IllegalArgumentException("nothing to set: give a view, a framing or both");
        }
        this.view = view;
        this.framing = framing;
        this.updateTags = updateTags;
    }

    @Override
    public String label() {
        List<String> parts = new ArrayList<>();
        if (view != null) {
            parts.add("view '" + view.getLiteral() + "'");
        }
        if (framing != null) {
            parts.add("framing '" + framing.getLiteral() + "'");
        }
        return "Set " + String.join(" and ", parts);
    }

    @Override
    protected Change change(RefactoringContext ctx, ImageEntry e) {
        ViewAnnotation newView = view == null ? e.getView() : view;
        FramingAnnotation newFraming = framing == null ? e.getFraming() : framing;
        List<String> tags = e.getTags();
        List<String> after = tags;
        if (updateTags) {
            if (view != null && view != ViewAnnotation.UNSET) {
                after = retag(ctx, e, after, ctx.viewTags(), view, true);
            }
            if (framing != null && framing != FramingAnnotation.UNSET) {
                after = retag(ctx, e, after, ctx.framingTags(), framing, false);
            }
        }
        if (newView == e.getView() && newFraming == e.getFraming() && after.equals(tags)) {
            return null;
        }
        return new Change(e, ctx.keyOf(e), tags, after, e.getView(), newView, e.getFraming(), newFraming);
    }

    private static <A> List<String> retag(RefactoringContext ctx, ImageEntry e, List<String> tags, Map<A, List<String>> mapping,
            A chosen, boolean afterTrigger) {
        List<String> wanted = mapping.getOrDefault(chosen, List.of());
        Set<String> wantedKeys = new HashSet<>();
        for (String t : wanted) {
            wantedKeys.add(ctx.key(t));
        }
        Set<String> others = new HashSet<>();
        for (Map.Entry<A, List<String>> m : mapping.entrySet()) {
            if (!m.getKey().equals(chosen)) {
                for (String t : m.getValue()) {
                    String k = ctx.key(t);
                    if (!wantedKeys.contains(k)) {
                        others.add(k);
                    }
                }
            }
        }
        List<String> out = new ArrayList<>(tags.size() + wanted.size());
        Set<String> present = new HashSet<>();
        for (String t : tags) {
            String k = ctx.key(t);
            if (!others.contains(k)) {
                out.add(t);
                present.add(k);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String t : wanted) {
            if (present.add(ctx.key(t))) {
                missing.add(t);
            }
        }
        out.addAll(afterTrigger ? ctx.afterTrigger(e, out) : out.size(), missing);
        return out;
    }

    @Override
    protected List<String> rewrite(RefactoringContext ctx, ImageEntry e, List<String> tags) {
        throw new UnsupportedOperationException("SetAnnotation computes whole changes");
    }
}
