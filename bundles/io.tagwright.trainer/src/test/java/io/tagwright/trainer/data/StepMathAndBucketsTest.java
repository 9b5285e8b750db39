package io.tagwright.trainer.data;

import io.tagwright.trainer.protocol.plan.BucketManager;
import io.tagwright.trainer.protocol.plan.StepMath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.protocol.plan.BucketManager.Reso;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.event.RunPlan;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepMathAndBucketsTest {

    @Test
    void theSeedsExample(@TempDir Path dir) {
        DatasetFixture f = new DatasetFixture(dir);
        f.images("img/10_ohwx woman", 42, 64, 64);
        TrainingPlan plan = TrainingPlan.build(f.config(""));
        assertEquals(420, plan.batchesPerEpoch());
        assertEquals(8, plan.epochs());
        assertEquals(3360, plan.totalSteps());
        assertEquals(420, plan.numTrainImages());
        RunPlan rp = plan.toRunPlan();
        assertEquals(1, rp.subsets().size());
        assertEquals(new RunPlan.Subset(dir.resolve("img/10_ohwx woman").toString(), "10_ohwx woman", 10, 42, false),
                rp.subsets().get(0));
        assertEquals(List.of(new RunPlan.Bucket(512, 512, 42, 420)), rp.buckets());
        assertTrue(rp.memoryEstimateBytes() > 1_000_000_000L);
    }

    @Test
    void batchesAreCountedPerBucketAndAccumulationRoundsUp(@TempDir Path dir) {
        DatasetFixture f = new DatasetFixture(dir);
        f.images("img/3_a", 5, 64, 64);    // square: 15 entries
        f.images("img/2_b", 3, 60, 90);    // tall:   6 entries
        RunConfig c = f.config("enable_bucket = true\ntrain_batch_size = 4\ngradient_accumulation_steps = 3\n");
        TrainingPlan plan = TrainingPlan.build(c);
        // ceil(15/4) + ceil(6/4) = 4 + 2 batches; ceil(6/3) = 2 updates per epoch
        assertEquals(6, plan.batchesPerEpoch());
        assertEquals(2, plan.updateStepsPerEpoch());
        assertEquals(16, plan.totalSteps());
        // the GUI's estimate ignores buckets: ceil(21/4) = 6 here too, but not in general
        assertEquals(List.of(new Reso(384, 640), new Reso(512, 512)),
                plan.datasets().get(0).buckets().stream().map(BucketPlan.Bucket::reso).toList());
    }

    @Test
    void maxTrainStepsGivesEpochs(@TempDir Path dir) {
        DatasetFixture f = new DatasetFixture(dir);
        f.images("img/10_a", 7, 64, 64);
        RunConfig c = f.config("max_train_steps = 100\n");
        c.set("max_train_epochs", null);
        TrainingPlan plan = TrainingPlan.build(c);
        assertEquals(70, plan.batchesPerEpoch());
        assertEquals(100, plan.totalSteps());
        assertEquals(2, plan.epochs());
        assertEquals(5, TrainingPlan.build(c.copy().set("lr_warmup_ratio", 0.05)).warmupSteps());
        assertEquals(StepMath.totalSteps(8, 420, 1), 3360);
        assertEquals(StepMath.batchesPerEpoch(List.of(420L, 7L), 4), 105 + 2);
    }

    @Test
    void bucketResolutionsAsSdScriptsMakesThem() {
        List<Reso> r512 = BucketManager.makeResolutions(512, 512, 256, 1024, 64);
        // checked against a Python transcription of sd-scripts' make_bucket_resolutions
        assertEquals(List.of(new Reso(256, 832), new Reso(256, 896), new Reso(256, 960), new Reso(256, 1024),
                new Reso(320, 704), new Reso(320, 768), new Reso(384, 640), new Reso(448, 576), new Reso(512, 512),
                new Reso(576, 448), new Reso(640, 384), new Reso(704, 320), new Reso(768, 320), new Reso(832, 256),
                new Reso(896, 256), new Reso(960, 256), new Reso(1024, 256)), r512);
        List<Reso> r768 = BucketManager.makeResolutions(768, 768, 256, 1024, 64);
        assertTrue(r768.containsAll(List.of(new Reso(640, 896), new Reso(704, 832), new Reso(768, 768), new Reso(896, 640))));
        for (Reso r : r768) {
            assertTrue(r.width() * r.height() <= 768 * 768, r.toString());
            assertEquals(0, r.width() % 64);
            assertEquals(0, r.height() % 64);
            assertTrue(r.width() >= 256 && r.height() <= 1024);
        }
    }

    @Test
    void selectionResizesToCoverTheNearestAspectBucket() {
        BucketManager m = BucketManager.forBuckets(false, 512, 512, 256, 1024, 64);
        BucketManager.Selection s = m.select(1000, 1500); // aspect 0.667: 384x640 (0.6) is nearer than 448x576 (0.778)
        assertEquals(new Reso(384, 640), s.bucket());
        assertEquals(new Reso(427, 640), s.resized()); // height matches, width covers
        BucketManager.Selection wide = m.select(1920, 1080);
        assertEquals(new Reso(640, 384), wide.bucket());
        assertEquals(new Reso(683, 384), wide.resized());
        BucketManager.Selection exact = m.select(512, 512);
        assertEquals(new Reso(512, 512), exact.resized());
        assertEquals(List.of(new Reso(384, 640), new Reso(512, 512), new Reso(640, 384)), m.usedResolutions());
    }

    @Test
    void noUpscaleKeepsSmallImagesAndShrinksLargeOnes() {
        BucketManager m = BucketManager.forBuckets(true, 512, 512, 256, 1024, 64);
        BucketManager.Selection small = m.select(300, 200);
        assertEquals(new Reso(256, 192), small.bucket());
        assertEquals(new Reso(300, 200), small.resized());
        BucketManager.Selection big = m.select(2000, 1000);
        assertTrue(big.bucket().width() * big.bucket().height() <= 512 * 512);
        assertTrue(big.resized().width() >= big.bucket().width() && big.resized().height() >= big.bucket().height());
        assertEquals(0, big.bucket().width() % 64);
        assertThrows(IllegalArgumentException.class, () -> m.select(40, 40));
        assertThrows(IllegalArgumentException.class, () -> BucketManager.forBuckets(false, 512, 512, 256, 384, 64));
    }

    @Test
    void withoutBucketingEveryImageCoversTheFixedSize() {
        BucketManager m = BucketManager.fixed(512, 512);
        BucketManager.Selection s = m.select(800, 600);
        assertEquals(new Reso(512, 512), s.bucket());
        assertEquals(new Reso(683, 512), s.resized());
    }
}
