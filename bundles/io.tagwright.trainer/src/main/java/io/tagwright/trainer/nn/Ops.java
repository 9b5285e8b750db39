package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;

/**
 * The tensor operations the SD1.5 networks need, with two implementations: {@link ComposedOps} (plain
 * DJL calls) and {@link FusedOps} (PyTorch's fused kernels reached through a TorchScript module for the
 * ops DJL does not expose). Both are differentiable and give the same numbers to float32 rounding.
 */
public interface Ops {

    /** A short name for logs and benchmarks ("fused" or "composed"). */
    String name();

    /** y = x Wᵀ + b over the last dimension; {@code b} may be null. */
    NDArray linear(NDArray x, NDArray weight, NDArray bias);

    /** 2-D convolution, NCHW, square kernel; {@code bias} may be null. */
    NDArray conv2d(NDArray x, NDArray weight, NDArray bias, int stride, int padding);

    /** GroupNorm over (N, C, ...) with per-channel affine. */
    NDArray groupNorm(NDArray x, int groups, NDArray weight, NDArray bias, double eps);

    /** LayerNorm over the last dimension. */
    NDArray layerNorm(NDArray x, NDArray weight, NDArray bias, double eps);

    NDArray silu(NDArray x);

    /** Exact (erf) GELU, as torch's default. */
    NDArray gelu(NDArray x);

    /** CLIP's x·sigmoid(1.702·x). */
    NDArray quickGelu(NDArray x);

    /**
     * softmax(q kᵀ / √d) v for q (B, H, Lq, D), k and v (B, H, Lk, D); with {@code causal} each query
     * position attends only to keys at or before it (CLIP's mask).
     */
    NDArray attention(NDArray q, NDArray k, NDArray v, boolean causal);

    /** Nearest-neighbour resize of an NCHW tensor to (h, w). */
    NDArray upsampleNearest(NDArray x, long h, long w);
}
