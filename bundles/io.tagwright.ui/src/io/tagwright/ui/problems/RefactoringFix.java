package io.tagwright.ui.problems;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.PlatformUI;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.lint.QuickFix;
import io.tagwright.core.refactor.ChangeSet;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.parts.FileWritingCommands;
import io.tagwright.ui.workspace.DatasetSaver;

/**
 * A lint quick fix: the refactoring lint proposes, previewed and run as one undoable command whose captions are
 * written at once (like any refactoring); Undo takes it back, files included.
 */
final class RefactoringFix implements IMarkerResolution2 {

    private final DatasetSession session;
    private final QuickFix fix;

    RefactoringFix(DatasetSession session, QuickFix fix) {
        this.session = session;
        this.fix = fix;
    }

    @Override
    public String getLabel() {
        return fix.label();
    }

    @Override
    public String getDescription() {
        return fix.label() + " (" + fix.scope().description() + "). The changed captions are written at once; Undo restores them.";
    }

    @Override
    public Image getImage() {
        return TagwrightUi.image("icons/refactor.png");
    }

    @Override
    public void run(IMarker marker) {
        var shell = PlatformUI.getWorkbench().getModalDialogShellProvider().getShell();
        if (session.isDirty()) {
            if (!MessageDialog.openQuestion(shell, "Quick Fix", "The dataset " + session.dataset().getName()
                    + " has unsaved edits. A quick fix writes captions at once, so the dataset is saved first. Save and fix?")) {
                return;
            }
            if (!DatasetSaver.save(session, new NullProgressMonitor())) {
                return;
            }
        }
        ChangeSet changes = fix.refactoring().preview(session, fix.scope(), new NullProgressMonitor());
        if (changes.isEmpty()) {
            MessageDialog.openInformation(shell, "Quick Fix", "Nothing left to change: " + fix.label().toLowerCase() + " is done already.");
            return;
        }
        FileWritingCommands.execute(session, changes.command());
    }
}
