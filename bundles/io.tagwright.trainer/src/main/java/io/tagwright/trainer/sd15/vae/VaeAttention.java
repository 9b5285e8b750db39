package io.tagwright.trainer.sd15.vae;

import ai.djl.ndarray.NDArray;
import io.tagwright.trainer.nn.GroupNorm;
import io.tagwright.trainer.nn.Linear;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.nn.Prefix;
import io.tagwright.trainer.nn.Scopes;
import io.tagwright.trainer.sd15.config.VaeConfig;

/**
 * The single-head self-attention in the VAE's mid blocks: GroupNorm, q/k/v/out projections over the
 * H·W positions with head size = channels, plus the residual. Parameters use diffusers' current names
 * (group_norm, to_q, to_k, to_v, to_out.0) with Linear shapes; the loader maps the LDM 1×1 convs.
 */
final class VaeAttention {

    private final Ops ops;
    private final GroupNorm groupNorm;
    private final Linear toQ;
    private final Linear toK;
    private final Linear toV;
    private final Linear toOut;

    VaeAttention(Prefix p, int channels, int groups) {
        this.ops = p.ops();
        this.groupNorm = new GroupNorm(p.child("group_norm"), groups, channels, VaeConfig.NORM_EPS);
        this.toQ = new Linear(p.child("to_q"), channels, channels, true);
        this.toK = new Linear(p.child("to_k"), channels, channels, true);
        this.toV = new Linear(p.child("to_v"), channels, channels, true);
        this.toOut = new Linear(p.child("to_out").child(0), channels, channels, true);
    }

    NDArray forward(NDArray x) {
        return Scopes.keep(() -> {
            long b = x.getShape().get(0);
            long c = x.getShape().get(1);
            long h = x.getShape().get(2);
            long w = x.getShape().get(3);
            NDArray tokens = groupNorm.forward(x).reshape(b, c, h * w).transpose(0, 2, 1);
            NDArray q = toQ.forward(tokens).expandDims(1);
            NDArray k = toK.forward(tokens).expandDims(1);
            NDArray v = toV.forward(tokens).expandDims(1);
            NDArray o = ops.attention(q, k, v, false).squeeze(1);
            NDArray out = toOut.forward(o).transpose(0, 2, 1).reshape(b, c, h, w);
            return out.add(x);
        });
    }
}
