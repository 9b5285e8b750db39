package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;

import java.util.function.Supplier;

/**
 * Runs a block of tensor code in its own {@link NDScope} and keeps only its result.
 *
 * <p>DJL attaches every intermediate to some manager and frees it only when that manager or a scope
 * closes. Closing a block's temporaries right after the block keeps memory close to PyTorch's: tensors
 * that autograd saved for the backward pass stay alive natively (the graph holds its own references),
 * only the Java handles go away.
 */
public final class Scopes {

    private Scopes() {
    }

    public static NDArray keep(Supplier<NDArray> block) {
        NDArray out;
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            out = block.get();
            NDScope.unregister(out);
        }
        NDScope.register(out);
        return out;
    }

    public static NDList keepAll(Supplier<NDList> block) {
        NDList out;
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            out = block.get();
            NDScope.unregister(out);
        }
        for (NDArray a : out) {
            NDScope.register(a);
        }
        return out;
    }
}
