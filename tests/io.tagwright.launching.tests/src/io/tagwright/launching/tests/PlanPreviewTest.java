package io.tagwright.launching.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tagwright.launching.PlanPreview;
import io.tagwright.launching.TrainingDefaults;
import io.tagwright.model.Dataset;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ModelFactory;
import io.tagwright.model.Subset;
import io.tagwright.model.SubsetKind;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.plan.BucketManager.Reso;

class PlanPreviewTest {

    @Test
    void theSeedsRecipeReads3360Steps() {
        Dataset d = dataset();
        Subset s = subset(d, "10_name", 10, SubsetKind.TRAIN);
        for (int i = 0; i < 42; i++) {
            image(s, i % 3 == 0 ? 768 : 896, i % 3 == 0 ? 1024 : 896);
        }
        PlanPreview p = PlanPreview.of(d, TrainingDefaults.recipe("name", ".txt"));
        assertEquals(420, p.trainImagesWithRepeats());
        assertEquals(420, p.batchesPerEpoch());
        assertEquals(8, p.epochs());
        assertEquals(3360, p.totalSteps());
        // 896x896 lands in 768x768 (area <= 768²); 768x1024 in the 640x832 family of buckets
        assertEquals(280L, p.buckets().get(new Reso(768, 768)));
        assertEquals(2, p.buckets().size());
    }

    @Test
    void batchesAreCountedPerBucketAndRegularisationIsBalanced() {
        Dataset d = dataset();
        Subset s = subset(d, "3_x", 3, SubsetKind.TRAIN);
        for (int i = 0; i < 5; i++) {
            image(s, 768, 768);
        }
        image(s, 640, 896);
        Subset reg = subset(d, "1_woman", 1, SubsetKind.REGULARIZATION);
        for (int i = 0; i < 4; i++) {
            image(reg, 768, 768);
        }
        Subset ignored = subset(d, "notes", 0, SubsetKind.TRAIN);
        image(ignored, 768, 768);
        RunConfig c = TrainingDefaults.recipe("x", ".txt");
        c.set("train_batch_size", 2L);
        c.set("max_train_epochs", 2L);
        PlanPreview p = PlanPreview.of(d, c);
        assertEquals(18, p.trainImagesWithRepeats());
        // train: 15 in 768x768 and 3 in 640x896; reg balanced to 18 more (4 images: 1 repeat, then +1 each round)
        Map<Reso, Long> b = p.buckets();
        assertEquals(15L + 18L, b.get(new Reso(768, 768)));
        assertEquals(3L, b.get(new Reso(640, 896)));
        assertEquals(17 + 2, p.batchesPerEpoch());
        assertEquals(38, p.totalSteps());
        assertEquals(2, p.subsets().size(), "folders kohya ignores are not counted");
    }

    private static Dataset dataset() {
        return ModelFactory.eINSTANCE.createDataset();
    }

    private static Subset subset(Dataset d, String folder, int repeats, SubsetKind kind) {
        Subset s = ModelFactory.eINSTANCE.createSubset();
        s.setFolder(folder);
        s.setRepeats(repeats);
        s.setKind(kind);
        d.getSubsets().add(s);
        return s;
    }

    private static void image(Subset s, int w, int h) {
        ImageEntry e = ModelFactory.eINSTANCE.createImageEntry();
        e.setPath("i" + s.getImages().size() + ".png");
        e.setWidth(w);
        e.setHeight(h);
        s.getImages().add(e);
    }
}
