package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

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
        return script.groupNorm(castLike(x, weight), groups, weight, bias, eps);
    }

    /** Differentiable casts through TorchScript; DJL reports bfloat16 as UNKNOWN. */
    @Override
    public NDArray castLike(NDArray x, NDArray like) {
        DataType want = like.getDataType();
        if (x.getDataType() == want) {
            return x;
        }
        return switch (want) {
            case FLOAT32 -> script.toFloat32(x);
            case FLOAT16 -> script.toFloat16(x);
            case UNKNOWN -> script.toBFloat16(x);
            default -> throw new IllegalArgumentException("cannot cast to " + want);
        };
    }

    @Override
    public NDArray silu(NDArray x) {
        return script.silu(x);
    }

    /**
     * Fused SDPA, except over a single key: there softmax is exactly 1, so every query gets v, and the
     * gradients into q and k are exactly zero, while the fused kernel's backward leaves rounding noise
     * (~1e-12). Optimizers that normalise per element (Adafactor) would blow that noise up to
     * full-size updates, so that case returns v broadcast over the queries (what PyTorch's math path
     * computes, without a softmax, which DJL cannot run on bfloat16). (It happens in the UNet mid block
     * for latents of 8×8 or smaller, not at training resolutions.)
     */
    @Override
    public NDArray attention(NDArray q, NDArray k, NDArray v, boolean causal) {
        int rank = k.getShape().dimension();
        if (k.getShape().get(rank - 2) == 1) {
            long[] shape = v.getShape().getShape().clone();
            shape[rank - 2] = q.getShape().get(rank - 2);
            return v.broadcast(new Shape(shape));
        }
        return script.scaledDotProductAttention(q, k, v, causal);
    }
}
