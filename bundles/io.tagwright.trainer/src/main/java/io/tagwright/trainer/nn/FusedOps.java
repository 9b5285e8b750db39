package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/** {@link ComposedOps} with attention, GroupNorm and SiLU replaced by PyTorch's fused kernels. */
public final class FusedOps extends ComposedOps {

    private final TorchScriptOps script;

    FusedOps(NDManager manager, TorchScriptOps script) {
        super(manager);
        this.script = script;
    }

    public TorchScriptOps script() {
        return script;
    }

    @Override
    public String name() {
        return "fused";
    }

    @Override
    public NDArray groupNorm(NDArray x, int groups, NDArray weight, NDArray bias, double eps) {
        return script.groupNorm(x, groups, weight, bias, eps);
    }

    @Override
    public NDArray silu(NDArray x) {
        return script.silu(x);
    }

    /**
     * Fused SDPA, except over a single key: there softmax is exactly 1 and the gradients into q and k
     * are exactly zero on PyTorch's math path, while the fused kernel's backward leaves rounding noise
     * (~1e-12). Optimizers that normalise per element (Adafactor) would blow that noise up to
     * full-size updates, so that case takes the composed path. (It happens in the UNet mid block for
     * latents of 8×8 or smaller, not at training resolutions.)
     */
    @Override
    public NDArray attention(NDArray q, NDArray k, NDArray v, boolean causal) {
        if (k.getShape().get(k.getShape().dimension() - 2) == 1) {
            return super.attention(q, k, v, causal);
        }
        return script.scaledDotProductAttention(q, k, v, causal);
    }
}
