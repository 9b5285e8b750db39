package io.tagwright.core.refactor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tagwright.model.ImageEntry;
import io.tagwright.model.ViewAnnotation;

/**
 * Removes tags that cannot be seen in an image's view, from the dataset's user-editable lists (for
 * example {@code earrings} or {@code blue eyes} on images from behind). The view is the image's annotation,
 * or, when it has none, the view whose tags its caption carries (a caption with {@code from behind}).
 * List entries may be globs ({@code *earrings}).
 */
public final class RemoveHiddenTags extends CaptionRefactoring {

    private Map<ViewAnnotation, List<TagPattern>> hidden;
    private Map<ViewAnnotation, Set<String>> viewKeys;

    @Override
    public String label() {
        return "Remove tags that cannot be seen in the view";
    }

    @Override
    protected void begin(RefactoringContext ctx) {
        hidden = new EnumMap<>(ViewAnnotation.class);
        ctx.hiddenTags().forEach((view, tags) -> hidden.put(view, tags.stream().map(TagPattern::of).toList()));
        viewKeys = viewKeys(ctx);
    }

    static Map<ViewAnnotation, Set<String>> viewKeys(RefactoringContext ctx) {
        Map<ViewAnnotation, Set<String>> m = new EnumMap<>(ViewAnnotation.class);
        ctx.viewTags().forEach((view, tags) -> {
            Set<String> keys = new HashSet<>();
            tags.forEach(t -> keys.add(ctx.key(t)));
            if (!keys.isEmpty()) {
                m.put(view, keys);
            }
        });
        return m;
    }

    /** The image's view: its annotation, else the first view all of whose tags the caption has, else UNSET. */
    static ViewAnnotation effectiveView(RefactoringContext ctx, ImageEntry e, Map<ViewAnnotation, Set<String>> viewKeys) {
        if (e.getView() != null && e.getView() != ViewAnnotation.UNSET) {
            return e.getView();
        }
        Set<String> keys = new HashSet<>();
        e.getTags().forEach(t -> keys.add(ctx.key(t)));
        ViewAnnotation best = ViewAnnotation.UNSET;
        int bestSize = 0;
        for (Map.Entry<ViewAnnotation, Set<String>> v : viewKeys.entrySet()) {
            // the most specific match wins: "from side, profile" is a profile, not just "from side"
            if (keys.containsAll(v.getValue()) && v.getValue().size() > bestSize) {
                best = v.getKey();
                bestSize = v.getValue().size();
            }
        }
        return best;
    }

    @Override
    protected List<String> rewrite(RefactoringContext ctx, ImageEntry e, List<String> tags) {
        List<TagPattern> patterns = hidden.get(effectiveView(ctx, e, viewKeys));
        if (patterns == null || patterns.isEmpty()) {
            return tags;
        }
        List<String> out = new ArrayList<>(tags.size());
        for (String t : tags) {
            String k = ctx.key(t);
            boolean drop = false;
            for (TagPattern p : patterns) {
                if (p.matchesKey(k)) {
                    drop = true;
                    break;
                }
            }
            if (!drop) {
                out.add(t);
            }
        }
        return out.size() == tags.size() ? tags : out;
    }
}
