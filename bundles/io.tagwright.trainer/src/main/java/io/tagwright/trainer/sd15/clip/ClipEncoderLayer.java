package io.tagwright.trainer.sd15.clip;

import ai.djl.ndarray.NDArray;
import io.tagwright.trainer.nn.LayerNorm;
import io.tagwright.trainer.nn.Linear;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.nn.Prefix;
import io.tagwright.trainer.nn.Scopes;
import io.tagwright.trainer.sd15.config.ClipTextConfig;

/**
 * One pre-norm CLIP encoder layer: h += self_attn(layer_norm1 h) with the causal mask;
 * h += fc2(act(fc1(layer_norm2 h))).
 */
final class ClipEncoderLayer {

    private final Ops ops;
    private final int heads;
    private final boolean quickGelu;
    private final Linear kProj;
    private final Linear vProj;
    private final Linear qProj;
    private final Linear outProj;
    private final LayerNorm layerNorm1;
    private final Linear fc1;
    private final Linear fc2;
    private final LayerNorm layerNorm2;

    ClipEncoderLayer(Prefix p, ClipTextConfig c) {
        this.ops = p.ops();
        this.heads = c.numAttentionHeads();
        this.quickGelu = "quick_gelu".equals(c.hiddenAct());
        int h = c.hiddenSize();
        Prefix attn = p.child("self_attn");
        this.kProj = new Linear(attn.child("k_proj"), h, h, true);
        this.vProj = new Linear(attn.child("v_proj"), h, h, true);
        this.qProj = new Linear(attn.child("q_proj"), h, h, true);
        this.outProj = new Linear(attn.child("out_proj"), h, h, true);
        this.layerNorm1 = new LayerNorm(p.child("layer_norm1"), h, c.layerNormEps());
        Prefix mlp = p.child("mlp");
        this.fc1 = new Linear(mlp.child("fc1"), h, c.intermediateSize(), true);
        this.fc2 = new Linear(mlp.child("fc2"), c.intermediateSize(), h, true);
        this.layerNorm2 = new LayerNorm(p.child("layer_norm2"), h, c.layerNormEps());
    }

    NDArray forward(NDArray x) {
        NDArray h1 = Scopes.keep(() -> selfAttention(layerNorm1.forward(x)).add(x));
        return Scopes.keep(() -> {
            NDArray a = fc1.forward(layerNorm2.forward(h1));
            NDArray act = quickGelu ? ops.quickGelu(a) : ops.gelu(a);
            return fc2.forward(act).add(h1);
        });
    }

    private NDArray selfAttention(NDArray x) {
        long b = x.getShape().get(0);
        long l = x.getShape().get(1);
        long c = x.getShape().get(2);
        NDArray q = qProj.forward(x).reshape(b, l, heads, c / heads).transpose(0, 2, 1, 3);
        NDArray k = kProj.forward(x).reshape(b, l, heads, c / heads).transpose(0, 2, 1, 3);
        NDArray v = vProj.forward(x).reshape(b, l, heads, c / heads).transpose(0, 2, 1, 3);
        NDArray o = ops.attention(q, k, v, true);
        return outProj.forward(o.transpose(0, 2, 1, 3).reshape(b, l, c));
    }
}
