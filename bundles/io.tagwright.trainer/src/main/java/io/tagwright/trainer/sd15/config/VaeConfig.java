package io.tagwright.trainer.sd15.config;

import java.util.List;

/** Sizes of an {@code AutoencoderKL} with DownEncoderBlock2D / UpDecoderBlock2D blocks (SD1.5 layout). */
public record VaeConfig(int inChannels, int outChannels, List<Integer> blockOutChannels, int layersPerBlock,
        int latentChannels, int normNumGroups, double scalingFactor) {

    /** GroupNorm epsilon of every VAE norm (diffusers hard-codes it). */
    public static final double NORM_EPS = 1e-6;

    public VaeConfig {
        blockOutChannels = List.copyOf(blockOutChannels);
        for (int c : blockOutChannels) {
            if (c % normNumGroups != 0) {
                throw new IllegalArgumentException("VAE channels " + c + " not divisible by " + normNumGroups
                        + " groups");
            }
        }
    }

    public int blocks() {
        return blockOutChannels.size();
    }

    /** The SD1.5 VAE (also the sd-vae-ft-mse replacement). */
    public static VaeConfig sd15() {
        return new VaeConfig(3, 3, List.of(128, 256, 512, 512), 2, 4, 32, 0.18215);
    }
}
