package io.tagwright.trainer.data;

import java.util.List;

/**
 * One dataset (one bucket manager in sd-scripts): target resolution, batch size, bucket settings
 * and its subsets. A run config without {@code dataset_config} has exactly one.
 */
public record DatasetSpec(int width, int height, int batchSize, boolean enableBucket, int minBucketReso,
        int maxBucketReso, int bucketResoSteps, boolean bucketNoUpscale, List<SubsetSpec> subsets) {

    public DatasetSpec {
        subsets = List.copyOf(subsets);
    }
}
