package io.tagwright.trainer.data;

import java.nio.file.Path;
import java.util.List;

/**
 * One training batch: all images share the bucket size. {@code pixels} holds {@code size()} images
 * as CHW float32 in [-1, 1] (image i starts at {@code i * 3 * height * width}); {@code captions}
 * are processed (shuffled, dropped out) but not tokenized; {@code lossWeights} is
 * {@code prior_loss_weight} for regularization images and 1 otherwise, as sd-scripts sets it.
 *
 * @param epoch 1-based
 * @param index the batch's position in its epoch, from 0
 */
public record Batch(int epoch, int index, int width, int height, float[] pixels, List<String> captions,
        List<Path> images, boolean[] regularization, float[] lossWeights, boolean[] flipped) {

    public int size() {
        return images.size();
    }

    /** The shape of {@link #pixels()}: {N, 3, H, W}. */
    public long[] shape() {
        return new long[] {size(), 3, height, width};
    }
}
