package io.tagwright.trainer.engine;

import java.util.SplittableRandom;

/**
 * The run's random numbers, drawn in Java from the seed and a position instead of from one running
 * generator: the noise of micro-batch 17 is the same whether the run started at 0 or resumed at 16,
 * on CPU or GPU, with any thread count. That is what makes {@code --resume} exact without pickling a
 * generator's state.
 */
public final class RandomStreams {

    /** What a draw is for; each purpose is its own stream. */
    public enum Purpose {
        NOISE, TIMESTEPS, NOISE_OFFSET, IP_NOISE, VAE_SAMPLE, CACHED_VAE_SAMPLE, SAMPLE_IMAGE, SAMPLE_SEED
    }

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A generator for one (purpose, index) pair. */
    public SplittableRandom stream(Purpose purpose, long index) {
        return new SplittableRandom(mix(mix(seed, purpose.ordinal() + 1L), index));
    }

    /** {@code n} standard-normal floats. */
    public static float[] gaussian(SplittableRandom rng, int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) rng.nextGaussian();
        }
        return out;
    }

    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
