package io.tagwright.trainer.sd15.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.tagwright.trainer.nn.Embedding;
import io.tagwright.trainer.nn.LayerNorm;
import io.tagwright.trainer.nn.ModelContext;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.nn.Prefix;
import io.tagwright.trainer.sd15.config.ClipTextConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The CLIP text encoder (transformers {@code CLIPTextModel}, parameter names without the LDM
 * {@code cond_stage_model.transformer.} prefix). SD1.5 conditions on its last hidden state after the
 * final LayerNorm; {@code clip_skip = k} takes the output of layer n−k+1 instead and applies the same
 * final LayerNorm, as sd-scripts does. No attention mask: only the causal mask applies (SD1.5 pads with
 * the end token and lets the UNet see every position).
 */
public final class ClipTextModel {

    private final ClipTextConfig config;
    private final ModelContext context;
    private final Embedding tokenEmbedding;
    private final Embedding positionEmbedding;
    private final List<ClipEncoderLayer> layers = new ArrayList<>();
    private final LayerNorm finalLayerNorm;

    public ClipTextModel(ClipTextConfig c, Ops ops) {
        this.config = c;
        this.context = new ModelContext(ops);
        Prefix tm = context.root().child("text_model");
        Prefix emb = tm.child("embeddings");
        this.tokenEmbedding = new Embedding(emb.child("token_embedding"), c.vocabSize(), c.hiddenSize());
        this.positionEmbedding = new Embedding(emb.child("position_embedding"), c.maxPositionEmbeddings(),
                c.hiddenSize());
        for (int i = 0; i < c.numHiddenLayers(); i++) {
            layers.add(new ClipEncoderLayer(tm.child("encoder").child("layers").child(i), c));
        }
        this.finalLayerNorm = new LayerNorm(tm.child("final_layer_norm"), c.hiddenSize(), c.layerNormEps());
    }

    public ClipTextConfig config() {
        return config;
    }

    public ModelContext context() {
        return context;
    }

    /** token_embedding(ids) + position_embedding(0..L−1): hidden_states[0]. */
    public NDArray embeddings(NDArray inputIds) {
        long len = inputIds.getShape().get(1);
        if (len > config.maxPositionEmbeddings()) {
            throw new IllegalArgumentException("input has " + len + " tokens, the text encoder takes at most "
                    + config.maxPositionEmbeddings());
        }
        NDManager m = inputIds.getManager();
        NDArray positions = m.arange(0, (int) len, 1, DataType.INT64);
        NDArray ids = inputIds.getDataType() == DataType.INT64 ? inputIds : inputIds.toType(DataType.INT64, false);
        return tokenEmbedding.forward(ids).add(positionEmbedding.forward(positions).expandDims(0));
    }

    /** hidden_states[0..n]: the embeddings followed by each layer's output (before the final norm). */
    public List<NDArray> hiddenStates(NDArray inputIds, int upToLayer) {
        List<NDArray> states = new ArrayList<>();
        NDArray h = embeddings(inputIds);
        states.add(h);
        for (int i = 0; i < upToLayer; i++) {
            h = layers.get(i).forward(h);
            states.add(h);
        }
        return states;
    }

    /**
     * The conditioning SD1.5 uses: final_layer_norm(hidden_states[−clipSkip]) [B, L, hidden].
     * {@code clipSkip} 1 (or 0, meaning unset) is the plain last hidden state. Layers past the one
     * used are not run: their outputs would be discarded (their LoRA modules get no gradient either way).
     */
    public NDArray encode(NDArray inputIds, int clipSkip) {
        int skip = Math.max(1, clipSkip);
        if (skip > layers.size()) {
            throw new IllegalArgumentException("clip_skip " + clipSkip + " exceeds the " + layers.size()
                    + " text encoder layers");
        }
        List<NDArray> states = hiddenStates(inputIds, layers.size() - skip + 1);
        return finalLayerNorm.forward(states.get(states.size() - 1));
    }

    public NDArray finalLayerNorm(NDArray hidden) {
        return finalLayerNorm.forward(hidden);
    }

    public int layerCount() {
        return layers.size();
    }
}
