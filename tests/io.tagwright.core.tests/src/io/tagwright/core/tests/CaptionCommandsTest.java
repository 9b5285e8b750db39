package io.tagwright.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.edit.CaptionCommands;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.tests.common.KohyaFolder;

class CaptionCommandsTest {

    @TempDir
    Path root;

    private DatasetSession session;
    private EditingDomain domain;
    private CommandStack stack;
    private ImageEntry a;

    @BeforeEach
    void open() throws IOException {
        KohyaFolder.in(root).subset("10_chan").image("a.png", 8, 8, "1girl, chan, smile, earrings, smile");
        session = DatasetSession.importFolder(root, "t", new NullProgressMonitor());
        domain = session.editingDomain();
        stack = domain.getCommandStack();
        a = session.entry("img/10_chan/a.png");
    }

    @Test
    void deletesTheChipItWasAskedToEvenWhenTheTagIsDuplicated() {
        stack.execute(CaptionCommands.removeTag(domain, a, 4));
        assertEquals(List.of("1girl", "chan", "smile", "earrings"), a.getTags());
        assertEquals("Delete tag 'smile'", stack.getUndoCommand().getLabel());
        assertTrue(session.isDirty());
        stack.undo();
        assertEquals(List.of("1girl", "chan", "smile", "earrings", "smile"), a.getTags());
        assertFalse(session.isDirty());
    }

    @Test
    void movesEditsAndAddsTagsAsSingleUndoableSteps() {
        stack.execute(CaptionCommands.moveTag(domain, a, 3, 0));
        assertEquals(List.of("earrings", "1girl", "chan", "smile", "smile"), a.getTags());
        stack.execute(CaptionCommands.renameTag(domain, a, 0, "hoop earrings, jewelry"));
        assertEquals(List.of("hoop earrings", "jewelry", "1girl", "chan", "smile", "smile"), a.getTags());
        stack.execute(CaptionCommands.addTags(domain, a, 99, "Smile, blue_eyes, blue eyes"));
        assertEquals(List.of("hoop earrings", "jewelry", "1girl", "chan", "smile", "smile", "blue_eyes"), a.getTags());
        assertEquals("Add tag 'blue_eyes'", stack.getUndoCommand().getLabel());
        stack.undo();
        stack.undo();
        stack.undo();
        assertEquals(List.of("1girl", "chan", "smile", "earrings", "smile"), a.getTags());
        stack.execute(CaptionCommands.setCaptionText(domain, a, "a, (b, c:1.2), d"));
        assertEquals(List.of("a", "(b, c:1.2)", "d"), a.getTags());
    }

    @Test
    void knowsWhichTagsAnAnnotationStandsFor() {
        assertEquals(List.of("from side", "profile"), CaptionCommands.viewTags(session.dataset(), ViewAnnotation.LEFT_PROFILE));
        assertEquals(List.of(), CaptionCommands.viewTags(session.dataset(), ViewAnnotation.UNSET));
        assertEquals(List.of("full body"), CaptionCommands.framingTags(session.dataset(), FramingAnnotation.FULL_BODY));
    }
}
