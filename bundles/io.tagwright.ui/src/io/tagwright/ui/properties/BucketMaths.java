package io.tagwright.ui.properties;

import io.tagwright.model.TrainingTarget;

/**
 * kohya's aspect-ratio bucketing, as the Properties view needs it: the bucket an image of this size lands in
 * for the dataset's training resolution and bucket settings. The trainer implements it; it reaches the
 * workbench once that code is in an OSGi bundle (see the Workbench notes in the README).
 */
public interface BucketMaths {

    /** The bucket resolution, e.g. {@code 640 × 896}. */
    String bucket(int width, int height, TrainingTarget settings);
}
