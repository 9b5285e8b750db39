package io.tagwright.trainer.sd15.config;

import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.protocol.json.JsonException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads architecture sizes from the files people have: a diffusers model folder
 * ({@code unet/config.json}, {@code vae/config.json}, {@code text_encoder/config.json}), one of those
 * {@code config.json} files alone (the other networks are then SD1.5's), or a combined file with
 * {@code unet_diffusers_config} / {@code vae_diffusers_config} / {@code text_encoder_config} (the tiny
 * test model's {@code tiny_config.json}).
 *
 * <p>Settings that would change the graph in ways this trainer does not build (class embeddings,
 * other time embeddings, dual attention, ...) are refused with a message naming the key, rather than
 * silently ignored.
 */
public final class ModelConfigReader {

    private ModelConfigReader() {
    }

    /** Reads a folder, a component config.json, a model_index.json or a combined config file. */
    public static ModelConfig read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return readDiffusersFolder(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new ModelConfigException(path, "no such file or folder");
        }
        if (path.getFileName().toString().equals("model_index.json")) {
            return readDiffusersFolder(path.toAbsolutePath().getParent());
        }
        Map<String, Object> json = parse(path);
        if (json.containsKey("unet_diffusers_config")) {
            return new ModelConfig(
                    unet(path, object(path, json, "unet_diffusers_config")),
                    json.containsKey("vae_diffusers_config") ? vae(path, object(path, json, "vae_diffusers_config"))
                            : VaeConfig.sd15(),
                    json.containsKey("text_encoder_config") ? clip(path, object(path, json, "text_encoder_config"))
                            : ClipTextConfig.sd15());
        }
        String cls = json.get("_class_name") instanceof String s ? s : "";
        if ("UNet2DConditionModel".equals(cls)) {
            return ModelConfig.sd15().withUnet(unet(path, json));
        }
        if ("AutoencoderKL".equals(cls)) {
            return ModelConfig.sd15().withVae(vae(path, json));
        }
        if ("clip_text_model".equals(json.get("model_type"))) {
            return ModelConfig.sd15().withTextEncoder(clip(path, json));
        }
        throw new ModelConfigException(path, "not a diffusers UNet/VAE config, a CLIP text config, "
                + "a model_index.json or a combined config with unet_diffusers_config");
    }

    /** A diffusers folder: unet/, vae/ and text_encoder/ each with a config.json. */
    public static ModelConfig readDiffusersFolder(Path folder) throws IOException {
        Path u = folder.resolve("unet/config.json");
        Path v = folder.resolve("vae/config.json");
        Path t = folder.resolve("text_encoder/config.json");
        for (Path p : List.of(u, v, t)) {
            if (!Files.isRegularFile(p)) {
                throw new ModelConfigException(folder, "not a diffusers model folder: missing "
                        + folder.relativize(p));
            }
        }
        return new ModelConfig(unet(u, parse(u)), vae(v, parse(v)), clip(t, parse(t)));
    }

    private static Map<String, Object> parse(Path p) throws IOException {
        try {
            return Json.parseObject(Files.readString(p));
        } catch (JsonException e) {
            throw new ModelConfigException(p, "invalid JSON: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Path p, Map<String, Object> json, String key)
            throws ModelConfigException {
        if (json.get(key) instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new ModelConfigException(p, "'" + key + "' must be a JSON object");
    }

    public static UnetConfig unet(Path p, Map<String, Object> c) throws ModelConfigException {
        requireAbsentOrEqual(p, c, "class_embed_type", null);
        requireAbsentOrEqual(p, c, "addition_embed_type", null);
        requireAbsentOrEqual(p, c, "encoder_hid_dim", null);
        requireAbsentOrEqual(p, c, "num_class_embeds", null);
        requireAbsentOrEqual(p, c, "time_cond_proj_dim", null);
        requireAbsentOrEqual(p, c, "time_embedding_type", "positional");
        requireAbsentOrEqual(p, c, "resnet_time_scale_shift", "default");
        requireAbsentOrEqual(p, c, "act_fn", "silu");
        requireAbsentOrEqual(p, c, "mid_block_type", "UNetMidBlock2DCrossAttn");
        requireAbsentOrEqual(p, c, "center_input_sample", Boolean.FALSE);
        requireAbsentOrEqual(p, c, "dual_cross_attention", Boolean.FALSE);
        requireAbsentOrEqual(p, c, "only_cross_attention", Boolean.FALSE);
        requireAbsentOrEqual(p, c, "upcast_attention", Boolean.FALSE);
        requireAbsentOrEqual(p, c, "conv_in_kernel", 3L);
        requireAbsentOrEqual(p, c, "conv_out_kernel", 3L);
        requireAbsentOrEqual(p, c, "downsample_padding", 1L);
        requireAbsentOrEqual(p, c, "time_embedding_dim", null);
        requireAbsentOrEqual(p, c, "timestep_post_act", null);
        requireAbsentOrEqual(p, c, "resnet_out_scale_factor", 1.0);
        requireAbsentOrEqual(p, c, "resnet_skip_time_act", Boolean.FALSE);
        if (c.containsKey("mid_block_scale_factor") && number(p, c, "mid_block_scale_factor") != 1.0) {
            throw unsupported(p, "mid_block_scale_factor", c.get("mid_block_scale_factor"));
        }
        List<Integer> channels = intList(p, c, "block_out_channels");
        int n = channels.size();
        Object headsValue = c.get("num_attention_heads") != null ? c.get("num_attention_heads")
                : c.get("attention_head_dim");
        List<Integer> heads = perBlock(p, "attention_head_dim", headsValue, n);
        int tlayers = c.containsKey("transformer_layers_per_block")
                ? (int) number(p, c, "transformer_layers_per_block") : 1;
        if (!(c.getOrDefault("cross_attention_dim", 768L) instanceof Long)) {
            throw unsupported(p, "cross_attention_dim", c.get("cross_attention_dim"));
        }
        try {
            return new UnetConfig(integer(p, c, "in_channels", 4), integer(p, c, "out_channels", 4), channels,
                    stringList(p, c, "down_block_types"), stringList(p, c, "up_block_types"),
                    integer(p, c, "layers_per_block", 2), integer(p, c, "norm_num_groups", 32),
                    c.containsKey("norm_eps") ? number(p, c, "norm_eps") : 1e-5,
                    integer(p, c, "cross_attention_dim", 768), heads, tlayers,
                    Boolean.TRUE.equals(c.get("use_linear_projection")),
                    !Boolean.FALSE.equals(c.getOrDefault("flip_sin_to_cos", Boolean.TRUE)),
                    integer(p, c, "freq_shift", 0));
        } catch (IllegalArgumentException e) {
            throw new ModelConfigException(p, e.getMessage(), e);
        }
    }

    public static VaeConfig vae(Path p, Map<String, Object> c) throws ModelConfigException {
        requireAbsentOrEqual(p, c, "act_fn", "silu");
        requireAbsentOrEqual(p, c, "mid_block_add_attention", Boolean.TRUE);
        List<Integer> channels = intList(p, c, "block_out_channels");
        for (String key : List.of("down_block_types", "up_block_types")) {
            String want = key.startsWith("down") ? "DownEncoderBlock2D" : "UpDecoderBlock2D";
            for (String t : stringList(p, c, key)) {
                if (!want.equals(t)) {
                    throw unsupported(p, key, t);
                }
            }
            if (stringList(p, c, key).size() != channels.size()) {
                throw new ModelConfigException(p, key + " and block_out_channels differ in length");
            }
        }
        try {
            return new VaeConfig(integer(p, c, "in_channels", 3), integer(p, c, "out_channels", 3), channels,
                    integer(p, c, "layers_per_block", 1), integer(p, c, "latent_channels", 4),
                    integer(p, c, "norm_num_groups", 32),
                    c.containsKey("scaling_factor") ? number(p, c, "scaling_factor") : 0.18215);
        } catch (IllegalArgumentException e) {
            throw new ModelConfigException(p, e.getMessage(), e);
        }
    }

    public static ClipTextConfig clip(Path p, Map<String, Object> c) throws ModelConfigException {
        try {
            return new ClipTextConfig(integer(p, c, "vocab_size", 49408), integer(p, c, "hidden_size", 512),
                    integer(p, c, "intermediate_size", 2048), integer(p, c, "num_hidden_layers", 12),
                    integer(p, c, "num_attention_heads", 8), integer(p, c, "max_position_embeddings", 77),
                    c.containsKey("layer_norm_eps") ? number(p, c, "layer_norm_eps") : 1e-5,
                    c.get("hidden_act") instanceof String s ? s : "quick_gelu");
        } catch (IllegalArgumentException e) {
            throw new ModelConfigException(p, e.getMessage(), e);
        }
    }

    private static void requireAbsentOrEqual(Path p, Map<String, Object> c, String key, Object expected)
            throws ModelConfigException {
        if (!c.containsKey(key)) {
            return;
        }
        Object v = c.get(key);
        boolean same = Objects.equals(v, expected)
                || (v instanceof Number a && expected instanceof Number b && a.doubleValue() == b.doubleValue());
        if (!same) {
            throw unsupported(p, key, v);
        }
    }

    private static ModelConfigException unsupported(Path p, String key, Object value) {
        return new ModelConfigException(p, "unsupported " + key + " = " + Json.write(value)
                + " (the trainer builds SD1.x-style models only)");
    }

    private static int integer(Path p, Map<String, Object> c, String key, int dflt) throws ModelConfigException {
        Object v = c.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        throw new ModelConfigException(p, "'" + key + "' must be a non-negative integer, found " + Json.write(v));
    }

    private static double number(Path p, Map<String, Object> c, String key) throws ModelConfigException {
        if (c.get(key) instanceof Number n) {
            return n.doubleValue();
        }
        throw new ModelConfigException(p, "'" + key + "' must be a number, found " + Json.write(c.get(key)));
    }

    private static List<Integer> intList(Path p, Map<String, Object> c, String key) throws ModelConfigException {
        if (!(c.get(key) instanceof List<?> list) || list.isEmpty()) {
            throw new ModelConfigException(p, "'" + key + "' must be a non-empty list of integers");
        }
        List<Integer> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Long l) || l <= 0 || l > Integer.MAX_VALUE) {
                throw new ModelConfigException(p, "'" + key + "' must hold positive integers, found "
                        + Json.write(o));
            }
            out.add(l.intValue());
        }
        return out;
    }

    private static List<String> stringList(Path p, Map<String, Object> c, String key) throws ModelConfigException {
        if (!(c.get(key) instanceof List<?> list)) {
            throw new ModelConfigException(p, "'" + key + "' must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof String s)) {
                throw new ModelConfigException(p, "'" + key + "' must hold strings, found " + Json.write(o));
            }
            out.add(s);
        }
        return out;
    }

    private static List<Integer> perBlock(Path p, String key, Object value, int n) throws ModelConfigException {
        List<Integer> out = new ArrayList<>();
        if (value instanceof Long l && l > 0) {
            for (int i = 0; i < n; i++) {
                out.add(l.intValue());
            }
            return out;
        }
        if (value instanceof List<?> list && list.size() == n) {
            for (Object o : list) {
                if (!(o instanceof Long l) || l <= 0) {
                    throw new ModelConfigException(p, "'" + key + "' must hold positive integers");
                }
                out.add(l.intValue());
            }
            return out;
        }
        throw new ModelConfigException(p, "'" + key + "' must be a positive integer or one per block, found "
                + Json.write(value));
    }
}
