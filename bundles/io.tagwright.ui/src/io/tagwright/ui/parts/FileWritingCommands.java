package io.tagwright.ui.parts;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.ui.workspace.DatasetSaver;

/**
 * Commands whose effect is written to the caption files as soon as they run (tag refactorings, quick
 * fixes), like a refactoring in any IDE. They run only on a saved dataset, so undoing or redoing one
 * returns the dataset to a saved state, which is written at once: the files on disk follow Undo and Redo.
 */
public final class FileWritingCommands {

    private FileWritingCommands() {
    }

    /** Marks a command as one that writes its files when it runs, is undone or is redone. */
    public static Command wrap(Command command) {
        return new Wrapper(command);
    }

    public static boolean isFileWriting(Command command) {
        return command instanceof Wrapper;
    }

    /** Runs a file-writing command on a saved dataset and saves it. Returns whether the files were written. */
    public static boolean execute(DatasetSession session, Command command) {
        Command wrapped = command instanceof Wrapper ? command : wrap(command);
        session.editingDomain().getCommandStack().execute(wrapped);
        return DatasetSaver.save(session, new NullProgressMonitor());
    }

    static void afterUndoOrRedo(DatasetSession session, Command command) {
        if (isFileWriting(command) && session.isDirty()) {
            DatasetSaver.save(session, new NullProgressMonitor());
        }
    }

    private static final class Wrapper extends CommandWrapper {
        Wrapper(Command command) {
            super(command);
        }
    }
}
