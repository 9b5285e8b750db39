package io.tagwright.trainer.sample;

import ai.djl.ndarray.NDArray;

import java.util.SplittableRandom;

/**
 * A diffusion sampler: which timesteps the UNet sees, how its input is scaled, and how one step
 * turns its ε prediction into the next latents. Created for a number of steps; stateless otherwise.
 */
public interface Sampler {

    /** sd-scripts' name ({@code ddim}, {@code euler}, {@code euler_a}). */
    String name();

    /** The timesteps the UNet is evaluated at, first to last. */
    double[] timesteps();

    /** The standard deviation of the starting noise. */
    double initNoiseSigma();

    /** The UNet input for step {@code i} (identity for DDIM). */
    NDArray scaleModelInput(NDArray sample, int i);

    /** The latents after step {@code i}; {@code rng} supplies the noise of ancestral samplers. */
    NDArray step(NDArray eps, int i, NDArray sample, SplittableRandom rng);

    /** A sampler by sd-scripts name with {@code steps} steps (unknown names: DDIM). */
    static Sampler create(String name, int steps) {
        return switch (name) {
            case "euler", "k_euler" -> new EulerSampler(steps, false);
            case "euler_a", "k_euler_a" -> new EulerSampler(steps, true);
            default -> new DdimSampler(steps);
        };
    }
}
