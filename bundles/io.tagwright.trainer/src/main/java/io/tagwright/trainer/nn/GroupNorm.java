package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;

/** {@code torch.nn.GroupNorm} with affine weight and bias [C]. */
public final class GroupNorm {

    private final Prefix prefix;
    private final int groups;
    private final double eps;
    private final Parameter weight;
    private final Parameter bias;

    public GroupNorm(Prefix prefix, int groups, int channels, double eps) {
        if (channels % groups != 0) {
            throw new IllegalArgumentException(prefix.path() + ": " + channels + " channels not divisible by "
                    + groups + " groups");
        }
        this.prefix = prefix;
        this.groups = groups;
        this.eps = eps;
        this.weight = prefix.parameter("weight", channels);
        this.bias = prefix.parameter("bias", channels);
    }

    public NDArray forward(NDArray x) {
        return prefix.ops().groupNorm(x, groups, weight.get(), bias.get(), eps);
    }
}
