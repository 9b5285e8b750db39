package io.tagwright.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.dataset.DatasetProblem;
import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.DatasetSession.ConflictPolicy;
import io.tagwright.core.dataset.ProjectFile;
import io.tagwright.model.CaptionStatus;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ImageFormat;
import io.tagwright.model.ModelPackage;
import io.tagwright.model.Subset;
import io.tagwright.model.SubsetKind;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.tests.common.KohyaFolder;
import io.tagwright.core.image.TinyImages;

class DatasetSessionTest {

    @TempDir
    Path root;

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    @Test
    void importsAKohyaFolderAsSubsetsAndImages() throws IOException {
        KohyaFolder.in(root).subset("10_tagwright-chan")
                .image("a.png", 768, 1024, "1girl, tagwright-chan, dark skin")
                .image("b c.PNG", 832, 832, "1girl, tagwright-chan, from behind")
                .file("d.webp", TinyImages.webpLossless(900, 1200))
                .caption("d.txt", "1girl, tagwright-chan, from side")
                .png("no caption.jpg", 768, 768)
                .caption("orphan.txt", "nobody")
                .caption("a.caption", "ignored by kohya with .txt")
                .subset("notes")
                .folder("reg", "1_woman").image("r.png", 512, 512, "woman");
        DatasetSession s = DatasetSession.importFolder(root, "demo", MONITOR);
        assertEquals("img", s.dataset().getTrainDir());
        assertEquals("reg", s.dataset().getRegDir());
        assertEquals(List.of("tagwright-chan"), s.dataset().getTriggerWords());
        List<Subset> subsets = s.dataset().getSubsets();
        assertEquals(List.of("10_tagwright-chan", "notes", "1_woman"), subsets.stream().map(Subset::getFolder).toList());
        Subset main = subsets.get(0);
        assertEquals(10, main.getRepeats());
        assertEquals("tagwright-chan", main.getClassTokens());
        assertEquals(0, subsets.get(1).getRepeats(), "a folder without N_ is ignored by kohya");
        assertEquals(SubsetKind.REGULARIZATION, subsets.get(2).getKind());
        assertEquals(List.of("a.png", "b c.PNG", "d.webp", "no caption.jpg"), main.getImages().stream().map(ImageEntry::getPath).toList());

        ImageEntry a = main.getImages().get(0);
        assertEquals(List.of("1girl", "tagwright-chan", "dark skin"), a.getTags());
        assertEquals(768, a.getWidth());
        assertEquals(1024, a.getHeight());
        assertEquals(ImageFormat.PNG, a.getFormat());
        ImageEntry webp = main.getImages().get(2);
        assertEquals(ImageFormat.WEBP, webp.getFormat());
        assertEquals(1200, webp.getHeight());
        ImageEntry none = main.getImages().get(3);
        assertEquals(CaptionStatus.MISSING, none.getCaptionStatus());
        assertTrue(none.getTags().isEmpty());
        // "no caption.jpg" is really a PNG: the content decides
        assertEquals(ImageFormat.PNG, none.getFormat());
        assertEquals(List.of("img/10_tagwright-chan/orphan.txt"), s.orphanCaptions());
        assertEquals(List.of("img/10_tagwright-chan/a.caption"), s.otherCaptionFiles());
        assertEquals(5, s.imageCount(), "four images and one regularisation image");
    }

    @Test
    void captionsAreNeverStoredInTheProjectFile() throws IOException {
        KohyaFolder.in(root).subset("5_x").image("a.png", 64, 64, "secret caption tag, other");
        DatasetSession s = DatasetSession.importFolder(root, "x", MONITOR);
        s.dataset().getSubsets().get(0).getImages().get(0).setView(ViewAnnotation.FROM_BEHIND);
        s.saveProjectFile();
        String xmi = Files.readString(root.resolve(ProjectFile.DEFAULT_NAME));
        assertFalse(xmi.contains("secret caption tag"), xmi);
        assertTrue(xmi.contains("from behind"), xmi);
        DatasetSession again = DatasetSession.open(root.resolve(ProjectFile.DEFAULT_NAME), MONITOR);
        ImageEntry a = again.dataset().getSubsets().get(0).getImages().get(0);
        assertEquals(ViewAnnotation.FROM_BEHIND, a.getView());
        assertEquals(List.of("secret caption tag", "other"), a.getTags());
    }

