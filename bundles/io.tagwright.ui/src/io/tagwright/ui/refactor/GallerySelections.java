package io.tagwright.ui.refactor;

import java.util.List;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.ImageEntry;
import io.tagwright.ui.gallery.GalleryEditor;

/** The images selected in a dataset's open gallery, offered as a refactoring scope. */
final class GallerySelections {

    private GallerySelections() {
    }

    static List<ImageEntry> of(DatasetSession session) {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = w == null ? null : w.getActivePage();
        if (page == null) {
            return List.of();
        }
        for (IEditorReference ref : page.getEditorReferences()) {
            if (ref.getEditor(false) instanceof GalleryEditor g && g.activeSession() == session) {
                return g.selectedImages();
            }
        }
        return List.of();
    }
}
