package io.tagwright.trainer.sd15.config;

/**
 * Sizes of a CLIP text encoder (transformers {@code CLIPTextConfig}).
 *
 * @param hiddenAct {@code quick_gelu} for SD1.5; {@code gelu} (erf) is also supported
 */
public record ClipTextConfig(int vocabSize, int hiddenSize, int intermediateSize, int numHiddenLayers,
        int numAttentionHeads, int maxPositionEmbeddings, double layerNormEps, String hiddenAct) {

    public ClipTextConfig {
        if (hiddenSize % numAttentionHeads != 0) {
            throw new IllegalArgumentException("hidden_size " + hiddenSize + " is not divisible by "
                    + numAttentionHeads + " heads");
        }
        if (!"quick_gelu".equals(hiddenAct) && !"gelu".equals(hiddenAct)) {
            throw new IllegalArgumentException("unsupported hidden_act '" + hiddenAct + "'");
        }
    }

    public int headDim() {
        return hiddenSize / numAttentionHeads;
    }

    /** openai/clip-vit-large-patch14's text tower, the SD1.5 text encoder. */
    public static ClipTextConfig sd15() {
        return new ClipTextConfig(49408, 768, 3072, 12, 12, 77, 1e-5, "quick_gelu");
    }
}
