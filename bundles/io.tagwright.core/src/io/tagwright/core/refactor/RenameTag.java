package io.tagwright.core.refactor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.model.ImageEntry;

/**
 * Renames a tag in every caption that has it ({@code _} ≡ space, any case). When the caption already has
 * the new tag, the two merge into one, at the position of whichever came first; a caption never ends up
 * with the same tag twice. The new name may be several tags ({@code "bikini" → "swimsuit, bikini"}), and it
 * may differ from the old one only in spelling ({@code "Long_Hair" → "long hair"}).
 */
public final class RenameTag extends CaptionRefactoring {

    private final String from;
    private final String fromKey;
    private final List<String> to;
    private final List<String> toKeys;

    public RenameTag(String from, String to) {
        List<String> f = CaptionSyntax.split(from);
        if (f.size() != 1) {
            throw new IllegalArgumentException(f.isEmpty() ? "the tag to rename is empty"
                    : "rename one tag at a time ('" + from + "' is " + f.size() + " tags)");
        }
        this.from = f.get(0);
        this.fromKey = CaptionSyntax.key(this.from);
        List<String> t = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String tag : CaptionSyntax.split(to)) {
            if (keys.add(CaptionSyntax.key(tag))) {
                t.add(tag);
            }
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("the new name is empty (to delete a tag, remove it)");
        }
        this.to = List.copyOf(t);
        this.toKeys = t.stream().map(CaptionSyntax::key).toList();
    }

    @Override
    public String label() {
        return "Rename '" + from + "' to '" + String.join(", ", to) + "'";
    }

    public String from() {
        return from;
    }

    public List<String> to() {
        return to;
    }

    @Override
    protected List<String> rewrite(RefactoringContext ctx, ImageEntry e, List<String> tags) {
        int first = -1;
        for (int i = 0; i < tags.size(); i++) {
            if (ctx.key(tags.get(i)).equals(fromKey)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return tags;
        }
        List<String> out = new ArrayList<>(tags.size() + to.size());
        Set<String> emitted = new HashSet<>();
        for (String tag : tags) {
            String k = ctx.key(tag);
            int asNew = toKeys.indexOf(k);
            if (k.equals(fromKey) || asNew >= 0) {
                // the old tag, or one of the new ones: all new tags go where the first of them stood
                for (int j = 0; j < to.size(); j++) {
                    if (emitted.add(toKeys.get(j))) {
                        out.add(to.get(j));
                    }
                }
            } else {
                out.add(tag);
            }
        }
        return out;
    }
}
