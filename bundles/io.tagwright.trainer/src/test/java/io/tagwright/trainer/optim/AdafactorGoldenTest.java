package io.tagwright.trainer.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import io.tagwright.trainer.schedule.AdafactorSchedule;
import io.tagwright.trainer.testutil.Golden;
import io.tagwright.trainer.testutil.Parity;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * transformers' Adafactor on a 2-D (factored) and a 1-D (unfactored) parameter for three steps:
 * weights after every step, the learning rate actually applied, and the final second-moment state.
 */
class AdafactorGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"fixed_lr", "relative_step"})
    void threeSteps(String mode) {
        try (NDManager m = NDManager.newBaseManager(); Golden g = new Golden("adafactor.safetensors");
                Adafactor opt = mode.equals("fixed_lr") ? Adafactor.fixedLr() : Adafactor.relativeStep()) {
            FixedGradient w = new FixedGradient("W", g.array(m, "W_init"));
            FixedGradient b = new FixedGradient("b", g.array(m, "b_init"));
            ParamGroup group = new ParamGroup("all", List.of(w, b), 1e-4);
            AdafactorSchedule schedule = new AdafactorSchedule(opt, 1e-4);
            assertEquals(1e-4, schedule.lr(group, 0), "before the first step the schedule reports initial_lr");
            String grp = "adafactor_" + mode;
            for (int step = 1; step <= 3; step++) {
                w.grad = g.array(m, "W_grad_step" + step);
                b.grad = g.array(m, "b_grad_step" + step);
                opt.step(group, 1e-4);
                Parity.check(grp, "W_after_step" + step, w.value(), g.floats(mode + "/W_after_step" + step),
                        g.shape(mode + "/W_after_step" + step));
                Parity.check(grp, "b_after_step" + step, b.value(), g.floats(mode + "/b_after_step" + step),
                        g.shape(mode + "/b_after_step" + step));
                double[] lr = readDoubles(g, mode + "/lr_step" + step);
                Parity.check(grp, "lr_step" + step, new float[] {(float) opt.appliedLr(w), (float) opt.appliedLr(b)},
                        new float[] {(float) lr[0], (float) lr[1]}, 1e-6);
                if (mode.equals("relative_step")) {
                    assertEquals(lr[0], schedule.lr(group, step), lr[0] * 1e-6, "adafactor schedule reports W's lr");
                }
            }
            Parity.check(grp, "W_exp_avg_sq_row", opt.state(w, "exp_avg_sq_row"), g.floats(mode + "/W_exp_avg_sq_row"),
                    g.shape(mode + "/W_exp_avg_sq_row"));
            Parity.check(grp, "W_exp_avg_sq_col", opt.state(w, "exp_avg_sq_col"), g.floats(mode + "/W_exp_avg_sq_col"),
                    g.shape(mode + "/W_exp_avg_sq_col"));
            Parity.check(grp, "b_exp_avg_sq", opt.state(b, "exp_avg_sq"), g.floats(mode + "/b_exp_avg_sq"),
                    g.shape(mode + "/b_exp_avg_sq"));
        }
    }

    private static double[] readDoubles(Golden g, String name) {
        try {
            return g.reader().readDoubles(name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
