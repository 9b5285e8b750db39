package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;

/**
 * Changes a layer's output, given its input; the hook through which a LoRA module adds
 * {@code up(down(x))·multiplier·scale} to a frozen Linear or Conv2d (kohya replaces the module's
 * forward the same way).
 */
@FunctionalInterface
public interface LayerAdapter {
    NDArray adapt(NDArray input, NDArray output);
}
