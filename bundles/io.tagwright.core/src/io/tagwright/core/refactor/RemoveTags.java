package io.tagwright.core.refactor;

import java.util.ArrayList;
import java.util.List;

import io.tagwright.model.ImageEntry;

/** Removes tags (or every tag matching a {@link TagPattern} glob such as {@code *_background}) from captions. */
public final class RemoveTags extends CaptionRefactoring {

    private final List<TagPattern> patterns;

    public RemoveTags(List<String> tags) {
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("no tag to remove");
        }
        this.patterns = tags.stream().map(TagPattern::of).toList();
    }

    public RemoveTags(String... tags) {
        this(List.of(tags));
    }

    @Override
    public String label() {
        return "Remove " + quoted(patterns);
    }

    static String quoted(List<?> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(i == items.size() - 1 ? " and " : ", ");
            }
            sb.append('\'').append(items.get(i)).append('\'');
        }
        return sb.toString();
    }

    @Override
    protected List<String> rewrite(RefactoringContext ctx, ImageEntry e, List<String> tags) {
        List<String> out = null;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            boolean remove = false;
            String k = ctx.key(tag);
            for (TagPattern p : patterns) {
                if (p.matchesKey(k)) {
                    remove = true;
                    break;
                }
            }
            if (remove && out == null) {
                out = new ArrayList<>(tags.subList(0, i));
            } else if (!remove && out != null) {
                out.add(tag);
            }
        }
        return out == null ? tags : out;
    }
}
