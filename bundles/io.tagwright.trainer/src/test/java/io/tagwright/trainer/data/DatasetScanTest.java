package io.tagwright.trainer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.protocol.config.RunConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetScanTest {

    @Test
    void folderNamesGiveRepeatsAndClassTokens() {
        assertEquals(10, DatasetBlueprint.repeatsOf("10_ohwx woman"));
        assertEquals("ohwx woman", DatasetBlueprint.classTokensOf("10_ohwx woman"));
        assertEquals("a_b", DatasetBlueprint.classTokensOf("3_a_b"));
        assertEquals(-1, DatasetBlueprint.repeatsOf("images"));
        assertEquals(-1, DatasetBlueprint.repeatsOf("x10_a"));
        assertEquals(0, DatasetBlueprint.repeatsOf("0_a"));
        assertEquals("", DatasetBlueprint.classTokensOf("5"));
    }

    @Test
    void scansFoldersCaptionsAndFormats(@TempDir Path dir) throws IOException {
        DatasetFixture f = new DatasetFixture(dir);
        f.image("img/10_ohwx woman/a photo.png", 64, 48, "png");
        f.caption("img/10_ohwx woman/a photo.txt", "\uFEFFOhwx Woman, Smile,  , braided hair\nsecond line ignored\n");
        f.image("img/10_ohwx woman/b.JPG", 40, 40, "jpg");
        f.caption("img/10_ohwx woman/b.txt", "ohwx woman, smile\r\n");
        f.image("img/10_ohwx woman/c.bmp", 32, 32, "bmp");
        // c has no caption: class tokens
        try (InputStream webp = getClass().getResourceAsStream("grad_lossless.webp")) {
            Files.copy(webp, dir.resolve("img/10_ohwx woman/d.WEBP"));
        }
        f.caption("img/10_ohwx woman/d.txt", "gradient");
        f.image("img/10_ohwx woman/notes/e.png", 32, 32, "png"); // sub-folders are not scanned
        Files.writeString(dir.resolve("img/10_ohwx woman/readme.md"), "not an image");
        Files.createDirectories(dir.resolve("img/extras"));
        RunConfig c = f.config("");
        DatasetBlueprint.Resolved bp = DatasetBlueprint.resolve(c);
        assertTrue(bp.warnings().stream().anyMatch(w -> w.contains("extras") && w.contains("repeat count")), bp.warnings().toString());
        ScannedDataset ds = DatasetScanner.scan(bp.datasets().get(0));
        List<String> names = ds.images().stream().map(i -> i.path().getFileName().toString()).toList();
        assertEquals(List.of("a photo.png", "b.JPG", "c.bmp", "d.WEBP"), names);
        assertEquals("Ohwx Woman, Smile,  , braided hair", ds.images().get(0).caption());
        assertEquals(64, ds.images().get(0).width());
        assertEquals(48, ds.images().get(0).height());
        assertEquals("ohwx woman", ds.images().get(2).caption());
        assertTrue(ds.images().get(2).captionMissing());
        assertEquals(24, ds.images().get(3).width());
        assertEquals(40, ds.numTrainImages());
        assertTrue(ds.warnings().stream().anyMatch(w -> w.contains("c.txt") && w.contains("class tokens")), ds.warnings().toString());
        Map<String, Integer> freq = ds.tagFrequency().get("10_ohwx woman");
        assertEquals(Map.of("ohwx woman", 3, "smile", 2, "braided hair", 1, "gradient", 1), freq);
    }

    @Test
    void captionExtensionDefaultIsDotCaption(@TempDir Path dir) {
        DatasetFixture f = new DatasetFixture(dir);
        f.image("img/1_cat/a.png", 32, 32, "png");
        f.caption("img/1_cat/a.txt", "ignored by default");
        RunConfig c = f.config("");
        c.set("caption_extension", null);
        ScannedDataset ds = DatasetScanner.scan(DatasetBlueprint.resolve(c).datasets().get(0));
        assertEquals("cat", ds.images().get(0).caption());
        assertTrue(ds.warnings().stream().anyMatch(w -> w.contains(".caption")), ds.warnings().toString());
    }

    @Test
    void faceCropNamesFallBackToTheBaseCaption(@TempDir Path dir) {
        DatasetFixture f = new DatasetFixture(dir);
        Path img = f.image("img/1_x/photo_0_1_2_3.png", 16, 16, "png");
        f.caption("img/1_x/photo.txt", "from base");
        assertEquals("from base", Captions.read(img, ".txt"));
        assertNull(Captions.read(f.image("img/1_x/other.png", 16, 16, "png"), ".txt"));
    }

    @Test
    void badCaptionsAndImagesNameTheFile(@TempDir Path dir) throws IOException {
        DatasetFixture f = new DatasetFixture(dir);
        Path img = f.image("img/1_x/a.png", 16, 16, "png");
        Path cap = dir.resolve("img/1_x/a.txt");
        Files.write(cap, new byte[] {'o', 'k', (byte) 0xFF, (byte) 0xFE});
        DatasetException e = assertThrows(DatasetException.class, () -> Captions.read(img, ".txt"));
        assertTrue(e.getMessage().contains("a.txt") && e.getMessage().contains("UTF-8"), e.getMessage());
        Files.write(cap, new byte[0]);
        e = assertThrows(DatasetException.class, () -> Captions.read(img, ".txt"));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        Files.writeString(cap, "\n");
        assertEquals("", Captions.read(img, ".txt"));
        Path broken = dir.resolve("img/1_x/broken.png");
        Files.write(broken, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        e = assertThrows(DatasetException.class, () -> ImageHeaders.size(broken));
        assertTrue(e.getMessage().contains("broken.png"), e.getMessage());
        Path text = dir.resolve("img/1_x/fake.jpg");
        Files.writeString(text, "hello");
        e = assertThrows(DatasetException.class, () -> DatasetScanner.scan(DatasetBlueprint.resolve(f.config("")).datasets().get(0)));
        assertTrue(e.getMessage().contains("fake.jpg") || e.getMessage().contains("broken.png"), e.getMessage());
    }

    @Test
    void regularizationImagesAreRepeatedToMatch(@TempDir Path dir) {
        DatasetFixture f = new DatasetFixture(dir);
        f.images("img/10_ohwx", 5, 32, 32);
        f.images("reg/1_woman", 3, 32, 32);
        RunConfig c = f.config("reg_data_dir = \"reg\"\nprior_loss_weight = 0.5\n");
        ScannedDataset ds = DatasetScanner.scan(DatasetBlueprint.resolve(c).datasets().get(0));
        assertEquals(50, ds.numTrainImages());
        assertEquals(3, ds.numRegImages());
        List<Integer> regRepeats = ds.images().stream().filter(ImageInfo::isReg).map(ImageInfo::numRepeats).toList();
        assertEquals(List.of(17, 17, 16), regRepeats);
        assertEquals(100, BucketPlan.build(ds).batchesPerEpoch());

        DatasetFixture g = new DatasetFixture(dir.resolve("g"));
        g.images("img/2_ohwx", 2, 32, 32);
        g.images("reg/1_woman", 6, 32, 32);
        ScannedDataset gs = DatasetScanner.scan(DatasetBlueprint.resolve(g.config("reg_data_dir = \"reg\"\n")).datasets().get(0));
        assertEquals(4, gs.images().stream().filter(ImageInfo::isReg).count());
        assertTrue(gs.warnings().stream().anyMatch(w -> w.contains("2 of 6")), gs.warnings().toString());
    }

    @Test
    void datasetTomlSubsetsFallBackThroughTheLevels(@TempDir Path dir) throws IOException {
        DatasetFixture f = new DatasetFixture(dir);
        f.images("data/a", 2, 32, 32);
        f.images("data/b", 1, 32, 32);
        Files.writeString(dir.resolve("dataset.toml"), """
                [general]
                caption_extension = ".txt"
                shuffle_caption = true
                keep_tokens = 1

                [[datasets]]
                resolution = [512, 384]
                batch_size = 2
                enable_bucket = true
                max_bucket_reso = 768

                  [[datasets.subsets]]
                  image_dir = "data/a"
                  num_repeats = 4
                  class_tokens = "ohwx"
                  keep_tokens = 2

                  [[datasets.subsets]]
                  image_dir = "data/b"
                  is_reg = true
                  flip_aug = true
                """);
        RunConfig c = f.config("dataset_config = \"dataset.toml\"\nflip_aug = false\n");
        DatasetBlueprint.Resolved bp = DatasetBlueprint.resolve(c);
        assertTrue(bp.fromDatasetConfig());
        DatasetSpec d = bp.datasets().get(0);
        assertEquals(512, d.width());
        assertEquals(384, d.height());
        assertEquals(2, d.batchSize());
        assertEquals(768, d.maxBucketReso());
        assertEquals(256, d.minBucketReso());
        SubsetSpec a = d.subsets().get(0);
        SubsetSpec b = d.subsets().get(1);
        assertEquals(4, a.numRepeats());
        assertEquals(2, a.keepTokens());
        assertEquals(1, b.keepTokens());
        assertEquals(1, b.numRepeats());
        assertTrue(a.shuffleCaption() && b.shuffleCaption());
        assertTrue(!a.flipAug() && b.flipAug());
        assertTrue(b.isReg());
        assertNull(b.classTokens());
        TrainingPlan plan = TrainingPlan.build(c);
        assertEquals(8, plan.numTrainImages());
        Files.writeString(dir.resolve("dataset.toml"), "[[datasets]]\nresolution = 512\n[[datasets.subsets]]\nimage_dir = \"nope\"\n");
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetBlueprint.resolve(c));
        assertTrue(e.getMessage().contains("dataset.toml") && e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void missingFoldersAreDatasetErrors(@TempDir Path dir) {
        DatasetFixture f = new DatasetFixture(dir);
        assertThrows(DatasetException.class, () -> DatasetBlueprint.resolve(f.config("")));
        f.image("img/no_repeats/a.png", 8, 8, "png");
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetBlueprint.resolve(f.config("")));
        assertTrue(e.getMessage().contains("10_name"), e.getMessage());
    }
}
