package io.tagwright.trainer.lora;

/**
 * One layer that gets a LoRA module, with the shapes kohya gives it.
 *
 * @param name       kohya name, e.g. {@code lora_unet_down_blocks_0_attentions_0_proj_in}
 * @param modulePath dotted path of the adapted layer inside its network (diffusers/transformers names)
 * @param kernel     0 for Linear, else the square conv kernel
 */
public record LoraTarget(String name, LoraComponent component, String modulePath, int in, int out, int kernel,
        int stride, int padding, int rank, float alpha) {

    public boolean isLinear() {
        return kernel == 0;
    }

    /** kohya's {@code org_class} label: Linear, Conv2d1x1 or Conv2d3x3. */
    public String orgClass() {
        return isLinear() ? "Linear" : "Conv2d" + kernel + "x" + kernel;
    }

    /** lora_down: Linear [r, in]; conv [r, in, k, k] (same stride/padding as the adapted conv). */
    public long[] downShape() {
        return isLinear() ? new long[] {rank, in} : new long[] {rank, in, kernel, kernel};
    }

    /** lora_up: Linear [out, r]; conv [out, r, 1, 1]. */
    public long[] upShape() {
        return isLinear() ? new long[] {out, rank} : new long[] {out, rank, 1, 1};
    }

    /** alpha / rank, the factor kohya applies to the LoRA branch (before the multiplier). */
    public double scale() {
        return alpha / (double) rank;
    }

    public long parameterCount() {
        long k = isLinear() ? 1 : (long) kernel * kernel;
        return (long) rank * in * k + (long) out * rank;
    }

    public LoraTarget withRankAndAlpha(int newRank, float newAlpha) {
        return new LoraTarget(name, component, modulePath, in, out, kernel, stride, padding, newRank, newAlpha);
    }
}
