package io.tagwright.trainer.lora;

import io.tagwright.trainer.nn.Scalars;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import io.tagwright.trainer.nn.AdaptableLayer;
import io.tagwright.trainer.nn.LayerAdapter;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.optim.Trainable;

/**
 * One kohya LoRA module: {@code y = org(x) + lora_up(lora_down(x)) · multiplier · alpha/rank}.
 * lora_down is a Linear [r, in] or a Conv2d [r, in, k, k] with the adapted conv's stride and padding;
 * lora_up is a Linear [out, r] or a 1×1 Conv2d [out, r, 1, 1]. Only these two tensors train.
 */
public final class LoraModule implements LayerAdapter {

    private final LoraTarget target;
    private final NDArray down;
    private final NDArray up;
    private final float alpha;
    private final Param downParam;
    private final Param upParam;
    private Ops ops;
    private double multiplier = 1.0;
    private boolean enabled = true;
    private boolean used;

    /** The lora_down / lora_up tensors as optimizer parameters. */
    private final class Param implements Trainable {
        private final String name;
        private final NDArray value;

        Param(String name, NDArray value) {
            this.name = name;
            this.value = value;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public NDArray value() {
            return value;
        }

        @Override
        public NDArray gradient() {
            return used ? value.getGradient() : null;
        }
    }

    LoraModule(LoraTarget target, NDArray down, NDArray up, float alpha) {
        this.target = target;
        this.down = down;
        this.up = up;
        this.alpha = alpha;
        NDScope.unregister(down, up);
        down.setRequiresGradient(true);
        up.setRequiresGradient(true);
        this.downParam = new Param(target.name() + ".lora_down.weight", down);
        this.upParam = new Param(target.name() + ".lora_up.weight", up);
    }

    public LoraTarget target() {
        return target;
    }

    public String name() {
        return target.name();
    }

    public NDArray down() {
        return down;
    }

    public NDArray up() {
        return up;
    }

    public float alpha() {
        return alpha;
    }

    public int rank() {
        return (int) down.getShape().get(0);
    }

    /** alpha / rank. */
    public double scale() {
        return alpha / (double) rank();
    }

    public Trainable downParameter() {
        return downParam;
    }

    public Trainable upParameter() {
        return upParam;
    }

    void setMultiplier(double m) {
        this.multiplier = m;
    }

    void setEnabled(boolean on) {
        this.enabled = on;
    }

    /** Whether the module ran since the last {@link #resetUsage()} (else its tensors have no gradient). */
    public boolean wasUsed() {
        return used;
    }

    void resetUsage() {
        used = false;
    }

    /** Clears accumulated gradients (they add up across backward passes otherwise). */
    void zeroGradients() {
        JniUtils.zeroGrad((PtNDArray) down);
        JniUtils.zeroGrad((PtNDArray) up);
    }

    void attach(AdaptableLayer layer, Ops layerOps) {
        this.ops = layerOps;
        layer.setAdapter(this);
    }

    @Override
    public NDArray adapt(NDArray x, NDArray y) {
        if (!enabled) {
            return y;
        }
        used = true;
        NDArray lx;
        if (target.isLinear()) {
            lx = ops.linear(ops.linear(x, down, null), up, null);
        } else {
            lx = ops.conv2d(ops.conv2d(x, down, null, target.stride(), target.padding()), up, null, 1, 0);
        }
        // kohya: org_forwarded + lx * self.multiplier * scale (two float32 multiplications)
        return y.add(Scalars.mul(Scalars.mul(lx, multiplier), scale()));
    }
}
