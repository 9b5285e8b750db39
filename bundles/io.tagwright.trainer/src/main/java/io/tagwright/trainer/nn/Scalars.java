package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * 0-dim tensors for arithmetic with constants.
 *
 * <p>DJL's {@code mul(Number)}, {@code add(Number)}, ... wrap the constant in a tensor that merely
 * points at a Java direct buffer ({@code from_blob}) and close it right after the op. When autograd
 * saved that tensor for the backward pass (x·c saves c), the buffer can be garbage-collected before
 * backward reads it, which gives random gradients (we saw NaNs). Tensors made here are allocated by
 * libtorch ({@code torch::full}) and reference-counted, so a saved copy stays valid whatever happens
 * to the Java handle. All model, LoRA, loss and optimizer code uses these instead of the Number
 * overloads.
 */
public final class Scalars {

    private Scalars() {
    }

    /** A 0-dim tensor of {@code like}'s dtype and device holding {@code value}. */
    public static NDArray of(NDArray like, double value) {
        return like.getManager().full(new Shape(), (float) value, like.getDataType());
    }

    public static NDArray mul(NDArray x, double value) {
        return x.mul(of(x, value));
    }

    public static NDArray div(NDArray x, double value) {
        return x.div(of(x, value));
    }

    public static NDArray add(NDArray x, double value) {
        return x.add(of(x, value));
    }
}
