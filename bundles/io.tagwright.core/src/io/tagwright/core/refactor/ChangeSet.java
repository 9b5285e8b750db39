package io.tagwright.core.refactor;

import java.util.List;

import org.eclipse.emf.common.command.Command;

/**
 * The preview of a refactoring: every image it would change, with its tags (and annotations) before and
 * after. {@link #command()} turns it into one undoable command for the session's command stack; the
 * command keeps only these changes, so the undo history grows with the change, not with the dataset.
 *
 * @param label   what the refactoring does, e.g. "Rename 'blonde' to 'blonde hair'"
 * @param scope   which images were looked at
 * @param scanned how many images were looked at
 * @param changes the images that change, in dataset order
 */
public record ChangeSet(String label, Scope scope, int scanned, List<Change> changes) {

    public ChangeSet {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The number of images that change. */
    public int size() {
        return changes.size();
    }

    /** Total number of tags added over all images (by matching key). */
    public int tagsAdded() {
        int n = 0;
        for (Change c : changes) {
            n += c.added().size();
        }
        return n;
    }

    /** Total number of tags removed over all images (by matching key; a merge counts as a removal). */
    public int tagsRemoved() {
        int n = 0;
        for (Change c : changes) {
            n += c.removed().size();
        }
        return n;
    }

    /** One line for logs and the CLI: "Rename 'a' to 'b': 12 of 42 images". */
    public String summary() {
        return label + ": " + changes.size() + " of " + scanned + " image(s) in " + scope.description() + " change";
    }

    /**
     * One command that applies every change (execute/redo) and restores every image (undo). It cannot
     * execute when an image no longer holds the "before" state (the dataset changed since the preview).
     */
    public Command command() {
        return new RefactoringCommand(this);
    }
}
