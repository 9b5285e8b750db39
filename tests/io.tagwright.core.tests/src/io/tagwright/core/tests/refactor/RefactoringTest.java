package io.tagwright.core.tests.refactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.DatasetSession.ConflictPolicy;
import io.tagwright.core.refactor.AddTags;
import io.tagwright.core.refactor.ApplyTemplate;
import io.tagwright.core.refactor.Change;
import io.tagwright.core.refactor.ChangeSet;
import io.tagwright.core.refactor.Refactoring;
import io.tagwright.core.refactor.Refactorings;
import io.tagwright.core.refactor.RemoveDuplicateTags;
import io.tagwright.core.refactor.RemoveHiddenTags;
import io.tagwright.core.refactor.RemoveTags;
import io.tagwright.core.refactor.RenameTag;
import io.tagwright.core.refactor.ReorderTags;
import io.tagwright.core.refactor.ReplaceRegex;
import io.tagwright.core.refactor.Scope;
import io.tagwright.core.refactor.SetAnnotation;
import io.tagwright.core.tags.TagInfo;
import io.tagwright.core.tags.TagList;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.tests.common.KohyaFolder;

/** Every refactoring: its change set, one undoable command, undo and redo, and what saving writes. */
class RefactoringTest {

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    @TempDir
    Path root;

    private DatasetSession session;
    private KohyaFolder folder;

    @BeforeEach
    void dataset() throws IOException {
        folder = KohyaFolder.in(root).subset("10_chan")
                .image("a.png", 768, 768, "1girl, chan, long hair, smile")
                .image("b.png", 768, 832, "chan, long_hair, blue eyes, long hair, from behind, earrings")
                .image("c.png", 832, 768, "1girl, Long Hair, very long hair, solo")
                .image("d.png", 896, 768, "1girl, chan, red eyes");
        session = DatasetSession.importFolder(root, "test", MONITOR);
    }

    private ImageEntry e(String name) {
        return session.entry("img/10_chan/" + name);
    }

    private List<String> tags(String name) {
        return List.copyOf(e(name).getTags());
    }

    private CommandStack stack() {
        return session.editingDomain().getCommandStack();
    }

    /** Runs, checks that it was one command, that undo restores every caption and redo re-applies it. */
    private ChangeSet runAndCheckUndo(Refactoring r, Scope scope) {
        List<List<String>> before = List.of(tags("a.png"), tags("b.png"), tags("c.png"), tags("d.png"));
        ChangeSet cs = r.preview(session, scope, MONITOR);
        // previewing changes nothing
        assertEquals(before, List.of(tags("a.png"), tags("b.png"), tags("c.png"), tags("d.png")));
        assertTrue(Refactorings.execute(session, cs));
        List<List<String>> after = List.of(tags("a.png"), tags("b.png"), tags("c.png"), tags("d.png"));
        for (Change c : cs.changes()) {
            assertEquals(c.after(), c.entry().getTags());
        }
        assertSame(stack().getUndoCommand(), stack().getMostRecentCommand());
        assertEquals(cs.label(), stack().getUndoCommand().getLabel());
        assertEquals(cs.size(), stack().getUndoCommand().getAffectedObjects().size(), "the command holds only the changed images");
        stack().undo();
        assertEquals(before, List.of(tags("a.png"), tags("b.png"), tags("c.png"), tags("d.png")));
        assertFalse(stack().canUndo(), "one refactoring is one undo step");
        stack().redo();
        assertEquals(after, List.of(tags("a.png"), tags("b.png"), tags("c.png"), tags("d.png")));
        return cs;
    }

    @Test
    void renameReplacesInPlaceAndMergesWithoutDuplicates() {
        ChangeSet cs = runAndCheckUndo(new RenameTag("long_hair", "very long hair"), Scope.all());
        assertEquals(List.of("1girl", "chan", "very long hair", "smile"), tags("a.png"));
        // two spellings of the old tag become one new tag, where the first stood
        assertEquals(List.of("chan", "very long hair", "blue eyes", "from behind", "earrings"), tags("b.png"));
        // the new tag was already there: merged into one, at the first position of either
        assertEquals(List.of("1girl", "very long hair", "solo"), tags("c.png"));
        assertEquals(List.of("1girl", "chan", "red eyes"), tags("d.png"), "captions without the tag are untouched");
        assertEquals(3, cs.size());
        assertEquals(4, cs.scanned());
        Change a = cs.changes().get(0);
        assertEquals("1girl, chan, long hair, smile", a.beforeText());
        assertEquals("1girl, chan, very long hair, smile", a.afterText());
        assertEquals(List.of("very long hair"), a.added());
        assertEquals(List.of("long hair"), a.removed());
    }

