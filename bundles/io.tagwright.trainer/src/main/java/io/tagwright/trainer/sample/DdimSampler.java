package io.tagwright.trainer.sample;

import ai.djl.ndarray.NDArray;
import io.tagwright.trainer.nn.Scalars;
import io.tagwright.trainer.sd15.ddpm.DdpmSchedule;

import java.util.SplittableRandom;

/**
 * diffusers' {@code DDIMScheduler} with η = 0 as sd-scripts configures it for samples: SD's
 * scaled-linear betas, "leading" timesteps ({@code 1000 // steps} apart, from 0), the final step
 * going to ᾱ = 1 ({@code set_alpha_to_one}), and the predicted x₀ clipped to [−1, 1] (sd-scripts
 * switches {@code clip_sample} on).
 */
public final class DdimSampler implements Sampler {

    private final float[] alphasCumprod;
    private final int[] timesteps;
    private final int stepRatio;

    public DdimSampler(int steps) {
        if (steps < 1 || steps > 1000) {
            throw new IllegalArgumentException("steps must be in 1..1000");
        }
        DdpmSchedule s = DdpmSchedule.sd15();
        this.alphasCumprod = s.alphasCumprod();
        this.stepRatio = s.numTrainTimesteps() / steps;
        this.timesteps = new int[steps];
        for (int i = 0; i < steps; i++) {
            timesteps[i] = (steps - 1 - i) * stepRatio;
        }
    }

    @Override
    public String name() {
        return "ddim";
    }

    @Override
    public double[] timesteps() {
        double[] out = new double[timesteps.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = timesteps[i];
        }
        return out;
    }

    @Override
    public double initNoiseSigma() {
        return 1.0;
    }

    @Override
    public NDArray scaleModelInput(NDArray sample, int i) {
        return sample;
    }

    @Override
    public NDArray step(NDArray eps, int i, NDArray sample, SplittableRandom rng) {
        int t = timesteps[i];
        int prev = t - stepRatio;
        double alphaT = alphasCumprod[t];
        double alphaPrev = prev >= 0 ? alphasCumprod[prev] : 1.0;
        NDArray x0 = Scalars.div(sample.sub(Scalars.mul(eps, Math.sqrt(1 - alphaT))), Math.sqrt(alphaT));
        x0 = x0.clip(-1.0, 1.0);
        return Scalars.mul(x0, Math.sqrt(alphaPrev)).add(Scalars.mul(eps, Math.sqrt(1 - alphaPrev)));
    }
}
