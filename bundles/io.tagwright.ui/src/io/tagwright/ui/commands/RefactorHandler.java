package io.tagwright.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.ui.editor.CaptionEditor;
import io.tagwright.ui.gallery.GalleryEditor;
import io.tagwright.ui.parts.DatasetPart;
import io.tagwright.ui.refactor.TagRefactoringWizard;
import io.tagwright.ui.search.SearchView;
import io.tagwright.ui.tags.TagsView;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * Opens a tag refactoring (handler data: RENAME, REMOVE, ADD or REPLACE) on the dataset of the active part,
 * prefilled with the tags selected there and offering its query or selection as the scope.
 */
public final class RefactorHandler extends AbstractHandler implements IExecutableExtension {

    private TagRefactoringWizard.Kind kind = TagRefactoringWizard.Kind.RENAME;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        if (data instanceof String s && !s.isBlank()) {
            kind = TagRefactoringWizard.Kind.valueOf(s.strip());
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        DatasetSession session = null;
        List<String> tags = List.of();
        String query = "";
        if (part instanceof TagsView t) {
            session = t.currentDataset();
            tags = t.selectedTags();
            query = t.queryField().query();
        } else if (part instanceof SearchView s) {
            session = s.dataset();
            query = s.queryField().query();
        } else if (part instanceof CaptionEditor c) {
            session = c.session();
            tags = c.selectedTag() == null ? List.of() : List.of(c.selectedTag());
        } else if (part instanceof GalleryEditor g) {
            session = g.activeSession();
            query = g.filterQuery() == null ? "" : g.filterQuery();
        } else if (part instanceof DatasetPart d) {
            session = d.activeSession();
        }
        if (session == null && HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection sel
                && sel.getFirstElement() instanceof org.eclipse.emf.ecore.EObject o) {
            session = DatasetRegistry.getDefault().sessionOf(o);
        }
        List<DatasetSession> open = DatasetRegistry.getDefault().sessions();
        if (session == null && open.size() == 1) {
            session = open.get(0);
        }
        if (session == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Tag Refactoring",
                    "Open a dataset's gallery (or select a dataset) first: refactorings work on one dataset.");
            return null;
        }
        TagRefactoringWizard.open(HandlerUtil.getActiveShell(event), session, kind, tags, query);
        return null;
    }
}
