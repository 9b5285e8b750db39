package io.tagwright.trainer.sd15.blocks;

import ai.djl.ndarray.NDArray;
import io.tagwright.trainer.nn.Conv2d;
import io.tagwright.trainer.nn.GroupNorm;
import io.tagwright.trainer.nn.Linear;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.nn.Prefix;
import io.tagwright.trainer.nn.Scopes;

/**
 * diffusers' {@code ResnetBlock2D} as SD1.5 uses it (UNet with a time embedding, VAE without):
 * norm1 → SiLU → conv1 (+ time_emb_proj(SiLU(temb))) → norm2 → SiLU → conv2, plus the input through
 * a 1×1 conv_shortcut when the channel count changes.
 */
public final class ResnetBlock2D {

    private final Ops ops;
    private final GroupNorm norm1;
    private final Conv2d conv1;
    private final Linear timeEmbProj;
    private final GroupNorm norm2;
    private final Conv2d conv2;
    private final Conv2d convShortcut;

    /** @param timeEmbedDim 0 for blocks without a time embedding (VAE) */
    public ResnetBlock2D(Prefix p, int in, int out, int timeEmbedDim, int groups, double eps) {
        this.ops = p.ops();
        this.norm1 = new GroupNorm(p.child("norm1"), groups, in, eps);
        this.conv1 = new Conv2d(p.child("conv1"), in, out, 3, 1, 1);
        this.timeEmbProj = timeEmbedDim > 0 ? new Linear(p.child("time_emb_proj"), timeEmbedDim, out, true) : null;
        this.norm2 = new GroupNorm(p.child("norm2"), groups, out, eps);
        this.conv2 = new Conv2d(p.child("conv2"), out, out, 3, 1, 1);
        this.convShortcut = in != out ? new Conv2d(p.child("conv_shortcut"), in, out, 1, 1, 0) : null;
    }

    /**
     * @param tembAct SiLU(time embedding) [B, timeEmbedDim], or null for blocks without one (the SiLU is
     *                the same for every block, so the UNet computes it once)
     */
    public NDArray forward(NDArray x, NDArray tembAct) {
        return Scopes.keep(() -> {
            NDArray h = conv1.forward(ops.silu(norm1.forward(x)));
            if (timeEmbProj != null) {
                NDArray t = timeEmbProj.forward(tembAct);
                h = h.add(t.reshape(t.getShape().get(0), t.getShape().get(1), 1, 1));
            }
            h = conv2.forward(ops.silu(norm2.forward(h)));
            NDArray skip = convShortcut != null ? convShortcut.forward(x) : x;
            return skip.add(h);
        });
    }
}
