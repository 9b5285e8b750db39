package io.tagwright.trainer.sd15.unet;

import ai.djl.ndarray.NDArray;
import io.tagwright.trainer.nn.Linear;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.nn.Prefix;

/**
 * Multi-head attention of a BasicTransformerBlock: to_q/to_k/to_v without bias, to_out.0 with bias,
 * scale 1/√(head size). Self-attention when no context is given (attn1), cross-attention to the text
 * encoder states otherwise (attn2).
 */
final class CrossAttention {

    private final Ops ops;
    private final int heads;
    private final Linear toQ;
    private final Linear toK;
    private final Linear toV;
    private final Linear toOut;

    CrossAttention(Prefix p, int channels, int contextDim, int heads) {
        this.ops = p.ops();
        this.heads = heads;
        this.toQ = new Linear(p.child("to_q"), channels, channels, false);
        this.toK = new Linear(p.child("to_k"), contextDim, channels, false);
        this.toV = new Linear(p.child("to_v"), contextDim, channels, false);
        this.toOut = new Linear(p.child("to_out").child(0), channels, channels, true);
    }

    /** @param context null for self-attention */
    NDArray forward(NDArray x, NDArray context) {
        NDArray ctx = context == null ? x : context;
        NDArray q = splitHeads(toQ.forward(x));
        NDArray k = splitHeads(toK.forward(ctx));
        NDArray v = splitHeads(toV.forward(ctx));
        NDArray o = ops.attention(q, k, v, false);
        return toOut.forward(mergeHeads(o));
    }

    /** (B, L, H·D) → (B, H, L, D). */
    private NDArray splitHeads(NDArray t) {
        long b = t.getShape().get(0);
        long l = t.getShape().get(1);
        long c = t.getShape().get(2);
        return t.reshape(b, l, heads, c / heads).transpose(0, 2, 1, 3);
    }

    /** (B, H, L, D) → (B, L, H·D). */
    private static NDArray mergeHeads(NDArray t) {
        long b = t.getShape().get(0);
        long h = t.getShape().get(1);
        long l = t.getShape().get(2);
        long d = t.getShape().get(3);
        return t.transpose(0, 2, 1, 3).reshape(b, l, h * d);
    }
}
