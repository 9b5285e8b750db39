package io.tagwright.trainer.optim;

import ai.djl.ndarray.NDArray;

/** A parameter whose gradient the test sets by hand. */
final class FixedGradient implements Trainable {
    private final String name;
    private final NDArray value;
    NDArray grad;

    FixedGradient(String name, NDArray value) {
        this.name = name;
        this.value = value;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public NDArray value() {
        return value;
    }

    @Override
    public NDArray gradient() {
        return grad;
    }
}
