package io.tagwright.trainer.optim;

import ai.djl.ndarray.NDManager;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Updates parameters in place from their gradients. State (moments, step counts) is kept per parameter
 * name and can be saved to and restored from a safetensors file for resuming.
 */
public interface Optimizer extends AutoCloseable {

    /** kohya's optimizer_type spelling, e.g. "AdamW". */
    String name();

    /** One update of every parameter in the group that has a gradient, at learning rate {@code lr}. */
    void step(ParamGroup group, double lr);

    /**
     * The learning rate the optimizer actually applied to a parameter at its last step (Adafactor's
     * relative step differs from the group's), or NaN before its first step.
     */
    double appliedLr(Trainable param);

    /** Writes the state atomically. */
    void saveState(Path file) throws IOException;

    /** Replaces the state with a saved one; arrays go to {@code manager}. */
    void loadState(Path file, NDManager manager) throws IOException;

    /** Frees the state. */
    @Override
    void close();
}
