package io.tagwright.trainer.optim;

import io.tagwright.trainer.nn.Scalars;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code transformers.optimization.Adafactor} (4.30), as kohya runs it: without first moment
 * (beta1 None), decay_rate −0.8, eps (1e-30, 1e-3), clip_threshold 1.0, weight_decay 0.
 *
 * <p>The second moment is factored over the LAST TWO dimensions of every tensor with two or more:
 * row statistics over the last dimension, column statistics over the one before. For a Linear LoRA
 * weight [out, in] that is the textbook row/column factorisation; for a 1×1-conv LoRA weight
 * [r, C, 1, 1] both factors have shape [r, C, 1], which amounts to an unfactored per-element moment.
 * 1-D tensors are unfactored.
 *
 * <ul>
 * <li>fixed LR: {@code scale_parameter=False relative_step=False warmup_init=False}, lr from the group;
 * <li>relative step (kohya's default): {@code scale_parameter=True relative_step=True}; the lr is
 * max(1e-3, RMS(param before the update)) × min(1e-2, 1/√step) and the group lr is ignored (the
 * {@code adafactor} LR scheduler only reports it).
 * </ul>
 */
public final class Adafactor implements Optimizer {

    private static final double EPS1 = 1e-30;
    private static final double EPS2 = 1e-3;
    private static final double CLIP_THRESHOLD = 1.0;
    private static final double DECAY_RATE = -0.8;

    private final boolean relativeStep;
    private final boolean scaleParameter;
    private final boolean warmupInit;
    private final OptimizerState state = new OptimizerState();

    private Adafactor(boolean relativeStep, boolean scaleParameter, boolean warmupInit) {
        if (warmupInit && !relativeStep) {
            throw new IllegalArgumentException("warmup_init requires relative_step");
        }
        this.relativeStep = relativeStep;
        this.scaleParameter = scaleParameter;
        this.warmupInit = warmupInit;
    }

    /** {@code scale_parameter=False relative_step=False warmup_init=False}: the group lr is used as is. */
    public static Adafactor fixedLr() {
        return new Adafactor(false, false, false);
    }

    /** kohya's default Adafactor: {@code scale_parameter=True relative_step=True warmup_init=False}. */
    public static Adafactor relativeStep() {
        return new Adafactor(true, true, false);
    }

    /** Any combination of transformers' three switches. */
    public static Adafactor of(boolean scaleParameter, boolean relativeStep, boolean warmupInit) {
        return new Adafactor(relativeStep, scaleParameter, warmupInit);
    }

    public boolean isRelativeStep() {
        return relativeStep;
    }

    @Override
    public String name() {
        return "Adafactor";
    }

    @Override
    public void step(ParamGroup group, double lr) {
        if (!relativeStep && !(lr > 0)) {
            throw new IllegalArgumentException("Adafactor without relative_step needs a learning rate");
        }
        for (Trainable p : group.params()) {
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray grad = p.gradient();
                if (grad == null) {
                    continue;
                }
                update(p, grad, lr);
            }
        }
    }

    private void update(Trainable p, NDArray grad, double groupLr) {
        NDArray param = p.value();
        long[] shape = grad.getShape().getShape();
        int rank = shape.length;
        boolean factored = rank >= 2;
        OptimizerState.Slot s = state.slotOrNew(p.name());
        if (s.tensors.isEmpty()) {
            if (factored) {
                s.put("exp_avg_sq_row", grad.zerosLike().mean(new int[] {rank - 1}));
                s.put("exp_avg_sq_col", grad.zerosLike().mean(new int[] {rank - 2}));
            } else {
                s.put("exp_avg_sq", grad.zerosLike());
            }
        }
        s.step++;
        s.rms = rms(param);
        float lr = lr(s, groupLr);
        double beta2t = 1.0 - Math.pow(s.step, DECAY_RATE);
        NDArray update = Scalars.add(grad.square(), EPS1);
        if (factored) {
            NDArray row = s.tensor("exp_avg_sq_row");
            NDArray col = s.tensor("exp_avg_sq_col");
            row.muli(Scalars.of(row, beta2t)).addi(Scalars.mul(update.mean(new int[] {rank - 1}), 1 - beta2t));
            col.muli(Scalars.of(col, beta2t)).addi(Scalars.mul(update.mean(new int[] {rank - 2}), 1 - beta2t));
            NDArray rFactor = rsqrt(row.div(row.mean(new int[] {rank - 2}, true))).expandDims(rank - 1);
            NDArray cFactor = rsqrt(col.expandDims(rank - 2));
            update = rFactor.mul(cFactor).mul(grad);
        } else {
            NDArray v = s.tensor("exp_avg_sq");
            v.muli(Scalars.of(v, beta2t)).addi(Scalars.mul(update, 1 - beta2t));
            update = rsqrt(v).mul(grad);
        }
        NDArray rmsRatio = Scalars.div(rmsArray(update), CLIP_THRESHOLD);
        NDArray clip = rmsRatio.maximum(Scalars.of(rmsRatio, 1.0));
        update = Scalars.mul(update.div(clip), lr);
        param.subi(update);
        s.lastLr = lr;
    }

    /**
     * transformers' {@code _get_lr}. With scale_parameter the RMS is a float32 tensor, so the product is
     * rounded to float32; with a fixed lr the group's value is applied (rounded to float32 by the multiply).
     */
    private float lr(OptimizerState.Slot s, double groupLr) {
        double relStep = groupLr;
        if (relativeStep) {
            double minStep = warmupInit ? 1e-6 * s.step : 1e-2;
            relStep = Math.min(minStep, 1.0 / Math.sqrt(s.step));
        }
        if (scaleParameter && (float) s.rms > EPS2) {
            return (float) s.rms * (float) relStep;
        }
        return (float) ((scaleParameter ? EPS2 : 1.0) * relStep);
    }

    /** RMS(x) = ‖x‖₂ / √numel as a float32 scalar. */
    private static NDArray rmsArray(NDArray x) {
        return Scalars.div(x.norm(), Math.sqrt(x.size()));
    }

    private static double rms(NDArray x) {
        return rmsArray(x).getFloat();
    }

    /** 1/√x, as torch's rsqrt computes it on CPU. */
    private static NDArray rsqrt(NDArray x) {
        return x.sqrt().onesLike().div(x.sqrt());
    }

    /**
     * What the {@code adafactor} LR scheduler reports for a group: the lr its first parameter would get
     * from the current state (NaN before that parameter's first step).
     */
    public double currentLr(Trainable firstParam, double groupLr) {
        OptimizerState.Slot s = state.slot(firstParam.name());
        if (s == null || s.step == 0) {
            return Double.NaN;
        }
        return lr(s, groupLr);
    }

    @Override
    public double appliedLr(Trainable param) {
        OptimizerState.Slot s = state.slot(param.name());
        return s == null ? Double.NaN : s.lastLr;
    }

    /** A state tensor of a parameter (e.g. "exp_avg_sq_row"), or null; for inspection, do not modify. */
    public NDArray state(Trainable param, String key) {
        OptimizerState.Slot s = state.slot(param.name());
        return s == null ? null : s.tensor(key);
    }

    @Override
    public void saveState(Path file) throws IOException {
        state.save(file, name());
    }

    @Override
    public void loadState(Path file, NDManager manager) throws IOException {
        state.load(file, name(), manager);
    }

    @Override
    public void close() {
        state.close();
    }
}
