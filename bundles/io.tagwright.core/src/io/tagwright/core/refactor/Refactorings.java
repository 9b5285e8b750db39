package io.tagwright.core.refactor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;

import io.tagwright.core.dataset.DatasetSession;

/** Running refactorings on a session's command stack. */
public final class Refactorings {

    private Refactorings() {
    }

    /**
     * Executes a previewed change set as one command on the session's command stack (one undo step).
     * Returns false when there is nothing to change.
     *
     * @throws IllegalStateException when the dataset changed since the preview (preview again)
     */
    public static boolean execute(DatasetSession session, ChangeSet changes) {
        if (changes.isEmpty()) {
            return false;
        }
        Command command = changes.command();
        if (!command.canExecute()) {
            throw new IllegalStateException("the dataset changed since the preview of '" + changes.label()
                    + "' was computed; preview it again");
        }
        session.editingDomain().getCommandStack().execute(command);
        return true;
    }

    /** Previews and executes in one go (for headless callers); returns what was changed. */
    public static ChangeSet run(DatasetSession session, Refactoring refactoring, Scope scope, IProgressMonitor monitor) {
        ChangeSet changes = refactoring.preview(session, scope, monitor);
        execute(session, changes);
        return changes;
    }
}
