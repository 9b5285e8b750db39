package io.tagwright.ui.commands;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.refactor.ChangeSet;
import io.tagwright.core.refactor.Refactorings;
import io.tagwright.core.refactor.Scope;
import io.tagwright.core.refactor.SetAnnotation;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ViewAnnotation;

/**
 * Setting view and framing annotations from the workbench (buttons, shortcuts, the Properties view): the
 * engine's {@link SetAnnotation}, which also puts the annotation's tags in the caption, run as one
 * undoable command on the dataset's command stack (it only edits the model; Save writes it).
 */
public final class Annotations {

    private Annotations() {
    }

    /** Sets the view (or, with {@code view} null, the framing) of the images; returns whether anything changed. */
    public static boolean set(DatasetSession session, List<ImageEntry> images, ViewAnnotation view, FramingAnnotation framing) {
        if (images.isEmpty()) {
            return false;
        }
        ChangeSet changes = new SetAnnotation(view, framing, true).preview(session, Scope.of(images), new NullProgressMonitor());
        return Refactorings.execute(session, changes);
    }
}
