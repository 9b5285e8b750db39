package io.tagwright.trainer.sd15.blocks;

import ai.djl.ndarray.NDArray;
import io.tagwright.trainer.nn.Conv2d;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.nn.Prefix;

/** Nearest-neighbour upsampling followed by a 3×3 conv. */
public final class Upsample2D {

    private final Ops ops;
    private final Conv2d conv;

    public Upsample2D(Prefix p, int channels) {
        this.ops = p.ops();
        this.conv = new Conv2d(p.child("conv"), channels, channels, 3, 1, 1);
    }

    /** Upsamples by 2. */
    public NDArray forward(NDArray x) {
        return forward(x, x.getShape().get(2) * 2, x.getShape().get(3) * 2);
    }

    /** Upsamples to (h, w): the UNet passes the size of the skip tensor it meets next, as diffusers does. */
    public NDArray forward(NDArray x, long h, long w) {
        return conv.forward(ops.upsampleNearest(x, h, w));
    }
}
