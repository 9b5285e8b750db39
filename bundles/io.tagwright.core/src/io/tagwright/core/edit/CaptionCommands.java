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
 * Edits of one image's caption and annotations as commands on the dataset's command stack, each with a
 * label that says what it did ("Delete tag 'smile'"), so Undo/Redo read well.
 *
 * <p>Annotations stand for caption tags (the dataset's annotation → tag mapping): setting the view of an
 * image to "from behind" removes the tags of its previous view and adds {@code from behind} right after the
 * trigger word, so annotation and caption never disagree.
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

    public static Command setView(EditingDomain domain, ImageEntry entry, ViewAnnotation view) {
        Dataset dataset = entry.getSubset().getDataset();
        List<String> tags = swapAnnotationTags(dataset, entry.getTags(), viewTags(dataset, entry.getView()), viewTags(dataset, view));
        CompoundCommand c = new CompoundCommand("Set view '" + view.getLiteral() + "'");
        c.append(SetCommand.create(domain, entry, ModelPackage.Literals.IMAGE_ENTRY__VIEW, view));
        if (!tags.equals(entry.getTags())) {
            c.append(SetCommand.create(domain, entry, ModelPackage.Literals.IMAGE_ENTRY__TAGS, tags));
        }
        return c;
    }

    public static Command setFraming(EditingDomain domain, ImageEntry entry, FramingAnnotation framing) {
        Dataset dataset = entry.getSubset().getDataset();
        List<String> tags = swapAnnotationTags(dataset, entry.getTags(), framingTags(dataset, entry.getFraming()),
                framingTags(dataset, framing));
        CompoundCommand c = new CompoundCommand("Set framing '" + framing.getLiteral() + "'");
        c.append(SetCommand.create(domain, entry, ModelPackage.Literals.IMAGE_ENTRY__FRAMING, framing));
        if (!tags.equals(entry.getTags())) {
            c.append(SetCommand.create(domain, entry, ModelPackage.Literals.IMAGE_ENTRY__TAGS, tags));
        }
        return c;
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

    /**
     * The caption with the old annotation's tags removed and the new one's added after the trigger word (or at
     * the end when the caption has no trigger word). Tags both annotations share stay where they are.
     */
    static List<String> swapAnnotationTags(Dataset dataset, List<String> caption, List<String> oldTags, List<String> newTags) {
        List<String> tags = new ArrayList<>(caption);
        tags.removeIf(t -> CaptionSyntax.indexOf(oldTags, t) >= 0 && CaptionSyntax.indexOf(newTags, t) < 0);
        int at = tags.size();
        for (String trigger : dataset.getTriggerWords()) {
            int i = CaptionSyntax.indexOf(tags, trigger);
            if (i >= 0) {
                at = i + 1;
                break;
            }
        }
        for (String t : newTags) {
            if (CaptionSyntax.indexOf(tags, t) < 0) {
                tags.add(at++, t);
            }
        }
        return tags;
    }
}
