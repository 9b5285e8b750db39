package io.tagwright.trainer.optim;

import io.tagwright.trainer.nn.Scalars;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code torch.optim.AdamW} (single-tensor implementation, what kohya's {@code --optimizer_type AdamW}
 * runs on CPU): decoupled weight decay, then Adam with bias correction. Defaults are torch's: betas
 * (0.9, 0.999), eps 1e-8, weight_decay 0.01. Operations follow torch's order so float32 rounding agrees.
 */
public final class AdamW implements Optimizer {

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final OptimizerState state = new OptimizerState();

    private AdamW(Builder b) {
        this.beta1 = b.beta1;
        this.beta2 = b.beta2;
        this.eps = b.eps;
        this.weightDecay = b.weightDecay;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return "AdamW";
    }

    @Override
    public void step(ParamGroup group, double lr) {
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

    private void update(Trainable p, NDArray grad, double lr) {
        NDArray param = p.value();
        OptimizerState.Slot s = state.slotOrNew(p.name());
        if (s.tensor("exp_avg") == null) {
            s.put("exp_avg", param.zerosLike());
            s.put("exp_avg_sq", param.zerosLike());
        }
        NDArray expAvg = s.tensor("exp_avg");
        NDArray expAvgSq = s.tensor("exp_avg_sq");
        s.step++;
        param.muli(Scalars.of(param, 1 - lr * weightDecay));
        expAvg.muli(Scalars.of(grad, beta1)).addi(Scalars.mul(grad, 1 - beta1));
        expAvgSq.muli(Scalars.of(grad, beta2)).addi(Scalars.mul(grad, 1 - beta2).mul(grad));
        double bias1 = 1 - Math.pow(beta1, s.step);
        double bias2 = 1 - Math.pow(beta2, s.step);
        double stepSize = lr / bias1;
        NDArray denom = Scalars.add(Scalars.div(expAvgSq.sqrt(), Math.sqrt(bias2)), eps);
        // addcdiv: param + value * exp_avg / denom, evaluated as (value * exp_avg) / denom
        param.addi(Scalars.mul(expAvg, -stepSize).div(denom));
        s.lastLr = lr;
    }

    @Override
    public double appliedLr(Trainable param) {
        OptimizerState.Slot s = state.slot(param.name());
        return s == null ? Double.NaN : s.lastLr;
    }

    /** Step count of a parameter (0 before its first update). */
    public long steps(Trainable param) {
        OptimizerState.Slot s = state.slot(param.name());
        return s == null ? 0 : s.step;
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

    /** Builder with torch's defaults. */
    public static final class Builder {
        private double beta1 = 0.9;
        private double beta2 = 0.999;
        private double eps = 1e-8;
        private double weightDecay = 0.01;

        public Builder optBetas(double b1, double b2) {
            this.beta1 = b1;
            this.beta2 = b2;
            return this;
        }

        public Builder optEps(double e) {
            this.eps = e;
            return this;
        }

        public Builder optWeightDecay(double wd) {
            this.weightDecay = wd;
            return this;
        }

        public AdamW build() {
            return new AdamW(this);
        }
    }
}
