package io.tagwright.trainer.data;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A dataset after scanning: its registered images in sd-scripts' order, the subsets that had
 * images (with their image counts), counts and the tag frequency per folder, and warnings.
 *
 * @param numTrainImages Σ repeats × images over training subsets (sd-scripts' num_train_images)
 * @param numRegImages Σ repeats × images over regularization subsets, before balancing
 */
public record ScannedDataset(DatasetSpec spec, List<ImageInfo> images, List<SubsetSpec> subsets,
        Map<SubsetSpec, Integer> imageCounts, int numTrainImages, int numRegImages,
        Map<String, Map<String, Integer>> tagFrequency, List<String> warnings) {

    public ScannedDataset {
        images = Collections.unmodifiableList(images);
        subsets = List.copyOf(subsets);
        warnings = List.copyOf(warnings);
    }

    public int imageCount(SubsetSpec s) {
        return imageCounts.getOrDefault(s, 0);
    }
}
