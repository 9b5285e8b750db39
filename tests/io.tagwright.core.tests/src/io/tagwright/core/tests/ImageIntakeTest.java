package io.tagwright.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.image.TinyImages;
import io.tagwright.core.intake.ImageIntake;
import io.tagwright.tests.common.KohyaFolder;

class ImageIntakeTest {

    @TempDir
    Path root;

    @Test
    void copiesImagesWithTheirCaptionsRenamingOnAClashAndNeverOverwriting() throws IOException {
        KohyaFolder dataset = KohyaFolder.in(root.resolve("ds")).subset("10_chan").image("a.png", 64, 64, "old caption");
        Path subset = dataset.path("a.png").getParent();
        byte[] oldImage = Files.readAllBytes(subset.resolve("a.png"));
        KohyaFolder desktop = KohyaFolder.in(root.resolve("desktop")).folder("", "drop")
                .png("a.png", 32, 48).caption("a.txt", "new caption")
                .png("b.JPG", 16, 16).caption("b.caption", "from a .caption file")
                .png("c.webp", 8, 8)
                .caption("notes.md", "not an image");
        Path drop = desktop.path("a.png").getParent();
        List<Path> sources = List.of(drop.resolve("a.png"), drop.resolve("a.txt"), drop.resolve("b.JPG"),
                drop.resolve("c.webp"), drop.resolve("notes.md"));

        ImageIntake.Result r = ImageIntake.copyInto(subset, sources, ".txt", new NullProgressMonitor());

        assertEquals(List.of(subset.resolve("a (2).png"), subset.resolve("b.JPG"), subset.resolve("c.webp")), r.images());
        assertEquals(List.of(subset.resolve("a (2).txt"), subset.resolve("b.txt")), r.captions());
        assertEquals(1, r.skipped().size(), r.skipped().toString());
        assertTrue(r.skipped().get(0).startsWith("notes.md"), r.skipped().toString());
        assertArrayEquals(oldImage, Files.readAllBytes(subset.resolve("a.png")), "the existing image is untouched");
        assertEquals("old caption", Files.readString(subset.resolve("a.txt")));
        assertEquals("new caption", Files.readString(subset.resolve("a (2).txt")));
        assertEquals("from a .caption file", Files.readString(subset.resolve("b.txt"), StandardCharsets.UTF_8));
        assertArrayEquals(TinyImages.png(32, 48), Files.readAllBytes(subset.resolve("a (2).png")));
        assertTrue(Files.exists(drop.resolve("a.png")), "copied, not moved");
        try (Stream<Path> files = Files.list(subset)) {
            assertEquals(List.of("a (2).png", "a (2).txt", "a.png", "a.txt", "b.JPG", "b.txt", "c.webp"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files are left");
        }

        // the same drop again: every name is taken now
        ImageIntake.Result again = ImageIntake.copyInto(subset, List.of(drop.resolve("a.png")), ".txt", new NullProgressMonitor());
        assertEquals(List.of(subset.resolve("a (3).png")), again.images());
    }

    @Test
    void takesTheImagesOfADroppedFolder() throws IOException {
        Path subset = Files.createDirectories(root.resolve("img/5_x"));
        Path folder = KohyaFolder.in(root.resolve("src")).folder("", "shots").image("p.png", 8, 8, "tag")
                .png("q.bmp", 8, 8).caption("readme.txt", "x").path("p.png").getParent();
        ImageIntake.Result r = ImageIntake.copyInto(subset, List.of(folder), ".txt", new NullProgressMonitor());
        assertEquals(List.of(subset.resolve("p.png"), subset.resolve("q.bmp")), r.images());
        assertEquals(List.of(subset.resolve("p.txt")), r.captions());
    }
}