    @Test
    void savingWritesOnlyChangedCaptionsAndUndoRestoresTheModel() throws IOException {
        KohyaFolder f = KohyaFolder.in(root).subset("10_x");
        for (int i = 0; i < 5; i++) {
            f.image("i" + i + ".png", 64, 64, "1girl, x, tag" + i);
        }
        f.caption("i4.txt", "1girl,x,tag4\r\nsecond line");
        DatasetSession s = DatasetSession.importFolder(root, "x", MONITOR);
        FileTime untouched = Files.getLastModifiedTime(f.path("i1.txt"));
        ImageEntry e0 = s.dataset().getSubsets().get(0).getImages().get(0);
        ImageEntry e4 = s.dataset().getSubsets().get(0).getImages().get(4);
        Command add = AddCommand.create(s.editingDomain(), e0, ModelPackage.Literals.IMAGE_ENTRY__TAGS, "smile");
        s.editingDomain().getCommandStack().execute(add);
        s.editingDomain().getCommandStack().execute(
                AddCommand.create(s.editingDomain(), e4, ModelPackage.Literals.IMAGE_ENTRY__TAGS, "new", 2));
        assertTrue(s.isDirty());
        assertEquals(2, s.changedCaptions().size());
        DatasetSession.SaveResult r = s.save(ConflictPolicy.SKIP, MONITOR);
        assertEquals(2, r.captionsWritten());
        assertFalse(s.isDirty());
        assertEquals("1girl, x, tag0, smile", Files.readString(f.path("i0.txt")));
        assertEquals("1girl,x,new,tag4\r\nsecond line", Files.readString(f.path("i4.txt")));
        assertEquals(untouched, Files.getLastModifiedTime(f.path("i1.txt")), "untouched captions are not rewritten");

        s.editingDomain().getCommandStack().undo();
        s.editingDomain().getCommandStack().undo();
        assertEquals(List.of("1girl", "x", "tag0"), e0.getTags());
        assertTrue(s.isDirty());
        s.editingDomain().getCommandStack().redo();
        assertEquals(List.of("1girl", "x", "tag0", "smile"), e0.getTags());
        s.save(ConflictPolicy.SKIP, MONITOR);
        assertEquals("1girl,x,tag4\r\nsecond line", Files.readString(f.path("i4.txt")));
        assertEquals("1girl, x, tag0, smile", Files.readString(f.path("i0.txt")));
    }

    @Test
    void annotationsAndNotesAreUndoable() throws IOException {
        KohyaFolder.in(root).subset("10_x").image("a.png", 64, 64, "x");
        DatasetSession s = DatasetSession.importFolder(root, "x", MONITOR);
        ImageEntry a = s.dataset().getSubsets().get(0).getImages().get(0);
        assertEquals(s.editingDomain(), AdapterFactoryEditingDomain.getEditingDomainFor(a), "views find the domain from any object");
        s.editingDomain().getCommandStack().execute(
                SetCommand.create(s.editingDomain(), a, ModelPackage.Literals.IMAGE_ENTRY__VIEW, ViewAnnotation.LEFT_PROFILE));
        assertEquals(ViewAnnotation.LEFT_PROFILE, a.getView());
        assertTrue(s.isDirty());
        s.editingDomain().getCommandStack().undo();
        assertEquals(ViewAnnotation.UNSET, a.getView());
        assertFalse(s.isDirty());
    }