    @Test
    void renameOnlyTheSpellingAndIntoSeveralTags() {
        runAndCheckUndo(new RenameTag("long hair", "long_hair"), Scope.all());
        assertEquals(List.of("chan", "long_hair", "blue eyes", "from behind", "earrings"), tags("b.png"));
        assertEquals(List.of("1girl", "long_hair", "very long hair", "solo"), tags("c.png"));
        stack().undo();
        runAndCheckUndo(new RenameTag("red eyes", "red eyes, glowing eyes"), Scope.all());
        assertEquals(List.of("1girl", "chan", "red eyes", "glowing eyes"), tags("d.png"));
        assertThrows(IllegalArgumentException.class, () -> new RenameTag("a", " , "));
        assertThrows(IllegalArgumentException.class, () -> new RenameTag("a, b", "c"));
    }

    @Test
    void scopesLimitTheChange() {
        ChangeSet selection = new RenameTag("1girl", "1woman").preview(session, Scope.of(List.of(e("c.png"))), MONITOR);
        assertEquals(List.of("img/10_chan/c.png"), selection.changes().stream().map(Change::key).toList());
        assertEquals(1, selection.scanned());
        ChangeSet keys = new RenameTag("1girl", "1woman").preview(session,
                Scope.keys(List.of("img/10_chan/d.png", "img/10_chan/a.png", "img/10_chan/gone.png")), MONITOR);
        assertEquals(List.of("img/10_chan/a.png", "img/10_chan/d.png"), keys.changes().stream().map(Change::key).toList(),
                "dataset order; keys of images that are gone are skipped");
    }

    @Test
    void removeByNameAndGlob() {
        runAndCheckUndo(new RemoveTags("Long_Hair", "*eyes"), Scope.all());
        assertEquals(List.of("1girl", "chan", "smile"), tags("a.png"));
        assertEquals(List.of("chan", "from behind", "earrings"), tags("b.png"));
        assertEquals(List.of("1girl", "very long hair", "solo"), tags("c.png"));
        assertEquals(List.of("1girl", "chan"), tags("d.png"));
    }

    @Test
    void addAtStartEndAndAfterTheTrigger() {
        runAndCheckUndo(new AddTags(List.of("solo, smile"), AddTags.Position.AFTER_TRIGGER), Scope.all());
        assertEquals(List.of("1girl", "chan", "solo", "long hair", "smile"), tags("a.png"), "existing tags stay where they are");
        assertEquals(List.of("1girl", "chan", "solo", "smile", "red eyes"), tags("d.png"));
        assertEquals(List.of("chan", "solo", "smile", "long_hair", "blue eyes", "long hair", "from behind", "earrings"), tags("b.png"));
        assertEquals(List.of("smile", "1girl", "Long Hair", "very long hair", "solo"), tags("c.png"),
                "no trigger in the caption: at the start");
        stack().undo();
        runAndCheckUndo(new AddTags(List.of("photo"), AddTags.Position.START), Scope.all());
        assertEquals("photo", tags("d.png").get(0));
        stack().undo();
        runAndCheckUndo(new AddTags(List.of("photo"), AddTags.Position.END), Scope.all());
        assertEquals("photo", tags("d.png").get(3));
    }

