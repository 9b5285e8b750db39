package io.tagwright.launching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tagwright.model.Dataset;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.Subset;
import io.tagwright.model.SubsetKind;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.plan.BucketManager;
import io.tagwright.trainer.protocol.plan.BucketManager.Reso;
import io.tagwright.trainer.protocol.plan.StepMath;

/**
 * What a training configuration will do with a dataset, computed instantly from the image facts the project
 * file caches, with the trainer's own bucketing and step arithmetic: images × repeats per subset, buckets,
 * batches per epoch, total steps. Regularisation images are repeated to match the training images as
 * sd-scripts does. The trainer's plan at launch is the authority; this is the live summary.
 */
public record PlanPreview(List<SubsetLine> subsets, Map<Reso, Long> buckets, long trainImagesWithRepeats,
        long batchesPerEpoch, int epochs, long totalSteps, List<String> problems) {

    /** One subset: its folder, repeats, images (excluded ones left out) and images × repeats. */
    public record SubsetLine(String folder, int repeats, int images, long imagesWithRepeats, boolean regularization) {
    }

    public static PlanPreview of(Dataset dataset, RunConfig config) {
        List<String> problems = new ArrayList<>();
        int[] res;
        try {
            res = config.resolution();
        } catch (RuntimeException e) {
            res = null;
        }
        if (res == null) {
            problems.add("resolution is not set");
            res = new int[] { 512, 512 };
        }
        BucketManager buckets;
        try {
            buckets = config.bool("enable_bucket")
                    ? BucketManager.forBuckets(config.bool("bucket_no_upscale"), res[0], res[1],
                            (int) config.integer("min_bucket_reso", 256), (int) config.integer("max_bucket_reso", 1024),
                            (int) config.integer("bucket_reso_steps", 64))
                    : BucketManager.fixed(res[0], res[1]);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            buckets = BucketManager.fixed(res[0], res[1]);
        }
        Map<Reso, Long> perBucket = new LinkedHashMap<>();
        List<SubsetLine> lines = new ArrayList<>();
        List<long[]> regImages = new ArrayList<>(); // {repeats, bucket index}
        List<Reso> regBuckets = new ArrayList<>();
        long trainTotal = 0;
        for (Subset s : dataset.getSubsets()) {
            if (s.getRepeats() <= 0) {
                continue; // kohya ignores folders without N_
            }
            boolean reg = s.getKind() == SubsetKind.REGULARIZATION;
            int count = 0;
            for (ImageEntry e : s.getImages()) {
                if (e.isExcluded() || e.getWidth() <= 0 || e.getHeight() <= 0) {
                    continue;
                }
                Reso bucket;
                try {
                    bucket = buckets.select(e.getWidth(), e.getHeight()).bucket();
                } catch (IllegalArgumentException x) {
                    problems.add(e.getPath() + ": " + x.getMessage());
                    continue;
                }
                count++;
                if (reg) {
                    regImages.add(new long[] { s.getRepeats(), regBuckets.size() });
                    regBuckets.add(bucket);
                } else {
                    perBucket.merge(bucket, (long) s.getRepeats(), Long::sum);
                    trainTotal += s.getRepeats();
                }
            }
            lines.add(new SubsetLine(s.getFolder(), s.getRepeats(), count, (long) count * s.getRepeats(), reg));
        }
        balanceRegularisation(regImages, regBuckets, trainTotal, perBucket);
        int batch = (int) Math.max(1, config.integer("train_batch_size", 1));
        int accumulation = (int) Math.max(1, config.integer("gradient_accumulation_steps", 1));
        long batches = StepMath.batchesPerEpoch(perBucket.values(), batch);
        int epochs = (int) config.integer("max_train_epochs", 0);
        long total;
        if (epochs > 0) {
            total = StepMath.totalSteps(epochs, batches, accumulation);
        } else {
            total = config.integer("max_train_steps", 1600);
            epochs = batches == 0 ? 0 : StepMath.epochsFor(total, batches, accumulation);
        }
        return new PlanPreview(lines, perBucket, trainTotal, batches, epochs, total, problems);
    }

    /**
     * sd-scripts repeats regularisation images until there are as many as training images (with repeats):
     * the first pass registers each with its folder's repeats, later passes add one repeat at a time.
     */
    private static void balanceRegularisation(List<long[]> reg, List<Reso> regBuckets, long trainTotal, Map<Reso, Long> perBucket) {
        if (reg.isEmpty() || trainTotal == 0) {
            return;
        }
        long[] repeats = new long[reg.size()];
        long n = 0;
        boolean first = true;
        outer:
        while (n < trainTotal) {
            for (int i = 0; i < reg.size(); i++) {
                if (first) {
                    repeats[i] = reg.get(i)[0];
                    n += repeats[i];
                } else {
                    repeats[i]++;
                    n++;
                }
                if (n >= trainTotal) {
                    break outer;
                }
            }
            first = false;
        }
        for (int i = 0; i < reg.size(); i++) {
            if (repeats[i] > 0) {
                perBucket.merge(regBuckets.get((int) reg.get(i)[1]), repeats[i], Long::sum);
            }
        }
    }
}
