package io.tagwright.trainer.sd15;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.tagwright.trainer.sd15.ddpm.DdpmSchedule;
import io.tagwright.trainer.testutil.Golden;
import io.tagwright.trainer.testutil.Parity;

import org.junit.jupiter.api.Test;

class DdpmScheduleTest {

    @Test
    void tablesAndAddNoiseMatchDiffusers() {
        try (NDManager m = NDManager.newBaseManager(); Golden g = new Golden("ddpm.safetensors")) {
            DdpmSchedule s = DdpmSchedule.sd15();
            assertEquals(1000, s.numTrainTimesteps());
            // the tables come out of the same float32 kernels: bit-identical
            assertEquals(0.0, Parity.check("ddpm", "betas", s.betas(), g.floats("betas"), 0).maxAbs());
            assertEquals(0.0, Parity.check("ddpm", "alphas", s.alphas(), g.floats("alphas"), 0).maxAbs());
            assertEquals(0.0, Parity.check("ddpm", "alphas_cumprod", s.alphasCumprod(), g.floats("alphas_cumprod"), 0)
                    .maxAbs());
            NDArray x0 = g.array(m, "x0");
            NDArray noise = g.array(m, "noise");
            Parity.check("ddpm", "noisy_t999", s.addNoise(x0, noise, new long[] {999}), g.floats("noisy_t999"),
                    g.shape("noisy_t999"), 0);
            Parity.check("ddpm", "noisy_t37", s.addNoise(x0, noise, new long[] {37}), g.floats("noisy_t37"),
                    g.shape("noisy_t37"), 0);
            Parity.check("ddpm", "noisy_b3", s.addNoise(g.array(m, "x0_b3"), g.array(m, "noise_b3"),
                    g.array(m, "timesteps_b3")), g.floats("noisy_b3"), g.shape("noisy_b3"), 0);
            assertThrows(IllegalArgumentException.class, () -> s.addNoise(x0, noise, new long[] {1000}));
        }
    }
}
