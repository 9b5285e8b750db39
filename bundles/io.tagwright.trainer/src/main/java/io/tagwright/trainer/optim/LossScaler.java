package io.tagwright.trainer.optim;

import ai.djl.ndarray.NDArray;
import io.tagwright.trainer.nn.Scalars;

import java.util.List;

/**
 * Dynamic loss scaling for float16 training, as {@code torch.cuda.amp.GradScaler} (what accelerate uses
 * for kohya's {@code mixed_precision fp16}): the loss is multiplied by the scale before backward so that
 * small gradients survive float16; before the optimizer step the gradients are divided by it again. A
 * step whose gradients overflowed is skipped and the scale halved; after 2000 good steps in a row it
 * doubles. Defaults: initial scale 2¹⁶, growth 2, back-off 0.5, interval 2000.
 */
public final class LossScaler {

    private static final double GROWTH = 2.0;
    private static final double BACKOFF = 0.5;
    private static final int INTERVAL = 2000;

    private double scale;
    private int goodSteps;
    private long skipped;

    public LossScaler() {
        this(65536.0);
    }

    public LossScaler(double initialScale) {
        this.scale = initialScale;
    }

    public double scale() {
        return scale;
    }

    /** Steps skipped so far because the gradients overflowed. */
    public long skipped() {
        return skipped;
    }

    /** Divides the gradients by the scale in place; false when any of them is infinite or NaN. */
    public boolean unscale(List<Trainable> params) {
        boolean finite = true;
        for (Trainable p : params) {
            NDArray g = p.gradient();
            if (g == null) {
                continue;
            }
            g.muli(Scalars.of(g, 1.0 / scale));
            float max = g.abs().max().getFloat();
            finite &= Float.isFinite(max);
        }
        return finite;
    }

    /** Records the outcome of a step: halves the scale after an overflow, doubles it after a long good run. */
    public void update(boolean finite) {
        if (!finite) {
            scale *= BACKOFF;
            goodSteps = 0;
            skipped++;
        } else if (++goodSteps >= INTERVAL) {
            scale *= GROWTH;
            goodSteps = 0;
        }
    }
}
