package io.tagwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.demo.DemoDataset;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.ui.commands.Open;
import io.tagwright.ui.editor.CaptionEditor;
import io.tagwright.ui.gallery.GalleryEditor;
import io.tagwright.ui.workspace.DatasetRegistry;

/** Edits a caption in the caption editor and saves it through the workbench's Save; checks the file each time. */
class CaptionEditorTest {

    @Test
    void editsSavesUndoesAndWalksThroughTheDemoDataset() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        DatasetSession demo = UiTestSupport.demo();
        GalleryEditor gallery = Open.gallery(page, DatasetRegistry.getDefault().project(demo));
        UiTestSupport.waitFor("the gallery", 20, gallery::isReady);
        assertEquals(42, gallery.shownImages().size());

        ImageEntry image = demo.dataset().getSubsets().get(0).getImages().get(5);
        Path caption = demo.captionPath(image);
        String before = Files.readString(caption, StandardCharsets.UTF_8);
        List<String> tagsBefore = new ArrayList<>(image.getTags());
        gallery.select(List.of(image));
        gallery.openFocused();
        CaptionEditor editor = (CaptionEditor) page.getActiveEditor();
        assertEquals(image, editor.entry());
        assertEquals(tagsBefore, editor.chipTexts());

        editor.addTags("looking at viewer, smile");
        assertEquals(tagsBefore.size() + 2, image.getTags().size());
        UiTestSupport.waitFor("the chips to show the new tags", 10, () -> image.getTags().equals(editor.chipTexts()));
        assertTrue(editor.isDirty());
        assertTrue(gallery.isDirty(), "one dataset, one dirty state");
        assertEquals(before, Files.readString(caption, StandardCharsets.UTF_8), "nothing is written before Save");

        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.file.save", null);
        assertFalse(editor.isDirty());
        assertEquals(String.join(", ", image.getTags()), Files.readString(caption, StandardCharsets.UTF_8).strip());
        assertTrue(Files.readString(caption, StandardCharsets.UTF_8).contains("looking at viewer, smile"));

        editor.deleteTag(0);
        assertEquals(tagsBefore.size() + 1, image.getTags().size());
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(tagsBefore.size() + 2, image.getTags().size());
        assertFalse(editor.isDirty(), "back at the save point");

        // an annotation shortcut sets the view and its tag
        handlers.executeCommand("io.tagwright.ui.annotate.view.from_behind", null);
        assertEquals(ViewAnnotation.FROM_BEHIND, image.getView());
        assertTrue(image.getTags().contains("from behind"));
        assertFalse(image.getTags().contains("from side"), "the previous view's tag goes");
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(ViewAnnotation.SLIGHTLY_RIGHT, image.getView());
        assertEquals(tagsBefore.size() + 2, image.getTags().size());
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(tagsBefore, image.getTags());
        handlers.executeCommand("org.eclipse.ui.file.save", null);
        assertEquals(before, Files.readString(caption, StandardCharsets.UTF_8), "saving the undone edit restores the file");

        // next/previous without leaving the keyboard: the gallery's order
        handlers.executeCommand("io.tagwright.ui.caption.next", null);
        ImageEntry next = editor.entry();
        assertNotEquals(image, next);
        assertEquals(gallery.shownImages().get(gallery.shownImages().indexOf(image) + 1), next);
        handlers.executeCommand("io.tagwright.ui.caption.previous", null);
        assertEquals(image, editor.entry());
        assertEquals(DemoDataset.REPEATS, image.getSubset().getRepeats());
        page.closeAllEditors(false);
    }

    @Test
    void aGalleryOpenedOverUnsavedEditsTellsTheWorkbenchItIsDirty() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        DatasetSession demo = UiTestSupport.demo();
        ImageEntry image = demo.dataset().getSubsets().get(0).getImages().get(3);
        var stack = demo.editingDomain().getCommandStack();
        stack.execute(io.tagwright.core.edit.CaptionCommands.addTags(demo.editingDomain(), image, image.getTags().size(), "smile"));
        try {
            GalleryEditor gallery = Open.gallery(page, DatasetRegistry.getDefault().project(demo));
            List<Integer> fired = new ArrayList<>();
            gallery.addPropertyListener((source, id) -> fired.add(id));
            UiTestSupport.waitFor("the gallery", 20, gallery::isReady);
            assertTrue(gallery.isDirty());
            assertTrue(fired.contains(org.eclipse.ui.IEditorPart.PROP_DIRTY), "the tab gets its '*' once the dataset is bound");
        } finally {
            stack.undo();
            page.closeAllEditors(false);
        }
        assertFalse(demo.isDirty());
    }
}