    @Test
    void replaceByRegexPerTagAndInTheWholeCaption() {
        runAndCheckUndo(new ReplaceRegex("^(\\w+) eyes$", "$1_eyes", ReplaceRegex.Mode.PER_TAG, false), Scope.all());
        assertEquals(List.of("chan", "long_hair", "blue_eyes", "long hair", "from behind", "earrings"), tags("b.png"));
        stack().undo();
        // a tag that becomes empty goes; one that becomes two splits; a result the caption has merges
        runAndCheckUndo(new ReplaceRegex("^(smile|solo)$", "", ReplaceRegex.Mode.PER_TAG, false), Scope.all());
        assertEquals(List.of("1girl", "chan", "long hair"), tags("a.png"));
        stack().undo();
        runAndCheckUndo(new ReplaceRegex("^red eyes$", "red eyes, chan, glowing eyes", ReplaceRegex.Mode.PER_TAG, false), Scope.all());
        assertEquals(List.of("1girl", "chan", "red eyes", "glowing eyes"), tags("d.png"), "'chan' merged into the one already there");
        stack().undo();
        runAndCheckUndo(new ReplaceRegex("long hair, smile", "long hair, grin", ReplaceRegex.Mode.WHOLE_CAPTION, true), Scope.all());
        assertEquals(List.of("1girl", "chan", "long hair", "grin"), tags("a.png"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new ReplaceRegex("(long", "x", ReplaceRegex.Mode.PER_TAG, false));
        assertTrue(bad.getMessage().contains("position"), bad.getMessage());
        IllegalArgumentException group = assertThrows(IllegalArgumentException.class,
                () -> new ReplaceRegex("(a)", "$2", ReplaceRegex.Mode.PER_TAG, false));
        assertTrue(group.getMessage().contains("$2"), group.getMessage());
    }

    @Test
    void reorderMovesToFrontAndSorts() {
        runAndCheckUndo(ReorderTags.moveToFront(List.of("smile", "1girl"), true), Scope.all());
        assertEquals(List.of("chan", "smile", "1girl", "long hair"), tags("a.png"), "the trigger stays first");
        stack().undo();
        runAndCheckUndo(ReorderTags.byFrequency(true), Scope.all());
        // 1girl: 3 images, long hair: 3 (b has two spellings), red eyes: 1
        assertEquals(List.of("chan", "1girl", "red eyes"), tags("d.png"));
        assertEquals(List.of("chan", "1girl", "long hair", "smile"), tags("a.png"));
        stack().undo();
        runAndCheckUndo(ReorderTags.alphabetical(false), Scope.all());
        assertEquals(List.of("1girl", "chan", "long hair", "smile"), tags("a.png"));
        stack().undo();
        TagList list = TagList.of(List.of(new TagInfo("1girl", 0, 100, List.of()), new TagInfo("smile", 0, 50, List.of()),
                new TagInfo("chan", 4, 10, List.of()), new TagInfo("long_hair", 0, 80, List.of()), new TagInfo("meta_tag", 5, 1, List.of())));
        runAndCheckUndo(ReorderTags.byCategory(list, false), Scope.all());
        assertEquals(List.of("chan", "1girl", "long hair", "smile"), tags("a.png"), "character tags before general ones");
        assertThrows(IllegalArgumentException.class, () -> ReorderTags.byCategory(null, true));
    }

    @Test
    void templatePrependsReplacesOrFillsEmptyCaptions() throws IOException {
        runAndCheckUndo(new ApplyTemplate("{trigger}, 1girl, solo", ApplyTemplate.Mode.PREPEND), Scope.all());
        assertEquals(List.of("chan", "1girl", "solo", "long hair", "smile"), tags("a.png"));
        assertEquals(List.of("chan", "1girl", "solo", "Long Hair", "very long hair"), tags("c.png"));
        stack().undo();
        runAndCheckUndo(new ApplyTemplate("{class}, portrait", ApplyTemplate.Mode.REPLACE), Scope.all());
        assertEquals(List.of("chan", "portrait"), tags("b.png"));
        stack().undo();

        folder.png("e.png", 960, 768).caption("f.txt", "").png("f.png", 1024, 768);
        session.refresh(MONITOR);
        ChangeSet cs = new ApplyTemplate("{trigger}, 1girl", ApplyTemplate.Mode.EMPTY_ONLY).preview(session, Scope.all(), MONITOR);
        assertEquals(List.of("img/10_chan/e.png", "img/10_chan/f.png"), cs.changes().stream().map(Change::key).toList());
        Refactorings.execute(session, cs);
        session.save(ConflictPolicy.SKIP, MONITOR);
        assertEquals("chan, 1girl", Files.readString(folder.path("e.txt"), StandardCharsets.UTF_8), "a missing caption is created");
        assertEquals("chan, 1girl", Files.readString(folder.path("f.txt"), StandardCharsets.UTF_8));

        session.dataset().getTriggerWords().clear();
        session.dataset().getSubsets().get(0).setClassTokens("");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ApplyTemplate("{trigger}", ApplyTemplate.Mode.PREPEND).preview(session, Scope.all(), MONITOR));
        assertTrue(e.getMessage().contains("{trigger}"), e.getMessage());
    }

    @Test
    void settingAnAnnotationRetagsTheCaption() {
        ChangeSet cs = runAndCheckUndo(new SetAnnotation(ViewAnnotation.LEFT_PROFILE, FramingAnnotation.UPPER_BODY, true),
                Scope.of(List.of(e("a.png"), e("b.png"))));
        assertEquals(ViewAnnotation.LEFT_PROFILE, e("a.png").getView());
        assertEquals(FramingAnnotation.UPPER_BODY, e("a.png").getFraming());
        assertEquals(List.of("1girl", "chan", "from side", "profile", "long hair", "smile", "upper body"), tags("a.png"));
        // the other view's tag goes
        assertEquals(List.of("chan", "from side", "profile", "long_hair", "blue eyes", "long hair", "earrings", "upper body"), tags("b.png"));
        assertTrue(cs.changes().get(0).annotationsChanged());
        stack().undo();
        assertEquals(ViewAnnotation.UNSET, e("a.png").getView());
        assertEquals(FramingAnnotation.UNSET, e("a.png").getFraming());
        stack().redo();
        assertEquals(ViewAnnotation.LEFT_PROFILE, e("a.png").getView());
        stack().undo();
        // annotation only
        runAndCheckUndo(new SetAnnotation(ViewAnnotation.FROM_BEHIND, null, false), Scope.of(List.of(e("d.png"))));
        assertEquals(ViewAnnotation.FROM_BEHIND, e("d.png").getView());
        assertEquals(List.of("1girl", "chan", "red eyes"), tags("d.png"));
    }

