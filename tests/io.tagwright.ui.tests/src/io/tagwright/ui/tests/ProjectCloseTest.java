package io.tagwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.model.ImageEntry;
import io.tagwright.ui.commands.Open;
import io.tagwright.ui.editor.CaptionEditor;
import io.tagwright.ui.gallery.GalleryEditor;
import io.tagwright.ui.workspace.DatasetRegistry;

/** Closing a dataset's project closes its editors, as the Eclipse IDE does; reopening it opens the dataset again. */
class ProjectCloseTest {

    @TempDir
    Path temp;

    @Test
    void closingTheProjectClosesItsGalleryAndCaptionEditors() throws Exception {
        Path root = temp.resolve("small");
        UiTestSupport.tinyDataset(root, "smallchar", 2, 3, new int[][] { { 768, 768 } }, i -> "smallchar, smile");
        IProject project = UiTestSupport.projectOver("small-dataset", root);
        DatasetRegistry registry = DatasetRegistry.getDefault();
        UiTestSupport.waitFor("the dataset to open", 60, () -> registry.session(project) != null);

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        GalleryEditor gallery = Open.gallery(page, project);
        UiTestSupport.waitFor("the gallery", 30, gallery::isReady);
        ImageEntry image = registry.session(project).dataset().getSubsets().get(0).getImages().get(1);
        gallery.select(List.of(image));
        gallery.openFocused();
        CaptionEditor caption = (CaptionEditor) page.getActiveEditor();
        assertEquals(image, caption.entry());

        UiTestSupport.inWorkspace("close project", project::close);
        UiTestSupport.waitFor("both editors to close", 30, () -> !isOpen(page, gallery) && !isOpen(page, caption));
        assertNull(registry.session(project));

        UiTestSupport.inWorkspace("open project", project::open);
        UiTestSupport.waitFor("the dataset to open again", 60, () -> registry.session(project) != null);
        assertEquals(3, registry.session(project).imageCount());
        project.delete(false, true, null);
        UiTestSupport.waitFor("the dataset to close", 30, () -> registry.session(project) == null);
    }

    private static boolean isOpen(IWorkbenchPage page, IEditorPart editor) {
        return Arrays.asList(page.getEditors()).contains(editor);
    }
}
