package io.tagwright.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.ImageImport;
import io.tagwright.core.image.TinyImages;
import io.tagwright.tests.common.KohyaFolder;

class ImageImportTest {

    @TempDir
    Path root;

    @Test
    void copiesImagesWithTheirCaptionsAndNeverOverwrites() throws IOException {
        KohyaFolder.in(root).subset("10_x").image("a.png", 64, 64, "already here");
        Path outside = root.resolve("outside");
        Files.createDirectories(outside);
        Files.write(outside.resolve("a.png"), TinyImages.png(32, 48));
        Files.writeString(outside.resolve("a.txt"), "imported caption");
        Files.write(outside.resolve("b c.JPG"), TinyImages.png(16, 16));
        Files.writeString(outside.resolve("notes.md"), "not an image");
        Files.writeString(outside.resolve("fake.png"), "not a png either");

        DatasetSession s = DatasetSession.importFolder(root, "x", new NullProgressMonitor());
        Path subsetDir = s.subsetDir(s.dataset().getSubsets().get(0));
        ImageImport.Result r = ImageImport.copy(List.of(outside.resolve("a.png"), outside.resolve("b c.JPG"),
                outside.resolve("notes.md"), outside.resolve("fake.png")), subsetDir, ".txt", new NullProgressMonitor());
        assertEquals(List.of("a (2).png", "b c.JPG"), r.added());
        assertEquals(2, r.skipped().size());
        assertTrue(r.skipped().get(1).startsWith("fake.png: "), r.skipped().toString());
        assertEquals("already here", Files.readString(subsetDir.resolve("a.txt"), StandardCharsets.UTF_8));
        assertEquals("imported caption", Files.readString(subsetDir.resolve("a (2).txt"), StandardCharsets.UTF_8));
        assertTrue(Files.exists(outside.resolve("a.png")), "copied, not moved");

        DatasetSession.RefreshReport report = s.refresh(new NullProgressMonitor());
        assertEquals(2, report.added());
        assertEquals(List.of("imported caption"), s.entry("img/10_x/a (2).png").getTags());
        assertEquals(48, s.entry("img/10_x/a (2).png").getHeight());
    }
}
