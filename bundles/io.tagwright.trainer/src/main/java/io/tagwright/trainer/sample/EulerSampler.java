package io.tagwright.trainer.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import io.tagwright.trainer.nn.Scalars;
import io.tagwright.trainer.nn.Tensors;
import io.tagwright.trainer.sd15.ddpm.DdpmSchedule;

import java.util.SplittableRandom;

/**
 * diffusers' {@code EulerDiscreteScheduler} and {@code EulerAncestralDiscreteScheduler} (A1111's
 * "Euler" and "Euler a") with their defaults: "linspace" timesteps from 999 to 0, σ(t) interpolated
 * from √((1 − ᾱ)/ᾱ), a final σ = 0, input scaled by 1/√(σ² + 1), starting noise σ_max. The ancestral
 * variant steps down to σ_down and adds fresh noise of σ_up.
 */
public final class EulerSampler implements Sampler {

    private final boolean ancestral;
    private final double[] timesteps;
    private final double[] sigmas;

    public EulerSampler(int steps, boolean ancestral) {
        if (steps < 1 || steps > 1000) {
            throw new IllegalArgumentException("steps must be in 1..1000");
        }
        this.ancestral = ancestral;
        float[] ac = DdpmSchedule.sd15().alphasCumprod();
        double[] full = new double[ac.length];
        for (int k = 0; k < ac.length; k++) {
            full[k] = Math.sqrt((1.0 - ac[k]) / ac[k]);
        }
        timesteps = new double[steps];
        sigmas = new double[steps + 1];
        for (int i = 0; i < steps; i++) {
            double t = steps == 1 ? 999 : 999.0 * (steps - 1 - i) / (steps - 1);
            timesteps[i] = t;
            int lo = (int) Math.floor(t);
            int hi = Math.min(lo + 1, full.length - 1);
            sigmas[i] = (float) (full[lo] + (full[hi] - full[lo]) * (t - lo));
        }
        sigmas[steps] = 0;
    }

    @Override
    public String name() {
        return ancestral ? "euler_a" : "euler";
    }

    @Override
    public double[] timesteps() {
        return timesteps.clone();
    }

    @Override
    public double initNoiseSigma() {
        return sigmas[0];
    }

    @Override
    public NDArray scaleModelInput(NDArray sample, int i) {
        return Scalars.div(sample, Math.sqrt(sigmas[i] * sigmas[i] + 1));
    }

    @Override
    public NDArray step(NDArray eps, int i, NDArray sample, SplittableRandom rng) {
        double sigma = sigmas[i];
        double next = sigmas[i + 1];
        if (!ancestral) {
            // x0 = x − σ·ε; derivative (x − x0)/σ = ε
            return sample.add(Scalars.mul(eps, next - sigma));
        }
        double up = Math.sqrt(next * next * (sigma * sigma - next * next) / (sigma * sigma));
        double down = Math.sqrt(next * next - up * up);
        NDArray moved = sample.add(Scalars.mul(eps, down - sigma));
        if (up == 0) {
            return moved;
        }
        long[] shape = sample.getShape().getShape();
        float[] noise = new float[(int) sample.size()];
        for (int k = 0; k < noise.length; k++) {
            noise[k] = (float) rng.nextGaussian();
        }
        NDArray n = Tensors.owned(sample.getManager().create(noise, new Shape(shape)));
        return moved.add(Scalars.mul(n, up));
    }
}
