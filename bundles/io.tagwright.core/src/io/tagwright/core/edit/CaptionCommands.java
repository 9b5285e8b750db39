package io.tagwright.core.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.model.AnnotationTags;
import io.tagwright.model.Dataset;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ModelPackage;
import io.tagwright.model.ViewAnnotation;

/**
 * Edits of one image's caption (what the caption editor's chips and text field do) as commands on the
 * dataset's command stack, each with a label that says what it did ("Delete tag 'smile'"), so Undo/Redo
 * read well. Annotations, which change tags too, are the refactoring {@code SetAnnotation}.
 */
public final class CaptionCommands {

    private CaptionCommands() {
    }

    /** Replaces the image's whole tag list. */
    public static Command setTags(EditingDomain domain, ImageEntry entry, List<String> tags, String label) {
        if (entry.getTags().equals(tags)) {
            return IdentityCommand.INSTANCE;
        }
        CompoundCommand c = new CompoundCommand(label);
        c.append(SetCommand.create(domain, entry, ModelPackage.Literals.IMAGE_ENTRY__TAGS, new ArrayList<>(tags)));
        return c;
    }

    public static Command removeTag(EditingDomain domain, ImageEntry entry, int index) {
        List<String> tags = new ArrayList<>(entry.getTags());
        String removed = tags.remove(index);
        return setTags(domain, entry, tags, "Delete tag '" + removed + "'");
    }

    public static Command moveTag(EditingDomain domain, ImageEntry entry, int from, int to) {
        List<String> tags = new ArrayList<>(entry.getTags());
        String tag = tags.remove(from);
        tags.add(Math.min(to, tags.size()), tag);
        return setTags(domain, entry, tags, "Move tag '" + tag + "'");
    }

    public static Command renameTag(EditingDomain domain, ImageEntry entry, int index, String newText) {
        List<String> tags = new ArrayList<>(entry.getTags());
        String old = tags.get(index);
        List<String> replacement = CaptionSyntax.split(newText);
        tags.remove(index);
        tags.addAll(index, replacement);
        return setTags(domain, entry, tags, "Edit tag '" + old + "'");
    }

    /** Adds tags (a comma-separated text) at {@code index}; tags the caption already has are left out. */
    public static Command addTags(EditingDomain domain, ImageEntry entry, int index, String text) {
        List<String> tags = new ArrayList<>(entry.getTags());
        List<String> added = new ArrayList<>();
        for (String t : CaptionSyntax.split(text)) {
            if (CaptionSyntax.indexOf(tags, t) < 0 && CaptionSyntax.indexOf(added, t) < 0) {
                added.add(t);
            }
        }
        tags.addAll(Math.min(index, tags.size()), added);
        String what = added.size() == 1 ? "tag '" + added.get(0) + "'" : added.size() + " tags";
        return setTags(domain, entry, tags, "Add " + what);
    }

    /** Replaces the caption with the tags of a caption line typed as text. */
    public static Command setCaptionText(EditingDomain domain, ImageEntry entry, String line) {
        return setTags(domain, entry, CaptionSyntax.split(line), "Edit caption");
    }

    /** The caption tags a view annotation stands for in this dataset (none for UNSET). */
    public static List<String> viewTags(Dataset dataset, ViewAnnotation view) {
        List<String> tags = new ArrayList<>();
        if (view != ViewAnnotation.UNSET) {
            for (AnnotationTags a : dataset.getAnnotationTags()) {
                if (a.getView() == view) {
                    tags.addAll(a.getTags());
                }
            }
        }
        return tags;
    }

    /** The caption tags a framing annotation stands for in this dataset (none for UNSET). */
    public static List<String> framingTags(Dataset dataset, FramingAnnotation framing) {
        List<String> tags = new ArrayList<>();
        if (framing != FramingAnnotation.UNSET) {
            for (AnnotationTags a : dataset.getAnnotationTags()) {
                if (a.getFraming() == framing && a.getView() == ViewAnnotation.UNSET) {
                    tags.addAll(a.getTags());
                }
            }
        }
        return tags;
    }
}
