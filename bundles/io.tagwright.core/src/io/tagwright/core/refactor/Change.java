package io.tagwright.core.refactor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ViewAnnotation;

/**
 * What a refactoring does to one image: its tags before and after, and its view and framing annotations
 * before and after. One row of the preview.
 *
 * @param key the image's key (root-relative path)
 */
public record Change(ImageEntry entry, String key, List<String> before, List<String> after, ViewAnnotation viewBefore,
        ViewAnnotation viewAfter, FramingAnnotation framingBefore, FramingAnnotation framingAfter) {

    public Change {
        before = List.copyOf(before);
        after = List.copyOf(after);
        Objects.requireNonNull(entry);
    }

    /** A change of tags only. */
    public static Change ofTags(ImageEntry entry, String key, List<String> before, List<String> after) {
        return new Change(entry, key, before, after, entry.getView(), entry.getView(), entry.getFraming(), entry.getFraming());
    }

    public boolean tagsChanged() {
        return !before.equals(after);
    }

    public boolean annotationsChanged() {
        return viewBefore != viewAfter || framingBefore != framingAfter;
    }

    /** Tags of {@code after} whose key is not in {@code before}. */
    public List<String> added() {
        return difference(after, before);
    }

    /** Tags of {@code before} whose key is not in {@code after}. */
    public List<String> removed() {
        return difference(before, after);
    }

    /** The caption before, as it reads in a caption file ({@code ", "} between tags). */
    public String beforeText() {
        return CaptionSyntax.join(before, ", ");
    }

    public String afterText() {
        return CaptionSyntax.join(after, ", ");
    }

    private static List<String> difference(List<String> a, List<String> b) {
        Set<String> keys = new HashSet<>();
        for (String t : b) {
            keys.add(CaptionSyntax.key(t));
        }
        List<String> out = new ArrayList<>();
        for (String t : a) {
            if (!keys.contains(CaptionSyntax.key(t))) {
                out.add(t);
            }
        }
        return out;
    }
}
