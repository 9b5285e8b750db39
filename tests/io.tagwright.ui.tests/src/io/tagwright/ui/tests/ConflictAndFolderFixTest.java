package io.tagwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.ImageEntry;
import io.tagwright.tests.common.KohyaFolder;
import io.tagwright.ui.editor.CaptionEditor;
import io.tagwright.ui.editor.ImageEditorInput;
import io.tagwright.ui.problems.QuickFixes;
import io.tagwright.ui.problems.RenameFolderFix;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * A caption changed by another program while it has unsaved edits is shown, not overwritten; a folder kohya
 * ignores is renamed to N_name by its quick fix.
 */
class ConflictAndFolderFixTest {

    @TempDir
    Path temp;

    @Test
    void anExternalEditUnderUnsavedEditsIsShownAndNeverOverwrittenSilently() throws Exception {
        Path root = temp.resolve("conflict");
        KohyaFolder.in(root).subset("4_hero").image("a.png", 32, 32, "1boy, hero, sword").image("b.png", 32, 32, "1boy, hero")
                .subset("outfits").image("c.png", 32, 32, "1boy, hero, armor");
        DatasetSession.importFolder(root, "conflict", null).dispose();
        IProject project = UiTestSupport.projectOver("conflict-test", root);
        DatasetRegistry registry = DatasetRegistry.getDefault();
        UiTestSupport.waitFor("the dataset to open", 30, () -> registry.session(project) != null);
        DatasetSession s = registry.session(project);
        try {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            CaptionEditor editor = (CaptionEditor) page.openEditor(new ImageEditorInput(project.getName(), "img/4_hero/a.png"),
                    CaptionEditor.ID);
            editor.addTags("shield");
            assertTrue(editor.isDirty());
            Path caption = root.resolve("img/4_hero/a.txt");
            Files.writeString(caption, "1boy, hero, sword, cape", StandardCharsets.UTF_8); // another program
            UiTestSupport.waitFor("the conflict to be noticed", 30, editor::conflictShown);
            assertEquals(List.of("1boy", "hero", "sword", "shield"), editor.entry().getTags(), "the edits here stay");
            assertEquals("1boy, hero, sword, cape", Files.readString(caption, StandardCharsets.UTF_8), "and the file is untouched");
            editor.resolveConflict(true);
            assertFalse(editor.conflictShown());
            IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
            handlers.executeCommand("org.eclipse.ui.file.save", null);
            assertEquals("1boy, hero, sword, shield", Files.readString(caption, StandardCharsets.UTF_8).strip(),
                    "kept mine: saved over the other change, on purpose");
            page.closeAllEditors(false);

            // lint flags 'outfits' (no N_ prefix); its quick fix renames the folder
            UiTestSupport.waitFor("the ignored-folder marker", 60,
                    () -> RefactoringAndQuickFixTest.markers(project, "ignored-folder").size() == 1);
            IMarker marker = RefactoringAndQuickFixTest.markers(project, "ignored-folder").get(0);
            IMarkerResolution[] fixes = new QuickFixes().getResolutions(marker);
            RenameFolderFix rename = (RenameFolderFix) List.of(fixes).stream().filter(f -> f instanceof RenameFolderFix).findFirst()
                    .orElseThrow();
            rename.withRepeats(3).run(marker);
            assertTrue(Files.isDirectory(root.resolve("img/3_outfits")));
            assertFalse(Files.exists(root.resolve("img/outfits")));
            UiTestSupport.waitFor("the renamed subset", 30, () -> s.dataset().getSubsets().stream()
                    .anyMatch(sub -> sub.getFolder().equals("3_outfits") && sub.getRepeats() == 3 && sub.getImages().size() == 1));
            ImageEntry c = s.entry("img/3_outfits/c.png");
            assertEquals(List.of("1boy", "hero", "armor"), c.getTags());
        } finally {
            registry.close(project);
            project.delete(false, true, null);
        }
    }
}