    @Test
    void externalChangesAreReloadedAndConflictsReported() throws IOException, InterruptedException {
        KohyaFolder f = KohyaFolder.in(root).subset("10_x").image("a.png", 64, 64, "a, b").image("b.png", 64, 64, "c");
        DatasetSession s = DatasetSession.importFolder(root, "x", MONITOR);
        ImageEntry a = s.entry("img/10_x/a.png");
        ImageEntry b = s.entry("img/10_x/b.png");

        Files.writeString(f.path("a.txt"), "a, b, changed elsewhere");
        DatasetSession.RefreshReport r = s.refresh(MONITOR);
        assertEquals(1, r.reloaded());
        assertEquals(List.of("a", "b", "changed elsewhere"), a.getTags());

        s.editingDomain().getCommandStack().execute(
                AddCommand.create(s.editingDomain(), b, ModelPackage.Literals.IMAGE_ENTRY__TAGS, "mine"));
        Files.writeString(f.path("b.txt"), "theirs");
        r = s.refresh(MONITOR);
        assertEquals(List.of("img/10_x/b.png"), r.conflicts());
        assertEquals(List.of("c", "mine"), b.getTags(), "unsaved edits are kept");
        assertTrue(s.problems().stream().anyMatch(p -> p.message().contains("unsaved edits")));

        DatasetSession.SaveResult saved = s.save(ConflictPolicy.SKIP, MONITOR);
        assertEquals(List.of("img/10_x/b.png"), saved.conflictsSkipped());
        assertEquals("theirs", Files.readString(f.path("b.txt")), "the other change is not overwritten silently");

        s.takeTheirs(b);
        assertEquals(List.of("theirs"), b.getTags());
        assertTrue(s.conflicts().isEmpty());

        // new and deleted files
        f.image("c.png", 64, 64, "new one");
        Files.delete(f.path("a.png"));
        r = s.refresh(MONITOR);
        assertEquals(1, r.added());
        assertEquals(1, r.removed());
        assertNull(s.entry("img/10_x/a.png"));
        assertEquals(List.of("new one"), s.entry("img/10_x/c.png").getTags());
    }

    @Test
    void overwritingAConflictIsAnExplicitChoice() throws IOException {
        KohyaFolder f = KohyaFolder.in(root).subset("10_x").image("a.png", 64, 64, "a");
        DatasetSession s = DatasetSession.importFolder(root, "x", MONITOR);
        ImageEntry a = s.entry("img/10_x/a.png");
        s.editingDomain().getCommandStack().execute(
                AddCommand.create(s.editingDomain(), a, ModelPackage.Literals.IMAGE_ENTRY__TAGS, "mine"));
        Files.writeString(f.path("a.txt"), "theirs, longer");
        s.save(ConflictPolicy.OVERWRITE, MONITOR);
        assertEquals("a, mine", Files.readString(f.path("a.txt")));
    }

