package io.tagwright.trainer.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.tagwright.trainer.nn.Tensors;
import io.tagwright.trainer.sd15.ddpm.DdpmSchedule;
import io.tagwright.trainer.train.TrainBatch;

import java.util.SplittableRandom;

/**
 * The random half of a step, as train_network.py draws it: noise ε ~ N(0, 1) shaped like the latents
 * ({@code noise_offset}: plus offset · N(0, 1) per sample and channel, widened by
 * {@code adaptive_noise_scale} · |channel mean of the latents|), one timestep per sample uniform in
 * [min_timestep, max_timestep), {@code ip_noise_gamma} input perturbation, and the per-sample loss
 * weights: prior loss weight × min(γ/SNR(t), 1) with {@code min_snr_gamma} × 1/√min(SNR(t), 1000) with
 * {@code debiased_estimation_loss}.
 */
final class StepInputs {

    private final EngineSettings.Noise settings;
    private final RandomStreams random;
    private final float[] snr;

    StepInputs(EngineSettings.Noise settings, RandomStreams random, DdpmSchedule schedule) {
        this.settings = settings;
        this.random = random;
        float[] ac = schedule.alphasCumprod();
        this.snr = new float[ac.length];
        for (int t = 0; t < ac.length; t++) {
            // sd-scripts: (sqrt(ᾱ) / sqrt(1 − ᾱ)) ** 2 in float32
            float ratio = (float) Math.sqrt(ac[t]) / (float) Math.sqrt(1f - ac[t]);
            snr[t] = ratio * ratio;
        }
    }

    /** The batch for micro-batch {@code micro}: {@code latents} scaled, {@code weights} the dataset's loss weights. */
    TrainBatch build(NDArray latents, float[] weights, NDArray inputIds, long micro) {
        long[] shape = latents.getShape().getShape();
        int b = (int) shape[0];
        int c = (int) shape[1];
        int plane = (int) (shape[2] * shape[3]);
        float[] noise = RandomStreams.gaussian(random.stream(RandomStreams.Purpose.NOISE, micro), b * c * plane);
        if (settings.noiseOffset() > 0) {
            addOffset(noise, latents, b, c, plane, micro);
        }
        long[] t = new long[b];
        SplittableRandom tr = random.stream(RandomStreams.Purpose.TIMESTEPS, micro);
        for (int i = 0; i < b; i++) {
            t[i] = tr.nextInt(settings.minTimestep(), settings.maxTimestep());
        }
        NDManager m = latents.getManager();
        NDArray noiseArray = Tensors.owned(m.create(noise, new Shape(shape)));
        TrainBatch.Builder tb = TrainBatch.builder().setLatents(latents).setNoise(noiseArray).setTimesteps(t)
                .optInputIds(inputIds).optLossWeights(lossWeights(weights, t));
        if (settings.ipNoiseGamma() > 0) {
            float[] ip = RandomStreams.gaussian(random.stream(RandomStreams.Purpose.IP_NOISE, micro), noise.length);
            for (int i = 0; i < ip.length; i++) {
                ip[i] = noise[i] + (float) settings.ipNoiseGamma() * ip[i];
            }
            tb.optInputNoise(Tensors.owned(m.create(ip, new Shape(shape))));
        }
        return tb.build();
    }

    private void addOffset(float[] noise, NDArray latents, int b, int c, int plane, long micro) {
        float[] offsets = RandomStreams.gaussian(random.stream(RandomStreams.Purpose.NOISE_OFFSET, micro), b * c);
        float[] lat = settings.adaptiveNoiseScale() != null ? latents.toFloatArray() : null;
        for (int bc = 0; bc < b * c; bc++) {
            double offset = settings.noiseOffset();
            if (lat != null) {
                double mean = 0;
                for (int k = 0; k < plane; k++) {
                    mean += lat[bc * plane + k];
                }
                offset = Math.max(0, offset + settings.adaptiveNoiseScale() * Math.abs(mean / plane));
            }
            float add = (float) (offset * offsets[bc]);
            for (int k = 0; k < plane; k++) {
                noise[bc * plane + k] += add;
            }
        }
    }

    float[] lossWeights(float[] datasetWeights, long[] t) {
        float[] w = datasetWeights.clone();
        for (int i = 0; i < w.length; i++) {
            float s = snr[(int) t[i]];
            if (settings.minSnrGamma() != null) {
                w[i] *= (float) Math.min(settings.minSnrGamma() / s, 1.0);
            }
            if (settings.debiasedEstimation()) {
                w[i] *= (float) (1.0 / Math.sqrt(Math.min(s, 1000f)));
            }
        }
        return w;
    }
}
