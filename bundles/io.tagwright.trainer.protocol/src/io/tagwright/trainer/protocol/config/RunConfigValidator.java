package io.tagwright.trainer.protocol.config;

import io.tagwright.trainer.protocol.config.ConfigProblem.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds settings that sd-scripts would reject or that silently do something else than the user
 * meant. Pure: looks at the values only, never at the file system.
 */
public final class RunConfigValidator {

    private static final Set<String> MIXED = Set.of("no", "fp16", "bf16");
    private static final Set<String> SAVE_PRECISION = Set.of("float", "fp16", "bf16");
    private static final Set<String> SCHEDULERS = Set.of("linear", "cosine", "cosine_with_restarts", "polynomial",
            "constant", "constant_with_warmup", "adafactor", "piecewise_constant");
    private static final Set<String> SAMPLERS = Set.of("ddim", "pndm", "lms", "euler", "euler_a", "heun", "dpm_2",
            "dpm_2_a", "dpmsolver", "dpmsolver++", "dpmsingle", "k_lms", "k_euler", "k_euler_a", "k_dpm_2", "k_dpm_2_a");

    private RunConfigValidator() {
    }

    public static List<ConfigProblem> validate(RunConfig c) {
        List<ConfigProblem> out = new ArrayList<>();
        // Type problems first: every typed getter below would throw on them.
        for (KohyaOption o : KohyaOption.all()) {
            if (!c.has(o.name())) {
                continue;
            }
            try {
                switch (o.type()) {
                    case BOOL -> c.bool(o.name());
                    case INT -> c.integer(o.name());
                    case FLOAT -> c.real(o.name());
                    case STRING, PATH -> c.string(o.name());
                    case STRINGS -> c.strings(o.name());
                }
            } catch (ConfigException e) {
                out.add(new ConfigProblem(Severity.ERROR, o.name(), stripSource(c, e)));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (String k : c.unknownKeys()) {
            out.add(new ConfigProblem(Severity.INFO, k, "not an option Tagwright knows; kept as it is and passed on to sd-scripts exports"));
        }
        required(c, out, "pretrained_model_name_or_path", "the base model (.safetensors file or diffusers folder)");
        required(c, out, "output_dir", "the folder the LoRA files are written to");
        if (blank(c, "train_data_dir") && blank(c, "dataset_config")) {
            out.add(new ConfigProblem(Severity.ERROR, "train_data_dir",
                    "set train_data_dir (folders named N_name) or dataset_config (an sd-scripts dataset TOML)"));
        }
        if (!blank(c, "train_data_dir") && !blank(c, "dataset_config")) {
            out.add(new ConfigProblem(Severity.WARNING, "dataset_config",
                    "dataset_config is set, so train_data_dir and reg_data_dir are ignored (as in sd-scripts)"));
        }
        int[] reso = null;
        try {
            reso = c.resolution();
        } catch (ConfigException e) {
            out.add(new ConfigProblem(Severity.ERROR, "resolution", stripSource(c, e)));
        }
        if (reso == null && blank(c, "dataset_config")) {
            out.add(new ConfigProblem(Severity.ERROR, "resolution", "resolution is required, e.g. \"512\" or \"768,768\""));
        } else if (reso != null && (reso[0] < 64 || reso[1] < 64 || reso[0] % 8 != 0 || reso[1] % 8 != 0)) {
            out.add(new ConfigProblem(Severity.ERROR, "resolution", "width and height must be multiples of 8 and at least 64"));
        }
        positive(c, out, "network_dim");
        positiveReal(c, out, "network_alpha");
        positive(c, out, "train_batch_size");
        positive(c, out, "gradient_accumulation_steps");
        positive(c, out, "max_train_steps");
        if (c.has("max_train_epochs")) {
            positive(c, out, "max_train_epochs");
        }
        if (c.has("network_dim") && c.has("network_alpha") && c.integer("network_dim") != null
                && c.real("network_alpha") > c.integer("network_dim")) {
            out.add(new ConfigProblem(Severity.WARNING, "network_alpha",
                    "network_alpha is larger than network_dim: the LoRA is scaled up by " + PyFormat.floatRepr(c.real("network_alpha") / c.integer("network_dim"))));
        }
        String net = c.string("network_module");
        if (net == null || net.isBlank()) {
            out.add(new ConfigProblem(Severity.ERROR, "network_module", "network_module is required (networks.lora for a kohya LoRA)"));
        } else if (!net.equals("networks.lora")) {
            out.add(new ConfigProblem(Severity.ERROR, "network_module",
                    "the Tagwright trainer trains networks.lora only, not " + net));
        }

        // augmentation vs caching (sd-scripts raises on these)
        if (c.bool("cache_latents") || c.bool("cache_latents_to_disk")) {
            String which = c.bool("cache_latents") ? "cache_latents" : "cache_latents_to_disk";
            if (c.bool("color_aug")) {
                out.add(new ConfigProblem(Severity.ERROR, "color_aug", which + " cannot be used with color_aug: "
                        + "cached latents are encoded once, so the colour jitter would never change"));
            }
            if (c.bool("random_crop")) {
                out.add(new ConfigProblem(Severity.ERROR, "random_crop", which + " cannot be used with random_crop: "
                        + "cached latents are encoded once, so the crop would never change"));
            }
        }
        if (c.bool("cache_latents_to_disk") && !c.bool("cache_latents")) {
            out.add(new ConfigProblem(Severity.INFO, "cache_latents_to_disk", "cache_latents_to_disk implies cache_latents"));
        }

        // optimizer and learning rate
        String opt = c.optimizerType();
        Map<String, String> optArgs = Map.of();
        try {
            optArgs = c.optimizerArgs();
        } catch (ConfigException e) {
            out.add(new ConfigProblem(Severity.ERROR, "optimizer_args", stripSource(c, e)));
        }
        String scheduler = c.string("lr_scheduler").strip().toLowerCase(Locale.ROOT);
        if (opt.equalsIgnoreCase("Adafactor")) {
            boolean relative = !"false".equalsIgnoreCase(optArgs.getOrDefault("relative_step", "True"));
            if (relative) {
                out.add(new ConfigProblem(Severity.WARNING, "learning_rate",
                        "Adafactor with relative_step (the default) computes its own step size: learning_rate"
                                + (c.has("unet_lr") || c.has("text_encoder_lr") ? ", unet_lr and text_encoder_lr are" : " is")
                                + " ignored; add optimizer_args relative_step=False scale_parameter=False warmup_init=False for a fixed rate"));
                if (!scheduler.equals("adafactor")) {
                    out.add(new ConfigProblem(Severity.WARNING, "lr_scheduler",
                            "relative-step Adafactor runs with the adafactor scheduler; lr_scheduler " + scheduler + " is replaced"));
                }
            } else if (scheduler.equals("adafactor")) {
                out.add(new ConfigProblem(Severity.ERROR, "lr_scheduler",
                        "the adafactor scheduler needs relative_step=True; with a fixed rate use constant, cosine, ..."));
            }
        } else if (scheduler.equals("adafactor")) {
            out.add(new ConfigProblem(Severity.ERROR, "lr_scheduler", "the adafactor scheduler works only with optimizer_type Adafactor"));
        }
        if (!SCHEDULERS.contains(scheduler)) {
            out.add(new ConfigProblem(Severity.ERROR, "lr_scheduler", "unknown scheduler \"" + scheduler + "\"; one of " + new java.util.TreeSet<>(SCHEDULERS)));
        }
        if (scheduler.equals("constant") && c.integer("lr_warmup_steps", 0) > 0) {
            out.add(new ConfigProblem(Severity.WARNING, "lr_warmup_steps",
                    "the constant scheduler ignores warm-up; use constant_with_warmup"));
        }
        for (String lr : List.of("learning_rate", "unet_lr", "text_encoder_lr")) {
            if (c.has(lr) && c.real(lr) != null && c.real(lr) < 0) {
                out.add(new ConfigProblem(Severity.ERROR, lr, lr + " must not be negative"));
            }
        }
        if (c.has("lr_warmup_ratio")) {
            double r = c.real("lr_warmup_ratio", 0);
            if (r < 0 || r >= 1) {
                out.add(new ConfigProblem(Severity.ERROR, "lr_warmup_ratio", "lr_warmup_ratio must be in [0, 1)"));
            }
        }
        if (c.bool("network_train_unet_only") && c.bool("network_train_text_encoder_only")) {
            out.add(new ConfigProblem(Severity.ERROR, "network_train_unet_only",
                    "network_train_unet_only and network_train_text_encoder_only leave nothing to train together"));
        }
        if (c.bool("network_train_unet_only") && c.has("text_encoder_lr")) {
            out.add(new ConfigProblem(Severity.INFO, "text_encoder_lr", "ignored: network_train_unet_only is set"));
        }

        // precision
        String mp = c.string("mixed_precision");
        if (!MIXED.contains(mp)) {
            out.add(new ConfigProblem(Severity.ERROR, "mixed_precision", "must be no, fp16 or bf16, not \"" + mp + "\""));
        }
        String sp = c.string("save_precision");
        if (sp != null && !sp.isBlank() && !SAVE_PRECISION.contains(sp)) {
            out.add(new ConfigProblem(Severity.ERROR, "save_precision", "must be float, fp16 or bf16, not \"" + sp + "\""));
        }
        if (c.bool("full_fp16") && !"fp16".equals(mp)) {
            out.add(new ConfigProblem(Severity.ERROR, "full_fp16", "full_fp16 requires mixed_precision fp16"));
        }
        if (c.bool("full_bf16") && !"bf16".equals(mp)) {
            out.add(new ConfigProblem(Severity.ERROR, "full_bf16", "full_bf16 requires mixed_precision bf16"));
        }

        // buckets
        long min = c.integer("min_bucket_reso", 256);
        long max = c.integer("max_bucket_reso", 1024);
        long steps = c.integer("bucket_reso_steps", 64);
        if (c.bool("enable_bucket")) {
            if (steps <= 0 || steps % 8 != 0) {
                out.add(new ConfigProblem(Severity.ERROR, "bucket_reso_steps", "must be a positive multiple of 8"));
            } else {
                if (min % steps != 0 || max % steps != 0) {
                    out.add(new ConfigProblem(Severity.ERROR, "min_bucket_reso",
                            "min_bucket_reso and max_bucket_reso must be divisible by bucket_reso_steps (" + steps + ")"));
                }
                if (steps % 64 != 0) {
                    out.add(new ConfigProblem(Severity.WARNING, "bucket_reso_steps",
                            "not a multiple of 64: some SD1.5 latents then cannot be halved three times cleanly"));
                }
            }
            if (min > max) {
                out.add(new ConfigProblem(Severity.ERROR, "min_bucket_reso", "min_bucket_reso is larger than max_bucket_reso"));
            }
            if (reso != null && (Math.max(reso[0], reso[1]) > max || Math.min(reso[0], reso[1]) < min)) {
                out.add(new ConfigProblem(Severity.ERROR, "max_bucket_reso",
                        "the resolution must lie within min_bucket_reso..max_bucket_reso (sd-scripts stops otherwise)"));
            }
        } else if (c.bool("bucket_no_upscale")) {
            out.add(new ConfigProblem(Severity.INFO, "bucket_no_upscale", "has no effect without enable_bucket"));
        }

        // captions
        String ext = c.captionExtension();
        if (ext != null && !ext.isEmpty() && !ext.startsWith(".")) {
            out.add(new ConfigProblem(Severity.WARNING, "caption_extension",
                    "\"" + ext + "\" has no leading dot: sd-scripts appends it to the image's name without extension, "
                            + "so for a.png it looks for 'a" + ext + "'"));
        }
        if (!c.has("caption_extension") && !c.has("caption_extention")) {
            out.add(new ConfigProblem(Severity.INFO, "caption_extension",
                    "not set: sd-scripts' default is .caption, so .txt captions are ignored"));
        }
        long keep = c.integer("keep_tokens", 0);
        if (keep < 0) {
            out.add(new ConfigProblem(Severity.ERROR, "keep_tokens", "must not be negative"));
        }
        if (keep > 0 && !c.bool("shuffle_caption") && c.real("caption_tag_dropout_rate", 0) == 0) {
            out.add(new ConfigProblem(Severity.INFO, "keep_tokens", "has no effect without shuffle_caption or caption_tag_dropout_rate"));
        }
        for (String r : List.of("caption_dropout_rate", "caption_tag_dropout_rate")) {
            double v = c.real(r, 0);
            if (v < 0 || v > 1) {
                out.add(new ConfigProblem(Severity.ERROR, r, "must be between 0 and 1"));
            }
        }
        Long mtl = c.integer("max_token_length");
        if (mtl != null && mtl != 75 && mtl != 150 && mtl != 225) {
            out.add(new ConfigProblem(Severity.ERROR, "max_token_length", "must be 75, 150 or 225"));
        }
        Long clipSkip = c.integer("clip_skip");
        if (clipSkip != null && (clipSkip < 1 || clipSkip > 12)) {
            out.add(new ConfigProblem(Severity.ERROR, "clip_skip", "must be between 1 and 12 for SD1.5's text encoder"));
        }
        if (c.real("noise_offset", 0) < 0) {
            out.add(new ConfigProblem(Severity.ERROR, "noise_offset", "must not be negative"));
        }
        if (c.real("min_snr_gamma", 1) <= 0) {
            out.add(new ConfigProblem(Severity.ERROR, "min_snr_gamma", "must be positive"));
        }
        if (c.real("max_grad_norm", 1) < 0) {
            out.add(new ConfigProblem(Severity.ERROR, "max_grad_norm", "must not be negative (0 turns clipping off)"));
        }
        if (c.bool("v2") || c.bool("v_parameterization")) {
            out.add(new ConfigProblem(Severity.ERROR, c.bool("v2") ? "v2" : "v_parameterization",
                    "the Tagwright trainer trains SD1.5 (epsilon prediction) only"));
        }
        String saveAs = c.string("save_model_as");
        if (!"safetensors".equals(saveAs)) {
            out.add(new ConfigProblem(Severity.ERROR, "save_model_as", "Tagwright writes .safetensors only (no pickle), not " + saveAs));
        }
        String sampler = c.string("sample_sampler");
        if (sampler != null && !SAMPLERS.contains(sampler.toLowerCase(Locale.ROOT))) {
            out.add(new ConfigProblem(Severity.ERROR, "sample_sampler", "unknown sampler \"" + sampler + "\""));
        }
        if ((c.has("sample_every_n_epochs") || c.has("sample_every_n_steps")) && blank(c, "sample_prompts")) {
            out.add(new ConfigProblem(Severity.WARNING, "sample_prompts", "sampling is scheduled but no sample_prompts file is set"));
        }
        if (c.has("seed") && c.integer("seed") != null && (c.integer("seed") < 0 || c.integer("seed") > 0xFFFFFFFFL)) {
            out.add(new ConfigProblem(Severity.ERROR, "seed", "must be between 0 and 4294967295"));
        }
        return out;
    }

    public static boolean hasErrors(List<ConfigProblem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    private static boolean blank(RunConfig c, String name) {
        String s = c.string(name);
        return s == null || s.isBlank();
    }

    private static void required(RunConfig c, List<ConfigProblem> out, String name, String what) {
        if (blank(c, name)) {
            out.add(new ConfigProblem(Severity.ERROR, name, name + " is required: " + what));
        }
    }

    private static void positive(RunConfig c, List<ConfigProblem> out, String name) {
        Long v = c.integer(name);
        if (v == null) {
            if (name.equals("network_dim")) {
                out.add(new ConfigProblem(Severity.ERROR, name, "network_dim (the LoRA rank) is required"));
            }
        } else if (v < 1) {
            out.add(new ConfigProblem(Severity.ERROR, name, name + " must be at least 1"));
        }
    }

    private static void positiveReal(RunConfig c, List<ConfigProblem> out, String name) {
        Double v = c.real(name);
        if (v != null && v <= 0) {
            out.add(new ConfigProblem(Severity.ERROR, name, name + " must be positive"));
        }
    }

    private static String stripSource(RunConfig c, ConfigException e) {
        String m = e.getMessage();
        String prefix = c.source() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
