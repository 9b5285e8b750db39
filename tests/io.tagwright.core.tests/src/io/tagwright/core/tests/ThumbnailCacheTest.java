package io.tagwright.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.image.TinyImages;
import io.tagwright.core.thumbnails.ThumbnailCache;

class ThumbnailCacheTest {

    @TempDir
    Path dir;

    private Path image(String name, int w, int h, boolean alpha) throws IOException {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(alpha ? new Color(255, 0, 0, 128) : Color.RED);
        g.fillRect(0, 0, w / 2, h);
        g.setColor(Color.BLUE);
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.dispose();
        Path p = dir.resolve(name);
        ImageIO.write(img, "png", p.toFile());
        return p;
    }

    private static BufferedImage read(Path p) throws IOException {
        return ImageIO.read(p.toFile());
    }

    @Test
    void makesAScaledJpegOfAnOpaqueImageKeepingItsAspect() throws IOException {
        Path img = image("wide.png", 1200, 600, false);
        ThumbnailCache cache = new ThumbnailCache(dir.resolve("thumbs"), 128, 1 << 20);
        Path thumb = cache.thumbnail(img, Files.size(img), 1000);
        assertTrue(thumb.getFileName().toString().endsWith(".jpg"), thumb.toString());
        assertTrue(thumb.startsWith(dir.resolve("thumbs")));
        BufferedImage t = read(thumb);
        assertEquals(128, t.getWidth());
        assertEquals(64, t.getHeight());
        // left half red, right half blue, after scaling
        Color left = new Color(t.getRGB(10, 32));
        Color right = new Color(t.getRGB(118, 32));
        assertTrue(left.getRed() > 200 && left.getBlue() < 60, left.toString());
        assertTrue(right.getBlue() > 200 && right.getRed() < 60, right.toString());
        assertEquals(1, cache.count());
        assertEquals(Files.size(thumb), cache.bytesOnDisk());
    }

    @Test
    void keepsTransparencyInAPngAndNeverUpscales() throws IOException {
        Path img = image("small.png", 40, 80, true);
        ThumbnailCache cache = new ThumbnailCache(dir.resolve("thumbs"), 128, 1 << 20);
        Path thumb = cache.thumbnail(img, Files.size(img), 1);
        assertTrue(thumb.getFileName().toString().endsWith(".png"));
        BufferedImage t = read(thumb);
        assertEquals(40, t.getWidth());
        assertEquals(80, t.getHeight());
        assertTrue(t.getColorModel().hasAlpha());
        assertEquals(128, (t.getRGB(5, 5) >>> 24) & 0xff, 2);
    }

    @Test
    void reusesACachedThumbnailUntilTheImageChanges() throws IOException {
        Path img = dir.resolve("a.png");
        Files.write(img, TinyImages.png(512, 512));
        long size = Files.size(img);
        ThumbnailCache cache = new ThumbnailCache(dir.resolve("thumbs"), 64, 1 << 20);
        assertNull(cache.cached(img, size, 5));
        Path first = cache.thumbnail(img, size, 5);
        Files.delete(img); // a cache hit must not read the image
        assertEquals(first, cache.thumbnail(img, size, 5));
        assertEquals(first, cache.cached(img, size, 5));
        assertNull(cache.cached(img, size, 6), "another modification time is another version");
        Files.write(img, TinyImages.png(512, 256));
        Path second = cache.thumbnail(img, Files.size(img), 6);
        assertNotEquals(first, second);
        assertEquals(32, read(second).getHeight());
        // a new cache over the same folder finds both thumbnails
        ThumbnailCache again = new ThumbnailCache(dir.resolve("thumbs"), 64, 1 << 20);
        assertEquals(2, again.count());
        assertEquals(Files.size(first) + Files.size(second), again.bytesOnDisk());
    }

    @Test
    void evictsTheLeastRecentlyUsedThumbnailsWhenOverItsBound() throws IOException {
        ThumbnailCache cache = new ThumbnailCache(dir.resolve("thumbs"), 64, Long.MAX_VALUE);
        Path[] images = new Path[6];
        Path[] thumbs = new Path[6];
        for (int i = 0; i < images.length; i++) {
            images[i] = image("i" + i + ".png", 300, 200 + i * 10, false);
            thumbs[i] = cache.thumbnail(images[i], Files.size(images[i]), i);
        }
        cache.cached(images[0], Files.size(images[0]), 0); // used again: now the most recent
        long all = cache.bytesOnDisk();
        long oneLess = all - Files.size(thumbs[1]) / 2; // forces at least one eviction
        cache.setMaxBytes(oneLess);
        assertTrue(cache.bytesOnDisk() <= oneLess - oneLess / 10, cache.bytesOnDisk() + " > " + oneLess);
        assertFalse(Files.exists(thumbs[1]), "the least recently used one goes first");
        assertTrue(Files.exists(thumbs[0]), "a thumbnail used again stays");
        assertTrue(Files.exists(thumbs[5]), "the newest stays");
        long left = 0;
        for (Path t : thumbs) {
            left += Files.exists(t) ? Files.size(t) : 0;
        }
        assertEquals(left, cache.bytesOnDisk());
    }

    @Test
    void reportsAnImageItCannotDecodeByName() throws IOException {
        Path webp = dir.resolve("x.webp");
        Files.write(webp, TinyImages.webpLossless(100, 100));
        Path broken = dir.resolve("broken.png");
        Files.write(broken, new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 });
        ThumbnailCache cache = new ThumbnailCache(dir.resolve("thumbs"), 64, 1 << 20);
        IOException e1 = assertThrows(IOException.class, () -> cache.thumbnail(webp, 46, 1));
        assertTrue(e1.getMessage().contains("x.webp"), e1.getMessage());
        IOException e2 = assertThrows(IOException.class, () -> cache.thumbnail(broken, 7, 1));
        assertTrue(e2.getMessage().contains("broken.png"), e2.getMessage());
        assertEquals(0, cache.count());
    }
}
