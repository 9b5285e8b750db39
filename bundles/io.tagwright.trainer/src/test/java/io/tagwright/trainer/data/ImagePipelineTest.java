package io.tagwright.trainer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePipelineTest {

    @Test
    void webpDecodesLikeThePngOfTheSamePixels(@TempDir Path dir) throws Exception {
        for (String name : List.of("grad_lossless.webp", "grad.png", "grad_lossy.webp")) {
            try (InputStream in = getClass().getResourceAsStream(name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        RgbImage webp = ImageLoader.load(dir.resolve("grad_lossless.webp"));
        RgbImage png = ImageLoader.load(dir.resolve("grad.png"));
        assertEquals(24, webp.width());
        assertEquals(16, webp.height());
        assertArrayEquals(png.rgb(), webp.rgb());
        RgbImage lossy = ImageLoader.load(dir.resolve("grad_lossy.webp"));
        int maxDiff = 0;
        for (int i = 0; i < png.rgb().length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs((png.rgb()[i] & 0xFF) - (lossy.rgb()[i] & 0xFF)));
        }
        assertTrue(maxDiff < 40, "lossy webp differs by " + maxDiff);
        assertArrayEquals(new int[] {24, 16}, ImageHeaders.size(dir.resolve("grad_lossy.webp")));
    }

    @Test
    void areaResizeAveragesAndEnlargesSmoothly() {
        byte[] px = new byte[4 * 4 * 3];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                int v = (x < 2 ? 0 : 200) + (y < 2 ? 0 : 40);
                for (int c = 0; c < 3; c++) {
                    px[(y * 4 + x) * 3 + c] = (byte) v;
                }
            }
        }
        RgbImage img = new RgbImage(4, 4, px);
        RgbImage half = Resize.area(img, 2, 2);
        assertEquals(0, half.get(0, 0, 0));
        assertEquals(200, half.get(1, 0, 1));
        assertEquals(40, half.get(0, 1, 2));
        assertEquals(240, half.get(1, 1, 0));
        RgbImage third = Resize.area(new RgbImage(3, 1, new byte[] {0, 0, 0, 90, 90, 90, (byte) 180, (byte) 180, (byte) 180}), 2, 1);
        assertEquals(30, third.get(0, 0, 0)); // (0*1 + 90*0.5) / 1.5
        assertEquals(150, third.get(1, 0, 0)); // (90*0.5 + 180*1) / 1.5
        // enlarging with INTER_AREA: whole factors repeat pixels, fractional ones blend at the area edges
        RgbImage up = Resize.area(new RgbImage(2, 1, new byte[] {0, 0, 0, 100, 100, 100}), 4, 2);
        assertArrayEquals(new int[] {0, 0, 100, 100}, new int[] {up.get(0, 1, 0), up.get(1, 1, 0), up.get(2, 1, 0), up.get(3, 1, 0)});
        RgbImage up3 = Resize.area(new RgbImage(2, 1, new byte[] {0, 0, 0, 100, 100, 100}), 3, 1);
        assertArrayEquals(new int[] {0, 50, 100}, new int[] {up3.get(0, 0, 0), up3.get(1, 0, 0), up3.get(2, 0, 0)});
    }

    @Test
    void fitToBucketCentresTheCrop() {
        RgbImage img = new RgbImage(10, 4, new byte[10 * 4 * 3]);
        int[] crop = new int[2];
        RgbImage out = ImageLoader.fitToBucket(img, 10, 4, 6, 4, null, crop);
        assertEquals(6, out.width());
        assertArrayEquals(new int[] {2, 0}, crop);
        SplittableRandom rng = new SplittableRandom(1);
        Set<Integer> xs = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            ImageLoader.fitToBucket(img, 10, 4, 6, 4, rng, crop);
            xs.add(crop[0]);
        }
        assertEquals(Set.of(0, 1, 2, 3, 4), xs);
    }

    @Test
    void colorAugmentStaysCloseAndHsvRoundTrips() {
        for (int r = 0; r < 256; r += 17) {
            for (int g = 0; g < 256; g += 51) {
                for (int b = 0; b < 256; b += 85) {
                    int[] hsv = ColorAugment.bgrToHsv(b, g, r);
                    int[] back = ColorAugment.hsvToBgr(hsv[0], hsv[1], hsv[2]);
                    assertTrue(Math.abs(back[0] - b) <= 4 && Math.abs(back[1] - g) <= 4 && Math.abs(back[2] - r) <= 4,
                            r + "," + g + "," + b + " -> " + java.util.Arrays.toString(back));
                }
            }
        }
        assertArrayEquals(new int[] {0, 255, 255}, ColorAugment.bgrToHsv(0, 0, 255)); // pure red in BGR: hue 0
        assertArrayEquals(new int[] {60, 255, 255}, ColorAugment.bgrToHsv(0, 255, 0)); // green: 120 deg = 60
        RgbImage grey = new RgbImage(1, 1, new byte[] {100, 100, 100});
        assertArrayEquals(grey.rgb(), ColorAugment.hueShift(grey, 5).rgb()); // no saturation, no change
        assertEquals(Math.min(255, (int) Math.pow(100, 1.05)), ColorAugment.gamma(grey, 1.05).get(0, 0, 0));
    }

    @Test
    void captionProcessingFollowsSdScripts() {
        SubsetSpec plain = subset(false, 0, "", 0, 0, 0);
        assertEquals("a, b,c", CaptionProcessor.process("a, b,c", plain, 1, 0, 100, new SplittableRandom(1)));
        SubsetSpec keep = subset(true, 2, "", 0, 0, 0);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            String c = CaptionProcessor.process("ohwx, woman, smile, hat, outdoors", keep, 1, 0, 100, new SplittableRandom(i));
            assertTrue(c.startsWith("ohwx, woman, "), c);
            assertEquals(Set.of("ohwx", "woman", "smile", "hat", "outdoors"), Set.of(c.split(", ")));
            seen.add(c);
        }
        assertTrue(seen.size() > 3);
        assertEquals(CaptionProcessor.process("a, b, c, d", keep, 1, 0, 100, new SplittableRandom(7)),
                CaptionProcessor.process("a, b, c, d", keep, 1, 0, 100, new SplittableRandom(7)));
        SubsetSpec sep = subset(true, 0, "|||", 0, 0, 0);
        assertTrue(CaptionProcessor.process("ohwx, woman ||| x, y, z", sep, 1, 0, 100, new SplittableRandom(3)).startsWith("ohwx, woman, "));
        SubsetSpec everyTwo = subset(false, 0, "", 0, 2, 0);
        assertEquals("a", CaptionProcessor.process("a", everyTwo, 1, 0, 100, new SplittableRandom(1)));
        assertEquals("", CaptionProcessor.process("a", everyTwo, 2, 0, 100, new SplittableRandom(1)));
        SubsetSpec allDrop = subset(false, 1, "", 1.0, 0, 0);
        assertEquals("", CaptionProcessor.process("a, b", allDrop, 1, 0, 100, new SplittableRandom(1)));
        SubsetSpec tagDrop = subset(false, 1, "", 0, 0, 1.0);
        assertEquals("keep", CaptionProcessor.process("keep, x, y", tagDrop, 1, 0, 100, new SplittableRandom(1)));
        SubsetSpec fix = new SubsetSpec(Path.of("d"), 1, null, false, ".txt", false, 0, "", ",", false, false, false,
                "pre", "post", 0, 0, 0, 1, 0);
        assertEquals("pre a post", CaptionProcessor.process("a", fix, 1, 0, 100, new SplittableRandom(1)));
    }

    static SubsetSpec subset(boolean shuffle, int keep, String keepSep, double dropout, int everyN, double tagDrop) {
        return new SubsetSpec(Path.of("d"), 1, null, false, ".txt", shuffle, keep, keepSep, ",", false, false, false,
                null, null, dropout, everyN, tagDrop, 1, 0);
    }

    @Test
    void batchesAreDeterministicNormalizedAndCoverEveryEntry(@TempDir Path dir) {
        DatasetFixture f = new DatasetFixture(dir);
        f.images("img/3_a", 5, 64, 64);
        f.images("img/2_b", 3, 40, 60);
        TrainingPlan plan = TrainingPlan.build(f.config("enable_bucket = true\ntrain_batch_size = 2\nflip_aug = true\n"
                + "shuffle_caption = true\nkeep_tokens = 1\ncolor_aug = true\n").set("max_train_epochs", 2));
        List<Batch> one = all(plan, 42, 1);
        List<Batch> again = all(plan, 42, 1);
        assertEquals(plan.batchesPerEpoch(), one.size());
        assertEquals(8 + 3, one.size()); // ceil(15/2) + ceil(6/2)
        int entries = 0;
        boolean anyFlip = false;
        for (int i = 0; i < one.size(); i++) {
            Batch b = one.get(i);
            Batch c = again.get(i);
            assertEquals(b.images(), c.images());
            assertEquals(b.captions(), c.captions());
            assertArrayEquals(b.pixels(), c.pixels());
            assertEquals(b.size() * 3 * b.width() * b.height(), b.pixels().length);
            for (float v : b.pixels()) {
                assertTrue(v >= -1f && v <= 1f);
            }
            for (String cap : b.captions()) {
                assertTrue(cap.startsWith("Subject, "), cap);
            }
            for (boolean fl : b.flipped()) {
                anyFlip |= fl;
            }
            entries += b.size();
        }
        assertTrue(anyFlip);
        assertEquals(21, entries);
        List<Batch> epoch2 = all(plan, 42, 2);
        List<Batch> otherSeed = all(plan, 7, 1);
        assertNotEquals(one.stream().map(Batch::images).toList(), epoch2.stream().map(Batch::images).toList());
        assertNotEquals(one.stream().map(Batch::images).toList(), otherSeed.stream().map(Batch::images).toList());
        Batch tall = one.stream().filter(b -> b.width() == 384).findFirst().orElseThrow();
        assertEquals(640, tall.height());
        assertArrayEquals(new long[] {tall.size(), 3, 640, 384}, tall.shape());
    }

    @Test
    void centreCropWithoutAugmentationMatchesTheSourcePixels(@TempDir Path dir) {
        DatasetFixture f = new DatasetFixture(dir);
        f.images("img/1_a", 1, 512, 512);
        TrainingPlan plan = TrainingPlan.build(f.config("").set("max_train_epochs", 1));
        Batch b = all(plan, 1, 1).get(0);
        RgbImage src = ImageLoader.load(b.images().get(0));
        int plane = 512 * 512;
        // pixel (100, 7), channel 1: no resize, no crop, no flip
        float expected = ((src.get(100, 7, 1)) / 255.0f - 0.5f) / 0.5f;
        assertEquals(expected, b.pixels()[plane + 7 * 512 + 100]);
        assertFalse(b.flipped()[0]);
        assertEquals(1.0f, b.lossWeights()[0]);
        float[] cached = BatchSource.loadForLatentCache(plan.datasets().get(0).dataset().images().get(0), false);
        assertArrayEquals(b.pixels(), cached);
    }

    private static List<Batch> all(TrainingPlan plan, long seed, int epoch) {
        List<Batch> out = new ArrayList<>();
        try (BatchSource src = new BatchSource(plan, seed, 2)) {
            Iterator<Batch> it = src.epoch(epoch, 0);
            while (it.hasNext()) {
                out.add(it.next());
            }
        }
        return out;
    }
}
