package io.tagwright.core.refactor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.tagwright.model.ImageEntry;

/** Keeps the first of every tag a caption has more than once ({@code _} ≡ space, any case). */
public final class RemoveDuplicateTags extends CaptionRefactoring {

    @Override
    public String label() {
        return "Remove duplicate tags";
    }

    @Override
    protected List<String> rewrite(RefactoringContext ctx, ImageEntry e, List<String> tags) {
        Set<String> seen = new HashSet<>();
        List<String> out = null;
        for (int i = 0; i < tags.size(); i++) {
            boolean first = seen.add(ctx.key(tags.get(i)));
            if (!first && out == null) {
                out = new ArrayList<>(tags.subList(0, i));
            } else if (first && out != null) {
                out.add(tags.get(i));
            }
        }
        return out == null ? tags : out;
    }
}
