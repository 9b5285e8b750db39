package io.tagwright.trainer.protocol.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One option of sd-scripts' {@code train_network.py} (v0.7.1 names and argparse defaults), or one
 * of Tagwright's own additions ({@link #sdScripts()} false: never put on an sd-scripts command line).
 */
public record KohyaOption(String name, Type type, Object defaultValue, boolean sdScripts) {

    /** Value kinds; {@code STRINGS} is a list of strings ({@code optimizer_args}, {@code network_args}). */
    public enum Type {
        BOOL, INT, FLOAT, STRING, PATH, STRINGS
    }

    private static final Map<String, KohyaOption> ALL;

    static {
        Map<String, KohyaOption> m = new LinkedHashMap<>();
        // model
        add(m, "pretrained_model_name_or_path", Type.PATH, null);
        add(m, "v2", Type.BOOL, false);
        add(m, "v_parameterization", Type.BOOL, false);
        add(m, "vae", Type.PATH, null);
        add(m, "tokenizer_cache_dir", Type.PATH, null);
        add(m, "no_half_vae", Type.BOOL, false);
        // network
        add(m, "network_module", Type.STRING, null);
        add(m, "network_dim", Type.INT, null);
        add(m, "network_alpha", Type.FLOAT, 1.0);
        add(m, "network_dropout", Type.FLOAT, null);
        add(m, "network_args", Type.STRINGS, null);
        add(m, "network_weights", Type.PATH, null);
        add(m, "network_train_unet_only", Type.BOOL, false);
        add(m, "network_train_text_encoder_only", Type.BOOL, false);
        add(m, "dim_from_weights", Type.BOOL, false);
        add(m, "scale_weight_norms", Type.FLOAT, null);
        add(m, "base_weights", Type.STRINGS, null);
        add(m, "base_weights_multiplier", Type.STRINGS, null);
        add(m, "training_comment", Type.STRING, null);
        add(m, "no_metadata", Type.BOOL, false);
        add(m, "metadata_title", Type.STRING, null);
        add(m, "metadata_author", Type.STRING, null);
        add(m, "metadata_description", Type.STRING, null);
        add(m, "metadata_license", Type.STRING, null);
        add(m, "metadata_tags", Type.STRING, null);
        // optimizer and schedule
        add(m, "optimizer_type", Type.STRING, "");
        add(m, "optimizer_args", Type.STRINGS, null);
        add(m, "use_8bit_adam", Type.BOOL, false);
        add(m, "use_lion_optimizer", Type.BOOL, false);
        add(m, "learning_rate", Type.FLOAT, 2.0e-6);
        add(m, "unet_lr", Type.FLOAT, null);
        add(m, "text_encoder_lr", Type.FLOAT, null);
        add(m, "max_grad_norm", Type.FLOAT, 1.0);
        add(m, "lr_scheduler", Type.STRING, "constant");
        add(m, "lr_scheduler_type", Type.STRING, "");
        add(m, "lr_scheduler_args", Type.STRINGS, null);
        add(m, "lr_warmup_steps", Type.INT, 0L);
        add(m, "lr_scheduler_num_cycles", Type.INT, 1L);
        add(m, "lr_scheduler_power", Type.FLOAT, 1.0);
        // training loop
        add(m, "train_batch_size", Type.INT, 1L);
        add(m, "max_train_steps", Type.INT, 1600L);
        add(m, "max_train_epochs", Type.INT, null);
        add(m, "gradient_accumulation_steps", Type.INT, 1L);
        add(m, "gradient_checkpointing", Type.BOOL, false);
        add(m, "mixed_precision", Type.STRING, "no");
        add(m, "full_fp16", Type.BOOL, false);
        add(m, "full_bf16", Type.BOOL, false);
        add(m, "seed", Type.INT, null);
        add(m, "clip_skip", Type.INT, null);
        add(m, "max_token_length", Type.INT, null);
        add(m, "noise_offset", Type.FLOAT, null);
        add(m, "multires_noise_iterations", Type.INT, null);
        add(m, "multires_noise_discount", Type.FLOAT, 0.3);
        add(m, "adaptive_noise_scale", Type.FLOAT, null);
        add(m, "ip_noise_gamma", Type.FLOAT, null);
        add(m, "zero_terminal_snr", Type.BOOL, false);
        add(m, "min_snr_gamma", Type.FLOAT, null);
        add(m, "debiased_estimation_loss", Type.BOOL, false);
        add(m, "scale_v_pred_loss_like_noise_pred", Type.BOOL, false);
        add(m, "v_pred_like_loss", Type.FLOAT, null);
        add(m, "weighted_captions", Type.BOOL, false);
        add(m, "min_timestep", Type.INT, null);
        add(m, "max_timestep", Type.INT, null);
        add(m, "prior_loss_weight", Type.FLOAT, 1.0);
        add(m, "xformers", Type.BOOL, false);
        add(m, "sdpa", Type.BOOL, false);
        add(m, "mem_eff_attn", Type.BOOL, false);
        add(m, "lowram", Type.BOOL, false);
        add(m, "max_data_loader_n_workers", Type.INT, 8L);
        add(m, "persistent_data_loader_workers", Type.BOOL, false);
        // dataset
        add(m, "train_data_dir", Type.PATH, null);
        add(m, "reg_data_dir", Type.PATH, null);
        add(m, "dataset_config", Type.PATH, null);
        add(m, "in_json", Type.PATH, null);
        add(m, "dataset_repeats", Type.INT, 1L);
        add(m, "resolution", Type.STRING, null);
        add(m, "enable_bucket", Type.BOOL, false);
        add(m, "min_bucket_reso", Type.INT, 256L);
        add(m, "max_bucket_reso", Type.INT, 1024L);
        add(m, "bucket_reso_steps", Type.INT, 64L);
        add(m, "bucket_no_upscale", Type.BOOL, false);
        add(m, "caption_extension", Type.STRING, ".caption");
        add(m, "caption_extention", Type.STRING, null);
        add(m, "caption_separator", Type.STRING, ",");
        add(m, "caption_prefix", Type.STRING, null);
        add(m, "caption_suffix", Type.STRING, null);
        add(m, "shuffle_caption", Type.BOOL, false);
        add(m, "keep_tokens", Type.INT, 0L);
        add(m, "keep_tokens_separator", Type.STRING, "");
        add(m, "caption_dropout_rate", Type.FLOAT, 0.0);
        add(m, "caption_dropout_every_n_epochs", Type.INT, 0L);
        add(m, "caption_tag_dropout_rate", Type.FLOAT, 0.0);
        add(m, "token_warmup_min", Type.INT, 1L);
        add(m, "token_warmup_step", Type.FLOAT, 0.0);
        add(m, "color_aug", Type.BOOL, false);
        add(m, "flip_aug", Type.BOOL, false);
        add(m, "random_crop", Type.BOOL, false);
        add(m, "face_crop_aug_range", Type.STRING, null);
        add(m, "cache_latents", Type.BOOL, false);
        add(m, "cache_latents_to_disk", Type.BOOL, false);
        add(m, "vae_batch_size", Type.INT, 1L);
        // output
        add(m, "output_dir", Type.PATH, null);
        add(m, "output_name", Type.STRING, null);
        add(m, "save_model_as", Type.STRING, "safetensors");
        add(m, "save_precision", Type.STRING, null);
        add(m, "save_every_n_epochs", Type.INT, null);
        add(m, "save_every_n_steps", Type.INT, null);
        add(m, "save_n_epoch_ratio", Type.INT, null);
        add(m, "save_last_n_epochs", Type.INT, null);
        add(m, "save_last_n_epochs_state", Type.INT, null);
        add(m, "save_last_n_steps", Type.INT, null);
        add(m, "save_last_n_steps_state", Type.INT, null);
        add(m, "save_state", Type.BOOL, false);
        add(m, "resume", Type.PATH, null);
        add(m, "logging_dir", Type.PATH, null);
        add(m, "log_with", Type.STRING, null);
        add(m, "log_prefix", Type.STRING, null);
        add(m, "log_tracker_name", Type.STRING, null);
        // sampling
        add(m, "sample_every_n_steps", Type.INT, null);
        add(m, "sample_every_n_epochs", Type.INT, null);
        add(m, "sample_prompts", Type.PATH, null);
        add(m, "sample_sampler", Type.STRING, "ddim");
        // Tagwright's own
        m.put("tokenizer_dir", new KohyaOption("tokenizer_dir", Type.PATH, null, false));
        m.put("lr_warmup_ratio", new KohyaOption("lr_warmup_ratio", Type.FLOAT, null, false));
        ALL = Collections.unmodifiableMap(m);
    }

    private static void add(Map<String, KohyaOption> m, String name, Type type, Object def) {
        m.put(name, new KohyaOption(name, type, def, true));
    }

    /** The option named {@code name}, or null when it is not one Tagwright knows. */
    public static KohyaOption find(String name) {
        return ALL.get(name);
    }

    /** Every known option in a stable, grouped order (model, network, optimizer, loop, dataset, output, sampling). */
    public static List<KohyaOption> all() {
        return List.copyOf(ALL.values());
    }

    /** Keys in the order {@link #all()} lists them; unknown keys sort after, alphabetically. */
    public static int order(String name) {
        int i = 0;
        for (String k : ALL.keySet()) {
            if (k.equals(name)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }
}
