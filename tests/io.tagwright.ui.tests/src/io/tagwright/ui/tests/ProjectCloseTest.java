package io.tagwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.refactor.RenameTag;
import io.tagwright.core.refactor.Refactorings;
import io.tagwright.core.refactor.Scope;
import io.tagwright.model.ImageEntry;
import io.tagwright.ui.commands.Open;
import io.tagwright.ui.editor.CaptionEditor;
import io.tagwright.ui.gallery.GalleryEditor;
import io.tagwright.ui.search.Indexes;
import io.tagwright.ui.workspace.DatasetRegistry;

/** Closing a dataset's project closes its editors, as the Eclipse IDE does; reopening it opens the dataset again. */
class ProjectCloseTest {

    @TempDir
    Path temp;

    @Test
    void closingTheProjectClosesItsGalleryAndCaptionEditors() throws Exception {
        IProject project = openDataset("small", 3);
        DatasetRegistry registry = DatasetRegistry.getDefault();

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

    @Test
    void aProjectDeletedWithItsContentsRightAfterClosingLeavesNoFolder() throws Exception {
        IProject project = openDataset("gone", 40);
        Path root = project.getLocation().toPath();
        DatasetRegistry registry = DatasetRegistry.getDefault();
        DatasetSession session = registry.session(project);
        UiTestSupport.waitFor("its index", 60, () -> Indexes.of(session) != null);
        // an unsaved rename the index follows: closing has a commit to make, in the background
        Refactorings.run(session, new RenameTag("smile", "grin"), Scope.all(), new NullProgressMonitor());
        UiTestSupport.inWorkspace("close project", project::close);
        UiTestSupport.waitFor("the dataset to close", 30, () -> registry.session(project) == null);
        // at once, as a user may: Delete, with the contents. The delete waits for the index if it is still closing;
        // here the close has usually finished by then, so this checks the sequence, not that race itself.
        UiTestSupport.inWorkspace("delete project", monitor -> project.delete(true, true, monitor));
        assertFalse(Files.exists(root), "the dataset's folder is gone, index and all");
    }

    /** A dataset project of {@code images} small captioned images ("NAMEchar, smile"), open in the workbench. */
    private IProject openDataset(String name, int images) throws Exception {
        Path root = temp.resolve(name);
        UiTestSupport.tinyDataset(root, name + "char", 2, images, new int[][] { { 768, 768 } }, i -> name + "char, smile");
        IProject project = UiTestSupport.projectOver(name + "-dataset", root);
        UiTestSupport.waitFor("the dataset to open", 60, () -> DatasetRegistry.getDefault().session(project) != null);
        return project;
    }

    private static boolean isOpen(IWorkbenchPage page, IEditorPart editor) {
        return Arrays.asList(page.getEditors()).contains(editor);
    }
}
