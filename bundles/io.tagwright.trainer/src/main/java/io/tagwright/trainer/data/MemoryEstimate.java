package io.tagwright.trainer.data;

import io.tagwright.trainer.protocol.config.RunConfig;

import java.util.List;

/**
 * A rough GPU/CPU memory estimate for SD1.5 LoRA training, to warn before a run that will not fit.
 * Weights are exact sizes; activations are a coarse rule of thumb (about 6 GB per 512×512 image in
 * fp32 without gradient checkpointing, halved for fp16/bf16, a quarter with checkpointing), so the
 * result is an order of magnitude, not a promise.
 */
final class MemoryEstimate {
    private static final long UNET_PARAMS = 859_520_964L;
    private static final long TE_PARAMS = 123_060_480L;
    private static final long VAE_PARAMS = 83_653_863L;
    /** LoRA parameters per rank unit for SD1.5 (56,623,104 at rank 96). */
    private static final long LORA_TE_PER_RANK = 165_888L;
    private static final long LORA_UNET_PER_RANK = 423_936L;

    private MemoryEstimate() {
    }

    static long bytes(RunConfig c, List<BucketPlan> datasets) {
        String mp = c.string("mixed_precision");
        boolean half = "fp16".equals(mp) || "bf16".equals(mp);
        int weightBytes = half ? 2 : 4;
        long rank = Math.max(1, c.integer("network_dim", 4));
        boolean unetOnly = c.bool("network_train_unet_only");
        long lora = rank * (LORA_UNET_PER_RANK + (unetOnly ? 0 : LORA_TE_PER_RANK));
        long weights = (UNET_PARAMS + TE_PARAMS + VAE_PARAMS) * weightBytes;
        long loraState = lora * 4 * 4; // fp32 weights, grads and two optimizer moments
        long maxPixels = 0;
        int batch = 1;
        for (BucketPlan p : datasets) {
            batch = Math.max(batch, p.batchSize());
            for (BucketPlan.Bucket b : p.buckets()) {
                maxPixels = Math.max(maxPixels, (long) b.reso().width() * b.reso().height());
            }
        }
        double perImage = 6.0e9 * maxPixels / (512.0 * 512.0);
        if (half) {
            perImage /= 2;
        }
        if (c.bool("gradient_checkpointing")) {
            perImage /= 4;
        }
        return weights + loraState + (long) (perImage * batch);
    }
}
