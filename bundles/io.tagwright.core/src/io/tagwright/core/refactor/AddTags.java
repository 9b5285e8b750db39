package io.tagwright.core.refactor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.model.ImageEntry;

/**
 * Adds tags to captions that do not have them yet (a tag already present anywhere in the caption stays
 * where it is), at the start, at the end, or right after the trigger word.
 */
public final class AddTags extends CaptionRefactoring {

    /** Where new tags go. */
    public enum Position {
        START,
        END,
        /** Right after the last trigger word or subset class token in the caption; at the start when it has none. */
        AFTER_TRIGGER
    }

    private final List<String> tags;
    private final Position position;

    /** @param tags tags to add; each entry may itself be a comma-separated list */
    public AddTags(List<String> tags, Position position) {
        List<String> t = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String entry : tags) {
            for (String tag : CaptionSyntax.split(entry)) {
                if (keys.add(CaptionSyntax.key(tag))) {
                    t.add(tag);
                }
            }
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("no tag to add");
        }
        this.tags = List.copyOf(t);
        this.position = position;
    }

    @Override
    public String label() {
        return "Add " + RemoveTags.quoted(tags) + switch (position) {
            case START -> " at the start";
            case END -> " at the end";
            case AFTER_TRIGGER -> " after the trigger";
        };
    }

    @Override
    protected List<String> rewrite(RefactoringContext ctx, ImageEntry e, List<String> current) {
        Set<String> present = new HashSet<>();
        for (String t : current) {
            present.add(ctx.key(t));
        }
        List<String> missing = new ArrayList<>();
        for (String t : tags) {
            if (!present.contains(ctx.key(t))) {
                missing.add(t);
            }
        }
        if (missing.isEmpty()) {
            return current;
        }
        int at = switch (position) {
            case START -> 0;
            case END -> current.size();
            case AFTER_TRIGGER -> ctx.afterTrigger(e, current);
        };
        List<String> out = new ArrayList<>(current);
        out.addAll(at, missing);
        return out;
    }
}
