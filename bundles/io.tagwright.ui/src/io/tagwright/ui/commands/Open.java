package io.tagwright.ui.commands;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.FileEditorInput;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.ProjectFile;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.Subset;
import io.tagwright.ui.editor.CaptionEditor;
import io.tagwright.ui.editor.ImageEditorInput;
import io.tagwright.ui.gallery.GalleryEditor;
import io.tagwright.ui.workspace.DatasetRegistry;

/** Opening model objects in their editors. */
public final class Open {

    private Open() {
    }

    /** Opens an image in the caption editor, a dataset or subset in its gallery; returns the editor or null. */
    public static IEditorPart element(IWorkbenchPage page, Object element) throws PartInitException {
        if (!(element instanceof EObject object)) {
            return null;
        }
        DatasetRegistry registry = DatasetRegistry.getDefault();
        DatasetSession session = registry.sessionOf(object);
        if (session == null) {
            return null;
        }
        if (element instanceof ImageEntry e) {
            return page.openEditor(ImageEditorInput.of(session, e), CaptionEditor.ID);
        }
        GalleryEditor gallery = gallery(page, registry.project(session));
        if (element instanceof Subset subset && gallery != null) {
            gallery.select(subset.getImages().isEmpty() ? java.util.List.of() : java.util.List.of(subset.getImages().get(0)));
        }
        return gallery;
    }

    /** Opens (or activates) the gallery of a dataset project. */
    public static GalleryEditor gallery(IWorkbenchPage page, IProject project) throws PartInitException {
        IFile file = project.getFile(ProjectFile.DEFAULT_NAME);
        return (GalleryEditor) page.openEditor(new FileEditorInput(file), GalleryEditor.ID);
    }
}