    @Test
    void hiddenTagsGoFromImagesThatCannotShowThem() {
        e("d.png").setView(ViewAnnotation.FROM_BEHIND); // by annotation; b.png by its "from behind" tag
        runAndCheckUndo(new RemoveHiddenTags(), Scope.all());
        assertEquals(List.of("chan", "long_hair", "long hair", "from behind"), tags("b.png"), "earrings and eye colour go");
        assertEquals(List.of("1girl", "chan"), tags("d.png"));
        assertEquals(List.of("1girl", "chan", "long hair", "smile"), tags("a.png"), "smile stays on a front view");
    }

    @Test
    void duplicatesGo() {
        runAndCheckUndo(new RemoveDuplicateTags(), Scope.all());
        assertEquals(List.of("chan", "long_hair", "blue eyes", "from behind", "earrings"), tags("b.png"));
        assertEquals(List.of("1girl", "Long Hair", "very long hair", "solo"), tags("c.png"));
    }

    @Test
    void aStalePreviewIsRefused() {
        ChangeSet cs = new RenameTag("smile", "grin").preview(session, Scope.all(), MONITOR);
        e("a.png").getTags().add("extra");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Refactorings.execute(session, cs));
        assertTrue(e.getMessage().contains("preview"), e.getMessage());
        assertFalse(Refactorings.execute(session, new RenameTag("absent", "x").preview(session, Scope.all(), MONITOR)),
                "an empty change set executes nothing");
    }

    @Test
    void savingWritesExactlyTheChangedCaptions() throws IOException {
        Path projectFile = root.resolve("dataset.tagwright");
        long projectStamp = Files.getLastModifiedTime(projectFile).toMillis();
        byte[] untouched = Files.readAllBytes(folder.path("d.txt"));
        Refactorings.run(session, new RenameTag("smile", "grin"), Scope.all(), MONITOR);
        DatasetSession.SaveResult r = session.save(ConflictPolicy.SKIP, MONITOR);
        assertEquals(1, r.captionsWritten());
        assertFalse(r.projectFileWritten(), "caption edits alone leave the project file alone");
        assertEquals(projectStamp, Files.getLastModifiedTime(projectFile).toMillis());
        assertEquals("1girl, chan, long hair, grin", Files.readString(folder.path("a.txt"), StandardCharsets.UTF_8));
        assertEquals(List.of(new String(untouched, StandardCharsets.UTF_8)), List.of(Files.readString(folder.path("d.txt"))));
        Refactorings.run(session, new SetAnnotation(ViewAnnotation.FROM_ABOVE, null, true), Scope.of(List.of(e("d.png"))), MONITOR);
        assertTrue(session.save(ConflictPolicy.SKIP, MONITOR).projectFileWritten(), "annotations live in the project file");
        DatasetSession reopened = DatasetSession.open(projectFile, MONITOR);
        assertEquals(ViewAnnotation.FROM_ABOVE, reopened.entry("img/10_chan/d.png").getView());
        assertEquals(List.of("1girl", "chan", "from above", "red eyes"), reopened.entry("img/10_chan/d.png").getTags());
    }

    @Test
    void captionsOnlySavingLeavesNothingBehindInAPlainFolder() throws IOException {
        Path plain = root.resolve("plain");
        KohyaFolder.in(plain).subset("5_x").image("a.png", 768, 768, "x, smile");
        DatasetSession s = DatasetSession.openFolder(plain, "plain", MONITOR);
        Refactorings.run(s, new RenameTag("smile", "grin"), Scope.all(), MONITOR);
        assertEquals(1, s.saveCaptions(ConflictPolicy.SKIP, MONITOR).captionsWritten());
        assertEquals("x, grin", Files.readString(plain.resolve("img/5_x/a.txt")));
        assertFalse(Files.exists(plain.resolve("dataset.tagwright")));
        assertFalse(Files.exists(plain.resolve(".tagwright")), "the journal folder is removed again");
    }
}
