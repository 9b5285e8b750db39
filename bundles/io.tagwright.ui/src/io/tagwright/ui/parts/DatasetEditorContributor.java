package io.tagwright.ui.parts;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Shared by all editors of one kind: hands the workbench's Undo and Redo to the active editor's dataset
 * (editors of one kind share their action bars, so each activation re-targets them).
 */
public final class DatasetEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        if (part instanceof DatasetPart p) {
            bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), p.selectAllAction());
            p.undoRedo().install(bars);
        } else {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
            bars.updateActionBars();
        }
    }
}
