package io.tagwright.ui.parts;

import java.util.EventObject;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import io.tagwright.core.dataset.DatasetSession;

/**
 * Undo and Redo of the dataset a part acts on, labelled with what they will undo ("Undo Delete tag
 * 'smile'"). Installed as the workbench's global Undo/Redo handlers, so Ctrl+Z, Ctrl+Y, the Edit menu and
 * the toolbar all use the dataset's command stack. A command that wrote files itself when it ran (a tag
 * refactoring) writes them again when undone or redone, so the folder always matches what the user sees.
 */
public final class UndoRedoActions implements CommandStackListener {

    private final Supplier<DatasetSession> session;
    private final Action undo;
    private final Action redo;
    private CommandStack listening;

    public UndoRedoActions(Supplier<DatasetSession> session) {
        this.session = session;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo = new Action("&Undo") {
            @Override
            public void run() {
                step(true);
            }
        };
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo = new Action("&Redo") {
            @Override
            public void run() {
                step(false);
            }
        };
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        update();
    }

    /** Makes these the workbench's Undo/Redo for the part owning {@code bars}. */
    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    public IAction undo() {
        return undo;
    }

    public IAction redo() {
        return redo;
    }

    private void step(boolean back) {
        DatasetSession s = session.get();
        if (s == null) {
            return;
        }
        CommandStack stack = s.editingDomain().getCommandStack();
        Command command = back ? stack.getUndoCommand() : stack.getRedoCommand();
        if (command == null) {
            return;
        }
        if (back) {
            stack.undo();
        } else {
            stack.redo();
        }
        FileWritingCommands.afterUndoOrRedo(s, command);
    }

    /** Follows the command stack of the part's current dataset; call when the part's dataset changes. */
    public void update() {
        DatasetSession s = session.get();
        CommandStack stack = s == null ? null : s.editingDomain().getCommandStack();
        if (stack != listening) {
            if (listening != null) {
                listening.removeCommandStackListener(this);
            }
            listening = stack;
            if (stack != null) {
                stack.addCommandStackListener(this);
            }
        }
        Command u = stack == null ? null : stack.getUndoCommand();
        Command r = stack == null ? null : stack.getRedoCommand();
        undo.setEnabled(u != null && stack.canUndo());
        redo.setEnabled(r != null && stack.canRedo());
        undo.setText(u == null ? "&Undo" : "&Undo " + label(u));
        redo.setText(r == null ? "&Redo" : "&Redo " + label(r));
        undo.setToolTipText(undo.getText().replace("&", ""));
        redo.setToolTipText(redo.getText().replace("&", ""));
    }

    private static String label(Command c) {
        String l = c.getLabel();
        return l == null ? "" : l;
    }

    @Override
    public void commandStackChanged(EventObject event) {
        update();
    }

    public void dispose() {
        if (listening != null) {
            listening.removeCommandStackListener(this);
            listening = null;
        }
    }
}
