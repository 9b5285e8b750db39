package io.tagwright.trainer.optim;

import ai.djl.ndarray.NDArray;

/** A parameter an optimizer updates in place. */
public interface Trainable {

    /** A stable name, used as the key of the optimizer state. */
    String name();

    /** The value (float32, requires gradient). */
    NDArray value();

    /**
     * The accumulated gradient, or null when the parameter took no part in the last forward pass
     * (PyTorch's {@code grad is None}); such parameters are skipped by clipping and optimizers.
     */
    NDArray gradient();
}
