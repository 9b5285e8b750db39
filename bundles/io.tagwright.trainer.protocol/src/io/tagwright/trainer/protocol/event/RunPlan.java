package io.tagwright.trainer.protocol.event;

import java.util.List;

/**
 * What a run will do, as sd-scripts computes it: the subsets, the buckets with their image counts,
 * batches per epoch and total optimizer steps, plus a rough memory estimate (negative when unknown).
 */
public record RunPlan(List<Subset> subsets, List<Bucket> buckets, int batchSize, int gradientAccumulationSteps,
        int epochs, long batchesPerEpoch, long totalSteps, long memoryEstimateBytes, List<String> warnings) {

    public RunPlan {
        subsets = List.copyOf(subsets);
        buckets = List.copyOf(buckets);
        warnings = List.copyOf(warnings);
    }

    /** One image folder: {@code name} is the folder name (e.g. {@code 10_ohwx woman}). */
    public record Subset(String directory, String name, int repeats, int images, boolean regularization) {
    }

    /** One bucket resolution and the images (times repeats) assigned to it. */
    public record Bucket(int width, int height, int images, long imagesWithRepeats) {
    }
}
