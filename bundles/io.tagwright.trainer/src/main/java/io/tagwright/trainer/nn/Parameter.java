package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;

import java.util.Arrays;

/**
 * A named weight of a network. Created empty with its expected shape when the network is built; the
 * checkpoint loader fills it. Base-model parameters never require gradients.
 */
public final class Parameter {

    private final String name;
    private final long[] shape;
    private NDArray value;

    Parameter(String name, long[] shape) {
        this.name = name;
        this.shape = shape.clone();
    }

    public String name() {
        return name;
    }

    public long[] shape() {
        return shape.clone();
    }

    public boolean isLoaded() {
        return value != null;
    }

    /** The value; fails with the parameter's name if nothing was loaded. */
    public NDArray get() {
        if (value == null) {
            throw new IllegalStateException("parameter " + name + " has not been loaded");
        }
        return value;
    }

    /** Sets the value; its shape must be the expected one. Closes the previous value. */
    public void set(NDArray v) {
        if (!Arrays.equals(v.getShape().getShape(), shape)) {
            throw new IllegalArgumentException("parameter " + name + " expects shape " + Arrays.toString(shape)
                    + " but got " + v.getShape());
        }
        if (value != null && value != v) {
            value.close();
        }
        // weights outlive whatever step or block scope happened to be open while loading
        ai.djl.ndarray.NDScope.unregister(v);
        value = v;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
