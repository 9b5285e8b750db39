package io.tagwright.ui.refactor;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.refactor.ChangeSet;
import io.tagwright.core.refactor.Refactoring;
import io.tagwright.core.refactor.Scope;
import io.tagwright.model.ImageEntry;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.parts.FileWritingCommands;
import io.tagwright.ui.workspace.DatasetRegistry;
import io.tagwright.ui.workspace.DatasetSaver;

/**
 * Rename, remove, add or replace tags across a dataset (all images, a query's images, or the gallery's
 * selection): what to do, then a before/after preview of every caption that changes, then one undoable
 * command whose captions are written at once, as a refactoring in any IDE. Undo restores the files too.
 */
public final class TagRefactoringWizard extends Wizard {

    /** The refactorings the Tags view and the commands offer. */
    public enum Kind {
        RENAME("Rename Tag"), REMOVE("Remove Tags"), ADD("Add Tags"), REPLACE("Replace with a Regular Expression");

        final String title;

        Kind(String title) {
            this.title = title;
        }

        /** The menu text, naming the selected tag when there is one. */
        public String menuLabel(List<String> tags) {
            return switch (this) {
                case RENAME -> tags.size() == 1 ? "Rename '" + tags.get(0) + "'…" : "Rename Tag…";
                case REMOVE -> tags.size() == 1 ? "Remove '" + tags.get(0) + "'…" : tags.isEmpty() ? "Remove Tags…"
                        : "Remove " + tags.size() + " Tags…";
                case ADD -> "Add Tags…";
                case REPLACE -> "Replace with a Regular Expression…";
            };
        }
    }

    private final DatasetSession session;
    private final Kind kind;
    private final List<String> tags;
    private final String query;
    private final List<ImageEntry> selection;
    private RefactoringInputPage input;
    private RefactoringPreviewPage preview;
    private ChangeSet changes;

    /**
     * @param tags      the tags selected where the wizard was opened (prefill)
     * @param query     the query of the view it was opened from ("" for none): a scope choice
     * @param selection images selected in the gallery: a scope choice
     */
    public TagRefactoringWizard(DatasetSession session, Kind kind, List<String> tags, String query, List<ImageEntry> selection) {
        this.session = session;
        this.kind = kind;
        this.tags = List.copyOf(tags);
        this.query = query == null ? "" : query.strip();
        this.selection = List.copyOf(selection);
        setWindowTitle(kind.title + " in " + session.dataset().getName());
        setNeedsProgressMonitor(true);
        setDefaultPageImageDescriptor(TagwrightUi.imageDescriptor("icons/refactor@2x.png"));
    }

    /** Opens the wizard (the gallery's selection of this dataset is offered as a scope). */
    public static int open(Shell shell, DatasetSession session, Kind kind, List<String> tags, String query) {
        TagRefactoringWizard w = new TagRefactoringWizard(session, kind, tags, query, GallerySelections.of(session));
        return new WizardDialog(shell, w).open();
    }

    @Override
    public void addPages() {
        input = new RefactoringInputPage(kind, tags, query, selection.size());
        preview = new RefactoringPreviewPage();
        addPage(input);
        addPage(preview);
    }

    DatasetSession session() {
        return session;
    }

    /** The scope the input page chose. The query is resolved with the index (a background-safe read). */
    Scope scope() throws Exception {
        return switch (input.scopeChoice()) {
            case QUERY -> {
                var index = io.tagwright.ui.search.Indexes.of(session);
                if (index == null) {
                    throw new IllegalStateException("the index is still being built; choose another scope or try again");
                }
                yield index.scope(query);
            }
            case SELECTION -> Scope.of(selection);
            case ALL -> Scope.all();
        };
    }

    /**
     * Computes the preview on the model's thread, keeping the workbench painting (and changes from disk held
     * back) while it runs; called when the preview page is shown.
     */
    ChangeSet computePreview() {
        changes = null;
        Refactoring r;
        Scope scope;
        try {
            r = input.refactoring();
            scope = scope();
        } catch (Exception e) {
            preview.setErrorMessage(e.getMessage());
            return null;
        }
        ChangeSet[] result = new ChangeSet[1];
        try {
            DatasetRegistry.getDefault().<Exception>exclusive(session, () -> getContainer().run(false, true,
                    monitor -> result[0] = r.preview(session, scope, new ResponsiveMonitor(monitor))));
        } catch (InterruptedException e) {
            return null;
        } catch (Exception e) {
            Throwable cause = e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof org.eclipse.core.runtime.OperationCanceledException) {
                return null;
            }
            preview.setErrorMessage(cause.getMessage());
            return null;
        }
        changes = result[0];
        return changes;
    }

    ChangeSet changes() {
        return changes;
    }

    /** Fills the input page (for tests and callers that know the answers): first and second field. */
    public void fill(String first, String second) {
        input.fill(first, second);
    }

    /** The preview computed when the preview page was shown (for tests). */
    public ChangeSet preview() {
        return changes;
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == preview && changes != null && !changes.isEmpty();
    }

    @Override
    public boolean performFinish() {
        if (changes == null || changes.isEmpty()) {
            return false;
        }
        if (session.isDirty()) {
            boolean save = MessageDialog.openQuestion(getShell(), getWindowTitle(), "The dataset has unsaved edits. A refactoring writes "
                    + "its captions at once, so the dataset is saved first. Save and go on?");
            if (!save || !DatasetSaver.save(session, new NullProgressMonitor())) {
                return false;
            }
        }
        Command command = changes.command();
        if (!command.canExecute()) {
            MessageDialog.openError(getShell(), getWindowTitle(), "The dataset changed since the preview was computed. Go back and "
                    + "look at the preview again.");
            return false;
        }
        return FileWritingCommands.execute(session, command);
    }
}
