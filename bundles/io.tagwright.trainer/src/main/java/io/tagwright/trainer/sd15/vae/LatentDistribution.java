package io.tagwright.trainer.sd15.vae;

import io.tagwright.trainer.nn.Scalars;
import ai.djl.ndarray.NDArray;

/**
 * The VAE encoder's diagonal Gaussian: mean and log-variance (clamped to [−30, 20]) from the moments.
 * Training latents are {@code mean} (deterministic) or {@link #sample(NDArray)}, then scaled by
 * {@link AutoencoderKl#scale(NDArray)}.
 */
public record LatentDistribution(NDArray mean, NDArray logvar) {

    /** Splits [B, 2·C, H, W] moments into mean and clamped log-variance. */
    public static LatentDistribution fromMoments(NDArray moments) {
        long c = moments.getShape().get(1) / 2;
        NDArray mean = moments.get(":, 0:" + c);
        NDArray logvar = moments.get(":, " + c + ":").clip(-30.0, 20.0);
        return new LatentDistribution(mean, logvar);
    }

    public NDArray std() {
        return Scalars.mul(logvar, 0.5).exp();
    }

    /** mean + std · eps for a given standard-normal draw (as latent_dist.sample() with that draw). */
    public NDArray sample(NDArray eps) {
        return mean.add(std().mul(eps));
    }
}
