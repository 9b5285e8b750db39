package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;

/** {@code torch.nn.LayerNorm} over the last dimension with affine weight and bias. */
public final class LayerNorm {

    private final Prefix prefix;
    private final double eps;
    private final Parameter weight;
    private final Parameter bias;

    public LayerNorm(Prefix prefix, int dim, double eps) {
        this.prefix = prefix;
        this.eps = eps;
        this.weight = prefix.parameter("weight", dim);
        this.bias = prefix.parameter("bias", dim);
    }

    public NDArray forward(NDArray x) {
        return prefix.ops().layerNorm(x, weight.get(), bias.get(), eps);
    }
}
