package io.tagwright.trainer.sd15.ddpm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.tagwright.trainer.nn.Tensors;

/**
 * The DDPM noise schedule train_network.py builds ({@code DDPMScheduler(beta_start=0.00085,
 * beta_end=0.012, beta_schedule="scaled_linear", num_train_timesteps=1000, clip_sample=False)}) and its
 * {@code add_noise}.
 *
 * <p>The tables follow libtorch's float32 CPU kernels ({@code linspace}, {@code pow}, {@code cumprod}
 * with its double running product), so they equal diffusers' bit for bit.
 */
public final class DdpmSchedule {

    private final float[] betas;
    private final float[] alphas;
    private final float[] alphasCumprod;

    private DdpmSchedule(float[] betas, float[] alphas, float[] alphasCumprod) {
        this.betas = betas;
        this.alphas = alphas;
        this.alphasCumprod = alphasCumprod;
    }

    /** betas = linspace(√start, √end, steps, float32)², the "scaled_linear" schedule. */
    public static DdpmSchedule scaledLinear(double betaStart, double betaEnd, int steps) {
        float[] lin = linspaceF32((float) Math.sqrt(betaStart), (float) Math.sqrt(betaEnd), steps);
        float[] betas = new float[steps];
        float[] alphas = new float[steps];
        float[] cumprod = new float[steps];
        double running = 1.0;
        for (int i = 0; i < steps; i++) {
            betas[i] = lin[i] * lin[i];
            alphas[i] = 1f - betas[i];
            // torch's CPU cumprod accumulates float32 inputs in double and rounds each output
            running *= alphas[i];
            cumprod[i] = (float) running;
        }
        return new DdpmSchedule(betas, alphas, cumprod);
    }

    /** SD1.x training schedule: scaled_linear 0.00085 → 0.012 over 1000 steps. */
    public static DdpmSchedule sd15() {
        return scaledLinear(0.00085, 0.012, 1000);
    }

    /**
     * float32 {@code torch.linspace} as libtorch's CPU kernel computes it: step = (end − start)/(n − 1);
     * the first half counts up from start, the second half down from end; values come in 8-lane vectors
     * whose first lane is {@code fma(step, i, start)} (or {@code fma(−step, n−1−i, end)}) and whose other
     * lanes add k·step with another fused multiply-add; a tail shorter than 16 is computed lane by lane.
     * Following the kernel reproduces the reference schedule bit for bit, where a plain
     * {@code start + i·step} differs in the last bit for about a quarter of the values.
     */
    static float[] linspaceF32(float start, float end, int n) {
        float[] out = new float[n];
        if (n == 1) {
            out[0] = start;
            return out;
        }
        float step = (end - start) / (float) (n - 1);
        int half = n / 2;
        final int lanes = 8;
        int vectorEnd = n - n % (2 * lanes);
        for (int i = 0; i < vectorEnd; i += lanes) {
            float base = point(start, end, step, half, n, i);
            out[i] = base;
            for (int k = 1; k < lanes; k++) {
                out[i + k] = Math.fma((float) k, step, base);
            }
        }
        for (int i = vectorEnd; i < n; i++) {
            out[i] = point(start, end, step, half, n, i);
        }
        return out;
    }

    private static float point(float start, float end, float step, int half, int n, int i) {
        return i < half ? Math.fma(step, (float) i, start) : Math.fma(-step, (float) (n - 1 - i), end);
    }

    public int numTrainTimesteps() {
        return betas.length;
    }

    public float[] betas() {
        return betas.clone();
    }

    public float[] alphas() {
        return alphas.clone();
    }

    public float[] alphasCumprod() {
        return alphasCumprod.clone();
    }

    /**
     * √ᾱₜ·x₀ + √(1−ᾱₜ)·ε with one timestep per sample (or one for all). Coefficients are rounded to
     * float32 like torch's {@code alphas_cumprod[t] ** 0.5}.
     */
    public NDArray addNoise(NDArray original, NDArray noise, long[] timesteps) {
        long batch = original.getShape().get(0);
        if (timesteps.length != batch && timesteps.length != 1) {
            throw new IllegalArgumentException(timesteps.length + " timesteps for a batch of " + batch);
        }
        float[] a = new float[(int) batch];
        float[] s = new float[(int) batch];
        for (int i = 0; i < batch; i++) {
            long t = timesteps[timesteps.length == 1 ? 0 : i];
            if (t < 0 || t >= alphasCumprod.length) {
                throw new IllegalArgumentException("timestep " + t + " outside [0, " + alphasCumprod.length + ")");
            }
            float ac = alphasCumprod[(int) t];
            a[i] = (float) Math.sqrt(ac);
            s[i] = (float) Math.sqrt(1f - ac);
        }
        long[] bshape = new long[original.getShape().dimension()];
        java.util.Arrays.fill(bshape, 1);
        bshape[0] = batch;
        NDManager m = original.getManager();
        NDArray sqrtAlpha = Tensors.owned(m.create(a)).reshape(bshape);
        NDArray sqrtOneMinus = Tensors.owned(m.create(s)).reshape(bshape);
        return sqrtAlpha.mul(original).add(sqrtOneMinus.mul(noise));
    }

    /** As {@link #addNoise(NDArray, NDArray, long[])} with an int64 timestep array. */
    public NDArray addNoise(NDArray original, NDArray noise, NDArray timesteps) {
        return addNoise(original, noise, timesteps.toType(DataType.INT64, false).toLongArray());
    }
}
