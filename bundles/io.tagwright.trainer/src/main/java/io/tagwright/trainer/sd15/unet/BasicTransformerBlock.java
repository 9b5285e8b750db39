package io.tagwright.trainer.sd15.unet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import io.tagwright.trainer.nn.LayerNorm;
import io.tagwright.trainer.nn.Linear;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.nn.Prefix;
import io.tagwright.trainer.nn.Scopes;
import io.tagwright.trainer.sd15.config.UnetConfig;

/**
 * Self-attention, cross-attention and a GEGLU feed-forward, each pre-normed with LayerNorm and added
 * to the residual: h += attn1(norm1 h); h += attn2(norm2 h, ctx); h += ff(norm3 h).
 */
final class BasicTransformerBlock {

    private final Ops ops;
    private final CrossAttention attn1;
    private final Linear ffProj;
    private final Linear ffOut;
    private final CrossAttention attn2;
    private final LayerNorm norm1;
    private final LayerNorm norm2;
    private final LayerNorm norm3;

    BasicTransformerBlock(Prefix p, int channels, int contextDim, int heads) {
        this.ops = p.ops();
        this.attn1 = new CrossAttention(p.child("attn1"), channels, channels, heads);
        Prefix net = p.child("ff").child("net");
        this.ffProj = new Linear(net.child(0).child("proj"), channels, channels * 8, true);
        this.ffOut = new Linear(net.child(2), channels * 4, channels, true);
        this.attn2 = new CrossAttention(p.child("attn2"), channels, contextDim, heads);
        this.norm1 = new LayerNorm(p.child("norm1"), channels, UnetConfig.LAYER_NORM_EPS);
        this.norm2 = new LayerNorm(p.child("norm2"), channels, UnetConfig.LAYER_NORM_EPS);
        this.norm3 = new LayerNorm(p.child("norm3"), channels, UnetConfig.LAYER_NORM_EPS);
    }

    NDArray forward(NDArray x, NDArray context) {
        NDArray h1 = Scopes.keep(() -> attn1.forward(norm1.forward(x), null).add(x));
        NDArray h2 = Scopes.keep(() -> attn2.forward(norm2.forward(h1), context).add(h1));
        return Scopes.keep(() -> feedForward(norm3.forward(h2)).add(h2));
    }

    /** GEGLU: proj to 2·4C, split into value and gate, value · gelu(gate), project back to C. */
    private NDArray feedForward(NDArray x) {
        NDArray p = ffProj.forward(x);
        NDList parts = p.split(2, p.getShape().dimension() - 1);
        return ffOut.forward(parts.get(0).mul(ops.gelu(parts.get(1))));
    }
}
