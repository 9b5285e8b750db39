package io.tagwright.trainer.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizerTest {

    @TempDir
    Path dir;

    /** AdamW's first two steps against the formula evaluated in double precision. */
    @Test
    void adamwFollowsTheFormula() {
        try (NDManager m = NDManager.newBaseManager(); AdamW opt = AdamW.builder().build()) {
            float[] w0 = {0.5f, -0.25f, 0.125f};
            float[][] grads = {{0.1f, -0.02f, 3e-9f}, {-0.05f, 0.01f, 1e-3f}};
            FixedGradient p = new FixedGradient("p", m.create(w0));
            double lr = 1e-3;
            double[] w = {w0[0], w0[1], w0[2]};
            double[] mom = new double[3];
            double[] var = new double[3];
            for (int t = 1; t <= 2; t++) {
                p.grad = m.create(grads[t - 1]);
                opt.step(new ParamGroup("g", List.of(p), lr), lr);
                for (int i = 0; i < 3; i++) {
                    double g = grads[t - 1][i];
                    w[i] *= 1 - lr * 0.01;
                    mom[i] = 0.9 * mom[i] + 0.1 * g;
                    var[i] = 0.999 * var[i] + 0.001 * g * g;
                    double mh = mom[i] / (1 - Math.pow(0.9, t));
                    double vh = var[i] / (1 - Math.pow(0.999, t));
                    w[i] -= lr * mh / (Math.sqrt(vh) + 1e-8);
                }
                float[] got = p.value().toFloatArray();
                for (int i = 0; i < 3; i++) {
                    assertEquals(w[i], got[i], 1e-6 * Math.abs(w[i]) + 1e-9, "step " + t + " element " + i);
                }
            }
            assertEquals(2, opt.steps(p));
        }
    }

    /** Stopping after a step, saving, and resuming in a new optimizer continues exactly. */
    @Test
    void stateRoundTripsForResume() throws IOException {
        for (Supplier<Optimizer> make : List.<Supplier<Optimizer>>of(() -> AdamW.builder().build(),
                Adafactor::fixedLr, Adafactor::relativeStep)) {
            try (NDManager m = NDManager.newBaseManager(); Optimizer straight = make.get(); Optimizer first = make.get();
                    Optimizer resumed = make.get()) {
                NDArray init = m.randomNormal(0f, 0.1f, new Shape(6, 4, 1, 1), ai.djl.ndarray.types.DataType.FLOAT32);
                NDArray bias = m.randomNormal(new Shape(5));
                NDArray[] grads = {m.randomNormal(new Shape(6, 4, 1, 1)), m.randomNormal(new Shape(6, 4, 1, 1))};
                NDArray[] bgrads = {m.randomNormal(new Shape(5)), m.randomNormal(new Shape(5))};
                FixedGradient a = new FixedGradient("w", init.duplicate());
                FixedGradient ab = new FixedGradient("b", bias.duplicate());
                FixedGradient c = new FixedGradient("w", init.duplicate());
                FixedGradient cb = new FixedGradient("b", bias.duplicate());
                for (int t = 0; t < 2; t++) {
                    a.grad = grads[t];
                    ab.grad = bgrads[t];
                    straight.step(new ParamGroup("g", List.of(a, ab), 1e-3), 1e-3);
                }
                c.grad = grads[0];
                cb.grad = bgrads[0];
                first.step(new ParamGroup("g", List.of(c, cb), 1e-3), 1e-3);
                Path state = dir.resolve(first.name() + ".safetensors");
                first.saveState(state);
                resumed.loadState(state, m);
                c.grad = grads[1];
                cb.grad = bgrads[1];
                resumed.step(new ParamGroup("g", List.of(c, cb), 1e-3), 1e-3);
                assertArrayEquals(a.value().toFloatArray(), c.value().toFloatArray(), straight.name());
                assertArrayEquals(ab.value().toFloatArray(), cb.value().toFloatArray(), straight.name());
            }
        }
        try (NDManager m = NDManager.newBaseManager(); AdamW adam = AdamW.builder().build();
                Adafactor ada = Adafactor.fixedLr()) {
            Path p = dir.resolve("adamw-state.safetensors");
            adam.saveState(p);
            assertThrows(IOException.class, () -> ada.loadState(p, m), "state of another optimizer is refused");
        }
    }

    @Test
    void parametersWithoutGradientAreSkipped() {
        try (NDManager m = NDManager.newBaseManager(); AdamW opt = AdamW.builder().build();
                Adafactor ada = Adafactor.relativeStep()) {
            FixedGradient p = new FixedGradient("p", m.create(new float[] {1f, 2f}));
            opt.step(new ParamGroup("g", List.of(p), 1e-3), 1e-3);
            ada.step(new ParamGroup("g", List.of(p), 1e-3), 1e-3);
            assertArrayEquals(new float[] {1f, 2f}, p.value().toFloatArray());
            assertNull(opt.state(p, "exp_avg"));
            assertEquals(Double.NaN, opt.appliedLr(p));
        }
    }

    @Test
    void clippingScalesToTheMaxNorm() {
        try (NDManager m = NDManager.newBaseManager()) {
            FixedGradient a = new FixedGradient("a", m.zeros(new Shape(2)));
            FixedGradient b = new FixedGradient("b", m.zeros(new Shape(1)));
            FixedGradient none = new FixedGradient("none", m.zeros(new Shape(1)));
            a.grad = m.create(new float[] {3f, 0f});
            b.grad = m.create(new float[] {4f});
            List<Trainable> params = List.of(a, b, none);
            assertEquals(5f, GradientClipping.totalNorm(params));
            float before = GradientClipping.clip(params, 1.0);
            assertEquals(5f, before);
            float coef = (float) (1.0 / (5.0 + 1e-6));
            assertEquals(3f * coef, a.grad.getFloat(0), 1e-7);
            assertEquals(4f * coef, b.grad.getFloat(0), 1e-7);
            // below the limit nothing changes
            assertEquals(1f, GradientClipping.clip(params, 10.0), 1e-6);
            assertEquals(3f * coef, a.grad.getFloat(0), 1e-7);
            assertEquals(0f, GradientClipping.clip(List.of(none), 1.0));
        }
    }
}