    @Test
    void unreadableFilesBecomeProblemsAndTheDatasetStillOpens() throws IOException {
        KohyaFolder.in(root).subset("10_x")
                .image("good.png", 64, 64, "ok")
                .file("broken.png", "not really a png".getBytes(StandardCharsets.UTF_8))
                .caption("broken.txt", "still, captioned")
                .png("latin1.png", 64, 64)
                .file("latin1.txt", new byte[] { 'c', 'a', 'f', (byte) 0xE9 })
                .png("empty.png", 64, 64)
                .caption("empty.txt", "   ");
        DatasetSession s = DatasetSession.importFolder(root, "x", MONITOR);
        assertEquals(4, s.imageCount());
        List<DatasetProblem> problems = s.problems();
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("img/10_x/broken.png")
                && p.severity() == DatasetProblem.Severity.ERROR && p.message().contains("broken.png")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("img/10_x/latin1.txt") && p.message().contains("UTF-8")),
                problems.toString());
        ImageEntry latin1 = s.entry("img/10_x/latin1.png");
        assertEquals(CaptionStatus.UNREADABLE, latin1.getCaptionStatus());
        assertEquals(List.of("café"), latin1.getTags());
        assertEquals(CaptionStatus.EMPTY, s.entry("img/10_x/empty.png").getCaptionStatus());
        assertEquals(List.of("still", "captioned"), s.entry("img/10_x/broken.png").getTags());
        assertEquals(ImageFormat.UNKNOWN, s.entry("img/10_x/broken.png").getFormat());
    }

    @Test
    void oversizedCaptionsAreReadButNeverRewritten() throws IOException {
        byte[] big = new byte[2 << 20];
        java.util.Arrays.fill(big, (byte) 'x');
        byte[] head = "huge, caption\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, big, 0, head.length);
        KohyaFolder f = KohyaFolder.in(root).subset("10_x").png("a.png", 64, 64).file("a.txt", big);
        DatasetSession s = DatasetSession.importFolder(root, "x", MONITOR);
        ImageEntry a = s.entry("img/10_x/a.png");
        assertEquals(List.of("huge", "caption"), a.getTags());
        s.editingDomain().getCommandStack().execute(
                AddCommand.create(s.editingDomain(), a, ModelPackage.Literals.IMAGE_ENTRY__TAGS, "more"));
        IOException e = assertThrows(IOException.class, () -> s.save(ConflictPolicy.OVERWRITE, MONITOR));
        assertTrue(e.getMessage().contains("a.txt"), e.getMessage());
        assertArrayEquals(big, Files.readAllBytes(f.path("a.txt")));
    }

    @Test
    void aMovedImageKeepsItsAnnotations() throws IOException {
        KohyaFolder f = KohyaFolder.in(root).subset("5_x").image("a.png", 64, 96, "a");
        DatasetSession s = DatasetSession.importFolder(root, "x", MONITOR);
        s.entry("img/5_x/a.png").setView(ViewAnnotation.FROM_ABOVE);
        s.saveProjectFile();
        Files.move(root.resolve("img/5_x"), root.resolve("img/10_x"));
        DatasetSession again = DatasetSession.open(s.projectFile(), MONITOR);
        ImageEntry a = again.entry("img/10_x/a.png");
        assertNotNull(a);
        assertEquals(ViewAnnotation.FROM_ABOVE, a.getView());
        assertEquals(10, a.getSubset().getRepeats());
        assertEquals(List.of("a"), a.getTags());
    }

    @Test
    void createMakesAKohyaLayout() throws IOException {
        DatasetSession s = DatasetSession.create(root.resolve("new"), "mine", "mychar", 10);
        assertTrue(Files.isDirectory(root.resolve("new/img/10_mychar")));
        assertEquals(List.of("mychar"), s.dataset().getTriggerWords());
        assertEquals(1, s.dataset().getSubsets().size());
        assertFalse(s.dataset().getAnnotationTags().isEmpty());
        assertThrows(IOException.class, () -> DatasetSession.create(root.resolve("new"), "again", "mychar", 10));
    }

    @Test
    void tenThousandImages() throws IOException {
        KohyaFolder f = KohyaFolder.in(root).subset("1_big");
        for (int i = 0; i < 10_000; i++) {
            f.image(String.format("img %05d.png", i), 512 + (i % 5) * 64, 768, "1girl, tag" + (i % 37) + ", other tag");
        }
        long t0 = System.nanoTime();
        DatasetSession s = DatasetSession.importFolder(root, "big", MONITOR);
        long cold = System.nanoTime() - t0;
        assertEquals(10_000, s.imageCount());
        t0 = System.nanoTime();
        DatasetSession warm = DatasetSession.open(s.projectFile(), MONITOR);
        long warmNs = System.nanoTime() - t0;
        assertEquals(10_000, warm.imageCount());
        ImageEntry last = warm.entry("img/1_big/img 09999.png");
        assertEquals(512 + 4 * 64, last.getWidth());
        assertEquals(List.of("1girl", "tag9", "other tag"), last.getTags());
        // the same tag text is one String in memory
        assertTrue(warm.entry("img/1_big/img 00000.png").getTags().get(0) == last.getTags().get(0));
        t0 = System.nanoTime();
        warm.dispose();
        long disposeNs = System.nanoTime() - t0;
        // disposing releases the adapters but does not turn the images into proxies: a proxy's URI is the image's
        // position in its subset, found by a linear search, which made closing a large dataset quadratic
        assertTrue(last.eAdapters().isEmpty());
        assertTrue(warm.dataset().eAdapters().isEmpty());
        warm.dataset().eAllContents().forEachRemaining(o -> assertTrue(o.eAdapters().isEmpty(), "an adapter outlived the session: " + o));
        assertFalse(last.eIsProxy());
        System.out.printf("10k images: import %d ms, reopen %d ms, dispose %d ms%n", cold / 1_000_000, warmNs / 1_000_000,
                disposeNs / 1_000_000);
        s.dispose();
    }
}
