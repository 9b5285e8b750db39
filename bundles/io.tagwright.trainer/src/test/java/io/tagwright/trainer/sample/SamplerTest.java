package io.tagwright.trainer.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.tagwright.trainer.nn.Scalars;
import io.tagwright.trainer.nn.Tensors;
import io.tagwright.trainer.sd15.ddpm.DdpmSchedule;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The samplers' schedules as diffusers computes them for SD, and their defining property: given the
 * true noise as the ε prediction, a deterministic sampler walks from the noised latents back to the
 * clean ones.
 */
class SamplerTest {

    private static float[] gaussian(long seed, int n, double scale) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (Math.max(-1, Math.min(1, r.nextGaussian() * scale)));
        }
        return v;
    }

    @Test
    void ddimUsesLeadingTimestepsAndRecoversTheCleanLatents() {
        DdimSampler ddim = new DdimSampler(30);
        double[] t = ddim.timesteps();
        assertEquals(957, t[0]);
        assertEquals(924, t[1]);
        assertEquals(0, t[29]);
        try (NDManager m = NDManager.newBaseManager()) {
            float[] x0 = gaussian(1, 32, 0.5);
            NDArray clean = Tensors.owned(m.create(x0, new Shape(1, 2, 4, 4)));
            NDArray eps = Tensors.owned(m.create(gaussian(2, 32, 1), new Shape(1, 2, 4, 4)));
            NDArray x = DdpmSchedule.sd15().addNoise(clean, eps, new long[] {957});
            for (int i = 0; i < t.length; i++) {
                x = ddim.step(eps, i, ddim.scaleModelInput(x, i), null);
            }
            assertArrayEquals(x0, x.toFloatArray(), 1e-4f);
        }
    }

    @Test
    void eulerSigmasAndExactNoiseGiveTheCleanLatents() {
        EulerSampler euler = new EulerSampler(20, false);
        assertEquals(14.6146, euler.initNoiseSigma(), 1e-3, "SD's sigma_max");
        assertEquals(999, euler.timesteps()[0]);
        assertEquals(0, euler.timesteps()[19]);
        try (NDManager m = NDManager.newBaseManager()) {
            float[] x0 = gaussian(3, 32, 0.5);
            NDArray eps = Tensors.owned(m.create(gaussian(4, 32, 1), new Shape(32)));
            NDArray x = Tensors.owned(m.create(x0, new Shape(32))).add(Scalars.mul(eps, euler.initNoiseSigma()));
            for (int i = 0; i < 20; i++) {
                x = euler.step(eps, i, x, null);
            }
            assertArrayEquals(x0, x.toFloatArray(), 1e-4f);
        }
    }

    @Test
    void eulerAncestralDrawsItsNoiseFromTheGivenGenerator() {
        EulerSampler a = new EulerSampler(5, true);
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = Tensors.owned(m.create(gaussian(5, 16, 1), new Shape(16)));
            NDArray eps = Tensors.owned(m.create(gaussian(6, 16, 1), new Shape(16)));
            float[] one = a.step(eps, 1, x, new SplittableRandom(7)).toFloatArray();
            float[] same = a.step(eps, 1, x, new SplittableRandom(7)).toFloatArray();
            float[] other = a.step(eps, 1, x, new SplittableRandom(8)).toFloatArray();
            assertArrayEquals(one, same);
            assertFalse(Arrays.equals(one, other));
        }
    }
}
