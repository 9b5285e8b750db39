package io.tagwright.trainer.sd15.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import io.tagwright.trainer.nn.Conv2d;
import io.tagwright.trainer.nn.Prefix;

/**
 * A stride-2 3×3 conv. The UNet pads 1 on every side; the VAE pads only right and bottom
 * ({@code F.pad(x, (0, 1, 0, 1))}) and convolves without padding.
 */
public final class Downsample2D {

    private final Conv2d conv;
    private final boolean asymmetricPad;

    public Downsample2D(Prefix p, int channels, boolean asymmetricPad) {
        this.asymmetricPad = asymmetricPad;
        this.conv = new Conv2d(p.child("conv"), channels, channels, 3, 2, asymmetricPad ? 0 : 1);
    }

    public NDArray forward(NDArray x) {
        if (!asymmetricPad) {
            return conv.forward(x);
        }
        NDArray padded = x.pad(new Shape(0, 1, 0, 1), 0);
        return conv.forward(padded);
    }
}
