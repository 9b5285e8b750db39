package io.tagwright.trainer.demo;

import io.tagwright.trainer.protocol.files.AtomicFiles;
import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.sd15.config.ClipTextConfig;
import io.tagwright.trainer.sd15.config.ModelConfig;
import io.tagwright.trainer.sd15.config.UnetConfig;
import io.tagwright.trainer.sd15.config.VaeConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code config.json} files of a diffusers SD1.x folder for given sizes, as diffusers writes them. */
final class DiffusersConfigs {

    private DiffusersConfigs() {
    }

    static void write(Path dir, ModelConfig c) throws IOException {
        AtomicFiles.writeString(dir.resolve("unet/config.json"), Json.write(unet(c.unet())) + "\n");
        AtomicFiles.writeString(dir.resolve("vae/config.json"), Json.write(vae(c.vae())) + "\n");
        AtomicFiles.writeString(dir.resolve("text_encoder/config.json"), Json.write(text(c.textEncoder())) + "\n");
        Map<String, Object> sched = new LinkedHashMap<>();
        sched.put("_class_name", "PNDMScheduler");
        sched.put("beta_start", 0.00085);
        sched.put("beta_end", 0.012);
        sched.put("beta_schedule", "scaled_linear");
        sched.put("num_train_timesteps", 1000L);
        sched.put("set_alpha_to_one", false);
        sched.put("skip_prk_steps", true);
        sched.put("steps_offset", 1L);
        sched.put("clip_sample", false);
        AtomicFiles.writeString(dir.resolve("scheduler/scheduler_config.json"), Json.write(sched) + "\n");
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("_class_name", "StableDiffusionPipeline");
        index.put("_tagwright", "random weights written by Tagwright for demos and benchmarks, not for real use");
        index.put("unet", List.of("diffusers", "UNet2DConditionModel"));
        index.put("vae", List.of("diffusers", "AutoencoderKL"));
        index.put("text_encoder", List.of("transformers", "CLIPTextModel"));
        index.put("tokenizer", List.of("transformers", "CLIPTokenizer"));
        index.put("scheduler", List.of("diffusers", "PNDMScheduler"));
        AtomicFiles.writeString(dir.resolve("model_index.json"), Json.write(index) + "\n");
    }

    private static Map<String, Object> unet(UnetConfig u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("_class_name", "UNet2DConditionModel");
        m.put("sample_size", 64L);
        m.put("in_channels", (long) u.inChannels());
        m.put("out_channels", (long) u.outChannels());
        m.put("block_out_channels", longs(u.blockOutChannels()));
        m.put("down_block_types", u.downBlockTypes());
        m.put("up_block_types", u.upBlockTypes());
        m.put("mid_block_type", "UNetMidBlock2DCrossAttn");
        m.put("layers_per_block", (long) u.layersPerBlock());
        m.put("norm_num_groups", (long) u.normNumGroups());
        m.put("norm_eps", u.normEps());
        m.put("cross_attention_dim", (long) u.crossAttentionDim());
        m.put("attention_head_dim", longs(u.attentionHeads()));
        m.put("transformer_layers_per_block", (long) u.transformerLayersPerBlock());
        m.put("use_linear_projection", u.useLinearProjection());
        m.put("act_fn", "silu");
        m.put("flip_sin_to_cos", u.flipSinToCos());
        m.put("freq_shift", (long) u.freqShift());
        m.put("downsample_padding", 1L);
        m.put("center_input_sample", false);
        return m;
    }

    private static Map<String, Object> vae(VaeConfig v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("_class_name", "AutoencoderKL");
        m.put("in_channels", (long) v.inChannels());
        m.put("out_channels", (long) v.outChannels());
        m.put("block_out_channels", longs(v.blockOutChannels()));
        m.put("down_block_types", Collections.nCopies(v.blocks(), "DownEncoderBlock2D"));
        m.put("up_block_types", Collections.nCopies(v.blocks(), "UpDecoderBlock2D"));
        m.put("layers_per_block", (long) v.layersPerBlock());
        m.put("act_fn", "silu");
        m.put("latent_channels", (long) v.latentChannels());
        m.put("norm_num_groups", (long) v.normNumGroups());
        m.put("scaling_factor", v.scalingFactor());
        return m;
    }

    private static Map<String, Object> text(ClipTextConfig t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("architectures", List.of("CLIPTextModel"));
        m.put("model_type", "clip_text_model");
        m.put("vocab_size", (long) t.vocabSize());
        m.put("hidden_size", (long) t.hiddenSize());
        m.put("intermediate_size", (long) t.intermediateSize());
        m.put("num_hidden_layers", (long) t.numHiddenLayers());
        m.put("num_attention_heads", (long) t.numAttentionHeads());
        m.put("max_position_embeddings", (long) t.maxPositionEmbeddings());
        m.put("layer_norm_eps", t.layerNormEps());
        m.put("hidden_act", t.hiddenAct());
        m.put("projection_dim", (long) t.hiddenSize());
        m.put("bos_token_id", 0L);
        m.put("pad_token_id", 1L);
        m.put("eos_token_id", 2L);
        m.put("torch_dtype", "float32");
        return m;
    }

    private static List<Object> longs(List<Integer> ints) {
        List<Object> out = new ArrayList<>();
        for (int i : ints) {
            out.add((long) i);
        }
        return out;
    }
}
