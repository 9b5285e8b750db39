package io.tagwright.trainer.protocol.plan;

import java.util.Collection;

/** sd-scripts' step arithmetic. */
public final class StepMath {

    private StepMath() {
    }

    /** Σ over buckets of ceil(images with repeats in the bucket / batch size). */
    public static long batchesPerEpoch(Collection<Long> imagesWithRepeatsPerBucket, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        long n = 0;
        for (long count : imagesWithRepeatsPerBucket) {
            n += ceilDiv(count, batchSize);
        }
        return n;
    }

    /** Optimizer steps per epoch: ceil(batches / gradient accumulation steps). */
    public static long updateStepsPerEpoch(long batchesPerEpoch, int gradientAccumulationSteps) {
        return ceilDiv(batchesPerEpoch, gradientAccumulationSteps);
    }

    /** Total steps for {@code max_train_epochs}: epochs × ceil(batches / gradient accumulation). */
    public static long totalSteps(int epochs, long batchesPerEpoch, int gradientAccumulationSteps) {
        return epochs * updateStepsPerEpoch(batchesPerEpoch, gradientAccumulationSteps);
    }

    /** Epochs sd-scripts runs for a step budget: ceil(max_train_steps / update steps per epoch). */
    public static int epochsFor(long maxTrainSteps, long batchesPerEpoch, int gradientAccumulationSteps) {
        long perEpoch = updateStepsPerEpoch(batchesPerEpoch, gradientAccumulationSteps);
        return perEpoch == 0 ? 0 : (int) ceilDiv(maxTrainSteps, perEpoch);
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
