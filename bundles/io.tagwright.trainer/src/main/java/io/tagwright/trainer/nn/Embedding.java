package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.SparseFormat;

/** {@code torch.nn.Embedding}: a [num, dim] table looked up by int64 ids. */
public final class Embedding {

    private final Parameter weight;

    public Embedding(Prefix prefix, int num, int dim) {
        this.weight = prefix.parameter("weight", num, dim);
    }

    public NDArray forward(NDArray ids) {
        NDArray table = weight.get();
        return table.getNDArrayInternal().embedding(ids, table, SparseFormat.DENSE).singletonOrThrow();
    }

    public NDArray weight() {
        return weight.get();
    }
}
