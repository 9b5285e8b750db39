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

    @Override
    public NDArray attention(NDArray q, NDArray k, NDArray v, boolean causal) {
        return script.scaledDotProductAttention(q, k, v, causal);
    }
}
