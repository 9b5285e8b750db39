package io.tagwright.trainer.sd15.vae;

import ai.djl.ndarray.NDArray;
import io.tagwright.trainer.nn.Prefix;
import io.tagwright.trainer.sd15.blocks.ResnetBlock2D;
import io.tagwright.trainer.sd15.config.VaeConfig;

/** resnet → attention → resnet at the lowest resolution. */
final class VaeMidBlock {

    private final ResnetBlock2D resnet0;
    private final VaeAttention attention;
    private final ResnetBlock2D resnet1;

    VaeMidBlock(Prefix p, int channels, int groups) {
        this.resnet0 = new ResnetBlock2D(p.child("resnets").child(0), channels, channels, 0, groups, VaeConfig.NORM_EPS);
        this.attention = new VaeAttention(p.child("attentions").child(0), channels, groups);
        this.resnet1 = new ResnetBlock2D(p.child("resnets").child(1), channels, channels, 0, groups, VaeConfig.NORM_EPS);
    }

    NDArray forward(NDArray x) {
        return resnet1.forward(attention.forward(resnet0.forward(x, null)), null);
    }
}
