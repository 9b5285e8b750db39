package io.tagwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.ProjectFile;
import io.tagwright.model.Subset;
import io.tagwright.tests.common.KohyaFolder;
import io.tagwright.ui.dnd.ImageDrop;
import io.tagwright.ui.gallery.GalleryEditor;
import io.tagwright.ui.wizards.ImportKohyaFolderWizard;
import io.tagwright.ui.wizards.NewDatasetWizard;
import io.tagwright.ui.workspace.DatasetRegistry;

/** New Dataset and Import Kohya Folder wizards, and images dropped into a subset. */
class WizardsTest {

    @TempDir
    Path temp;

    @Test
    void aNewDatasetOpensInItsGalleryAndTakesDroppedImagesWithTheirCaptions() throws Exception {
        IWorkbench wb = PlatformUI.getWorkbench();
        IWorkbenchPage page = wb.getActiveWorkbenchWindow().getActivePage();
        NewDatasetWizard wizard = new NewDatasetWizard();
        wizard.init(wb, StructuredSelection.EMPTY);
        Shell shell = wb.getActiveWorkbenchWindow().getShell();
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.fill("my-new-set", "mychar", 12);
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        dialog.close();

        IProject project = wizard.created();
        Path root = project.getLocation().toPath();
        assertTrue(Files.isDirectory(root.resolve("img/12_mychar")));
        assertTrue(Files.isRegularFile(root.resolve(ProjectFile.DEFAULT_NAME)));
        DatasetRegistry registry = DatasetRegistry.getDefault();
        UiTestSupport.waitFor("the new dataset to open", 30, () -> registry.session(project) != null);
        DatasetSession session = registry.session(project);
        assertEquals(List.of("mychar"), session.dataset().getTriggerWords());
        UiTestSupport.waitFor("its gallery", 10, () -> page.getActiveEditor() instanceof GalleryEditor g && g.isReady());
        GalleryEditor gallery = (GalleryEditor) page.getActiveEditor();
        assertEquals(0, gallery.shownImages().size());

        // two images from "the desktop", one with a caption, plus a file that is not an image
        KohyaFolder desktop = KohyaFolder.in(temp).folder("", "desktop").image("a.png", 64, 96, "1girl, mychar, smile")
                .png("b.png", 80, 80).caption("notes.md", "not an image");
        Path dir = desktop.path("a.png").getParent();
        Subset subset = session.dataset().getSubsets().get(0);
        Job copy = ImageDrop.copy(session, subset, List.of(dir.resolve("a.png"), dir.resolve("b.png"), dir.resolve("notes.md")));
        UiTestSupport.waitFor("the copy", 20, () -> copy.getResult() != null);
        UiTestSupport.waitFor("the gallery to show the dropped images", 20, () -> gallery.shownImages().size() == 2);
        assertEquals("1girl, mychar, smile", Files.readString(root.resolve("img/12_mychar/a.txt")));
        assertTrue(Files.exists(dir.resolve("a.png")), "copied, not moved");
        assertEquals(List.of("1girl", "mychar", "smile"), session.entry("img/12_mychar/a.png").getTags());
        page.closeAllEditors(false);
        registry.close(project); // the dataset (and its index in .tagwright) closes before its files go
        project.delete(true, true, null);
        UiTestSupport.waitFor("the dataset to close", 10, () -> registry.session(project) == null);
    }

    @Test
    void importsAKohyaFolderInPlace() throws Exception {
        Path folder = temp.resolve("kohya set");
        KohyaFolder.in(folder).subset("5_hero").image("x.png", 32, 32, "1boy, hero").image("y.png", 32, 48, "1boy, hero, sword")
                .subset("2_hero outfit").image("z.png", 48, 32, "1boy, hero, armor");
        IWorkbench wb = PlatformUI.getWorkbench();
        ImportKohyaFolderWizard wizard = new ImportKohyaFolderWizard();
        wizard.init(wb, StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(wb.getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.fill(folder, "imported-hero");
        UiTestSupport.waitFor("the folder to be looked into", 10, wizard::canFinish);
        assertTrue(wizard.performFinish());
        dialog.close();

        IProject project = wizard.imported();
        assertEquals(folder.toRealPath(), project.getLocation().toPath().toRealPath());
        DatasetRegistry registry = DatasetRegistry.getDefault();
        UiTestSupport.waitFor("the imported dataset to open", 30, () -> registry.session(project) != null);
        DatasetSession session = registry.session(project);
        assertEquals(3, session.imageCount());
        assertEquals(List.of("hero outfit", "hero"), session.dataset().getSubsets().stream().map(Subset::getClassTokens).toList());
        assertEquals("1boy, hero, sword", Files.readString(folder.resolve("img/5_hero/y.txt")), "captions are left as they are");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        registry.close(project);
        project.delete(false, true, null); // leaves the folder alone
        UiTestSupport.waitFor("the dataset to close", 10, () -> registry.session(project) == null);
        assertTrue(Files.exists(folder.resolve("img/5_hero/x.png")));
    }
}
