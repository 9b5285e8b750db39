package io.tagwright.trainer.sd15.config;

import java.util.List;

/**
 * Sizes of an SD1.x-style {@code UNet2DConditionModel}: CrossAttnDownBlock2D/DownBlock2D down blocks,
 * a UNetMidBlock2DCrossAttn and UpBlock2D/CrossAttnUpBlock2D up blocks.
 *
 * @param attentionHeads        number of heads per down block (diffusers' legacy {@code attention_head_dim}
 *                              means heads for SD1.5); up blocks use the reversed list, the mid block the last
 * @param useLinearProjection   Transformer2D proj_in/proj_out as Linear (SD2) instead of 1×1 conv (SD1.5)
 */
public record UnetConfig(int inChannels, int outChannels, List<Integer> blockOutChannels,
        List<String> downBlockTypes, List<String> upBlockTypes, int layersPerBlock, int normNumGroups,
        double normEps, int crossAttentionDim, List<Integer> attentionHeads, int transformerLayersPerBlock,
        boolean useLinearProjection, boolean flipSinToCos, int freqShift) {

    public static final String CROSS_DOWN = "CrossAttnDownBlock2D";
    public static final String DOWN = "DownBlock2D";
    public static final String CROSS_UP = "CrossAttnUpBlock2D";
    public static final String UP = "UpBlock2D";

    /** GroupNorm epsilon inside Transformer2D blocks (diffusers hard-codes 1e-6). */
    public static final double TRANSFORMER_NORM_EPS = 1e-6;
    /** LayerNorm epsilon inside BasicTransformerBlock. */
    public static final double LAYER_NORM_EPS = 1e-5;

    public UnetConfig {
        blockOutChannels = List.copyOf(blockOutChannels);
        downBlockTypes = List.copyOf(downBlockTypes);
        upBlockTypes = List.copyOf(upBlockTypes);
        attentionHeads = List.copyOf(attentionHeads);
        int n = blockOutChannels.size();
        if (downBlockTypes.size() != n || upBlockTypes.size() != n || attentionHeads.size() != n) {
            throw new IllegalArgumentException("block_out_channels, down/up block types and attention heads "
                    + "must have the same length");
        }
        for (String t : downBlockTypes) {
            if (!CROSS_DOWN.equals(t) && !DOWN.equals(t)) {
                throw new IllegalArgumentException("unsupported down block type " + t);
            }
        }
        for (String t : upBlockTypes) {
            if (!CROSS_UP.equals(t) && !UP.equals(t)) {
                throw new IllegalArgumentException("unsupported up block type " + t);
            }
        }
        for (int i = 0; i < n; i++) {
            if (blockOutChannels.get(i) % attentionHeads.get(i) != 0) {
                throw new IllegalArgumentException("channels " + blockOutChannels.get(i) + " not divisible by "
                        + attentionHeads.get(i) + " heads");
            }
        }
    }

    public int blocks() {
        return blockOutChannels.size();
    }

    public int channels(int block) {
        return blockOutChannels.get(block);
    }

    /** Width of the sinusoidal timestep projection (block_out_channels[0]). */
    public int timeProjDim() {
        return blockOutChannels.get(0);
    }

    /** Width of the time embedding MLP output (4 × block_out_channels[0]). */
    public int timeEmbedDim() {
        return blockOutChannels.get(0) * 4;
    }

    public boolean downHasAttention(int block) {
        return CROSS_DOWN.equals(downBlockTypes.get(block));
    }

    public boolean upHasAttention(int block) {
        return CROSS_UP.equals(upBlockTypes.get(block));
    }

    public int downHeads(int block) {
        return attentionHeads.get(block);
    }

    public int upHeads(int block) {
        return attentionHeads.get(blocks() - 1 - block);
    }

    public int midHeads() {
        return attentionHeads.get(blocks() - 1);
    }

    /** runwayml/stable-diffusion-v1-5's UNet. */
    public static UnetConfig sd15() {
        return new UnetConfig(4, 4, List.of(320, 640, 1280, 1280),
                List.of(CROSS_DOWN, CROSS_DOWN, CROSS_DOWN, DOWN), List.of(UP, CROSS_UP, CROSS_UP, CROSS_UP),
                2, 32, 1e-5, 768, List.of(8, 8, 8, 8), 1, false, true, 0);
    }
}
