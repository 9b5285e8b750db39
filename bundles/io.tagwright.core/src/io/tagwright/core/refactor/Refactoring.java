package io.tagwright.core.refactor;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tagwright.core.dataset.DatasetSession;

/**
 * A change to many captions at once. {@link #preview} computes what would change (reading the model only);
 * the resulting {@link ChangeSet} is shown to the user and executed as one undoable command
 * ({@link Refactorings#execute}). Saving writes the changed captions as one crash-safe batch.
 */
public interface Refactoring {

    /** What it does, for the preview title and the undo menu, e.g. "Rename 'blonde' to 'blonde hair'". */
    String label();

    /**
     * The changes this refactoring makes to the images in {@code scope}. Reads the model only; must run on
     * the model's thread. Honours cancellation ({@link org.eclipse.core.runtime.OperationCanceledException}).
     */
    ChangeSet preview(DatasetSession session, Scope scope, IProgressMonitor monitor);
}
