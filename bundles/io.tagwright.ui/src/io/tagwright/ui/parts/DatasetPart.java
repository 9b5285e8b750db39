package io.tagwright.ui.parts;

import org.eclipse.jface.action.IAction;

import io.tagwright.core.dataset.DatasetSession;

/**
 * A workbench part that edits one dataset at a time: the workbench's Undo, Redo and Save act on that
 * dataset's command stack while the part is active.
 */
public interface DatasetPart {

    /** The dataset the part acts on now, or null. */
    DatasetSession activeSession();

    /** The part's undo and redo actions (global action handlers). */
    UndoRedoActions undoRedo();

    /** The part's Select All, or null to leave it to the focused control. */
    default IAction selectAllAction() {
        return null;
    }
}
