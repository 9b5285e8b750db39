package io.tagwright.trainer.sd15.unet;

import ai.djl.ndarray.NDArray;
import io.tagwright.trainer.nn.Conv2d;
import io.tagwright.trainer.nn.GroupNorm;
import io.tagwright.trainer.nn.Linear;
import io.tagwright.trainer.nn.Prefix;
import io.tagwright.trainer.nn.Scopes;
import io.tagwright.trainer.sd15.config.UnetConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Transformer2DModel}: GroupNorm → proj_in → tokens (B, H·W, C) → transformer blocks →
 * proj_out → + input. SD1.5 projects with 1×1 convs before/after flattening; SD2's linear projection
 * is supported too.
 */
final class Transformer2D {

    private final GroupNorm norm;
    private final Conv2d projInConv;
    private final Linear projInLinear;
    private final List<BasicTransformerBlock> blocks = new ArrayList<>();
    private final Conv2d projOutConv;
    private final Linear projOutLinear;

    Transformer2D(Prefix p, int channels, int heads, UnetConfig c) {
        this.norm = new GroupNorm(p.child("norm"), c.normNumGroups(), channels, UnetConfig.TRANSFORMER_NORM_EPS);
        boolean linear = c.useLinearProjection();
        this.projInConv = linear ? null : new Conv2d(p.child("proj_in"), channels, channels, 1, 1, 0);
        this.projInLinear = linear ? new Linear(p.child("proj_in"), channels, channels, true) : null;
        for (int i = 0; i < c.transformerLayersPerBlock(); i++) {
            blocks.add(new BasicTransformerBlock(p.child("transformer_blocks").child(i), channels,
                    c.crossAttentionDim(), heads));
        }
        this.projOutConv = linear ? null : new Conv2d(p.child("proj_out"), channels, channels, 1, 1, 0);
        this.projOutLinear = linear ? new Linear(p.child("proj_out"), channels, channels, true) : null;
    }

    NDArray forward(NDArray x, NDArray context) {
        long b = x.getShape().get(0);
        long ch = x.getShape().get(1);
        long h = x.getShape().get(2);
        long w = x.getShape().get(3);
        NDArray tokens = Scopes.keep(() -> {
            NDArray n = norm.forward(x);
            if (projInConv != null) {
                return toTokens(projInConv.forward(n), b, ch, h, w);
            }
            return projInLinear.forward(toTokens(n, b, ch, h, w));
        });
        for (BasicTransformerBlock block : blocks) {
            tokens = block.forward(tokens, context);
        }
        NDArray t = tokens;
        return Scopes.keep(() -> {
            NDArray out = projOutConv != null ? projOutConv.forward(toImage(t, b, ch, h, w))
                    : toImage(projOutLinear.forward(t), b, ch, h, w);
            return out.add(x);
        });
    }

    private static NDArray toTokens(NDArray img, long b, long c, long h, long w) {
        return img.transpose(0, 2, 3, 1).reshape(b, h * w, c);
    }

    private static NDArray toImage(NDArray tokens, long b, long c, long h, long w) {
        return tokens.reshape(b, h, w, c).transpose(0, 3, 1, 2);
    }
}
