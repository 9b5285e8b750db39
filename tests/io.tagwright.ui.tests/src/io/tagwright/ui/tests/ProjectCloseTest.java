package io.tagwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.image.TinyImages;
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
        DatasetSession.create(root, "small", "smallchar", 2).dispose();
        for (int i = 0; i < 3; i++) {
            Path subset = root.resolve("img/2_smallchar");
            Files.write(subset.resolve("i" + i + ".png"), TinyImages.png(768, 768));
            Files.writeString(subset.resolve("i" + i + ".txt"), "smallchar, smile", StandardCharsets.UTF_8);
        }
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        IProject project = ws.getRoot().getProject("small-dataset");
        inWorkspace("create project", monitor -> {
            IProjectDescription d = ws.newProjectDescription(project.getName());
            d.setLocation(IPath.fromPath(root));
            project.create(d, monitor);
            project.open(monitor);
        });
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

        inWorkspace("close project", project::close);
        UiTestSupport.waitFor("both editors to close", 30, () -> !isOpen(page, gallery) && !isOpen(page, caption));
        assertNull(registry.session(project));

        inWorkspace("open project", project::open);
        UiTestSupport.waitFor("the dataset to open again", 60, () -> registry.session(project) != null);
        assertEquals(3, registry.session(project).imageCount());
        project.delete(false, true, null);
        UiTestSupport.waitFor("the dataset to close", 30, () -> registry.session(project) == null);
    }

    private static boolean isOpen(IWorkbenchPage page, IEditorPart editor) {
        return Arrays.asList(page.getEditors()).contains(editor);
    }

    private interface WorkspaceStep {
        void run(IProgressMonitor monitor) throws CoreException;
    }

    /** Runs a workspace change in a job, as the workbench's actions do, and waits for it. */
    private static void inWorkspace(String name, WorkspaceStep step) throws InterruptedException {
        WorkspaceJob job = new WorkspaceJob(name) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                step.run(monitor);
                return Status.OK_STATUS;
            }
        };
        job.schedule();
        UiTestSupport.waitFor(name, 60, () -> job.getResult() != null);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), name + ": " + job.getResult());
    }
}
