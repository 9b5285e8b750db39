package io.tagwright.trainer.output;

import io.tagwright.trainer.data.BucketPlan;
import io.tagwright.trainer.data.ScannedDataset;
import io.tagwright.trainer.data.SubsetSpec;
import io.tagwright.trainer.data.TrainingPlan;
import io.tagwright.trainer.protocol.config.KohyaOption;
import io.tagwright.trainer.protocol.config.PyFormat;
import io.tagwright.trainer.protocol.config.RunConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metadata sd-scripts' {@code train_network.py} (v0.7.1) stores in a LoRA file, key for key and
 * formatted as Python's {@code str()} formats it: the {@code ss_*} training facts (including
 * {@code ss_tag_frequency}, {@code ss_dataset_dirs}, {@code ss_bucket_info} or, with a dataset
 * TOML, {@code ss_datasets}), the per-save {@code ss_training_finished_at}/{@code ss_steps}/
 * {@code ss_epoch}, and the {@code modelspec.*} keys. Float options are formatted as argparse
 * would parse them from a command line ({@code network_alpha = 72} gives {@code "72.0"}).
 *
 * <p>Use: {@code LoraMetadata.build(plan, seed, startedAt, sessionId)} once at the start, then
 * {@link #forSave} for every file, then {@link LoraHashes#compute} to add {@code sshs_*}.
 */
public final class LoraMetadata {

    /** What sd-scripts writes for its own git revision when it cannot tell; we are not sd-scripts. */
    public static final String COMMIT_HASH = "(unknown)";

    private final RunConfig config;
    private final Map<String, String> base;

    private LoraMetadata(RunConfig config, Map<String, String> base) {
        this.config = config;
        this.base = base;
    }

    /**
     * @param seed the seed the run really uses (sd-scripts draws one when none is configured)
     * @param startedAt when training started ({@code ss_training_started_at})
     * @param sessionId sd-scripts' random session id (0..2^32)
     */
    public static LoraMetadata build(TrainingPlan plan, long seed, Instant startedAt, long sessionId) {
        RunConfig c = plan.config();
        Map<String, Object> m = new LinkedHashMap<>();
        Optimizer opt = Optimizer.of(c);
        m.put("ss_session_id", sessionId);
        m.put("ss_training_started_at", seconds(startedAt));
        m.put("ss_output_name", c.string("output_name"));
        m.put("ss_learning_rate", opt.relativeStep ? null : typed(c, "learning_rate"));
        m.put("ss_text_encoder_lr", opt.groupLrIgnored ? null : typed(c, "text_encoder_lr"));
        m.put("ss_unet_lr", opt.groupLrIgnored ? null : typed(c, "unet_lr"));
        m.put("ss_num_train_images", plan.numTrainImages());
        m.put("ss_num_reg_images", plan.numRegImages());
        m.put("ss_num_batches_per_epoch", plan.batchesPerEpoch());
        m.put("ss_num_epochs", plan.epochs());
        m.put("ss_gradient_checkpointing", c.bool("gradient_checkpointing"));
        m.put("ss_gradient_accumulation_steps", plan.gradientAccumulationSteps());
        m.put("ss_max_train_steps", plan.totalSteps());
        m.put("ss_lr_warmup_steps", plan.warmupSteps());
        m.put("ss_lr_scheduler", opt.relativeStep ? "adafactor:" + PyFormat.floatRepr(c.real("learning_rate", 0)) : c.string("lr_scheduler"));
        m.put("ss_network_module", c.string("network_module"));
        m.put("ss_network_dim", typed(c, "network_dim"));
        m.put("ss_network_alpha", typed(c, "network_alpha"));
        m.put("ss_network_dropout", typed(c, "network_dropout"));
        m.put("ss_mixed_precision", c.string("mixed_precision"));
        m.put("ss_full_fp16", c.bool("full_fp16"));
        m.put("ss_v2", c.bool("v2"));
        m.put("ss_base_model_version", "sd_v1");
        m.put("ss_clip_skip", typed(c, "clip_skip"));
        m.put("ss_max_token_length", typed(c, "max_token_length"));
        m.put("ss_cache_latents", c.bool("cache_latents"));
        m.put("ss_seed", seed);
        m.put("ss_lowram", c.bool("lowram"));
        m.put("ss_noise_offset", typed(c, "noise_offset"));
        m.put("ss_multires_noise_iterations", typed(c, "multires_noise_iterations"));
        m.put("ss_multires_noise_discount", typed(c, "multires_noise_discount"));
        m.put("ss_adaptive_noise_scale", typed(c, "adaptive_noise_scale"));
        m.put("ss_zero_terminal_snr", c.bool("zero_terminal_snr"));
        m.put("ss_training_comment", c.string("training_comment"));
        m.put("ss_sd_scripts_commit_hash", COMMIT_HASH);
        m.put("ss_optimizer", opt.describe());
        m.put("ss_max_grad_norm", typed(c, "max_grad_norm"));
        m.put("ss_caption_dropout_rate", typed(c, "caption_dropout_rate"));
        m.put("ss_caption_dropout_every_n_epochs", typed(c, "caption_dropout_every_n_epochs"));
        m.put("ss_caption_tag_dropout_rate", typed(c, "caption_tag_dropout_rate"));
        m.put("ss_face_crop_aug_range", c.string("face_crop_aug_range"));
        m.put("ss_prior_loss_weight", typed(c, "prior_loss_weight"));
        m.put("ss_min_snr_gamma", typed(c, "min_snr_gamma"));
        m.put("ss_scale_weight_norms", typed(c, "scale_weight_norms"));
        m.put("ss_ip_noise_gamma", typed(c, "ip_noise_gamma"));
        m.put("ss_debiased_estimation", c.bool("debiased_estimation_loss"));
        if (plan.fromDatasetConfig()) {
            addUserConfigDatasets(plan, m);
        } else {
            addLegacyDataset(plan, c, m);
        }
        List<String> netArgs = c.strings("network_args");
        if (!netArgs.isEmpty()) {
            Map<String, Object> kw = new LinkedHashMap<>();
            for (String a : netArgs) {
                int eq = a.indexOf('=');
                kw.put(eq < 0 ? a : a.substring(0, eq), eq < 0 ? "" : a.substring(eq + 1));
            }
            m.put("ss_network_args", PyJson.dumps(kw));
        }
        Path model = c.path("pretrained_model_name_or_path");
        if (model != null) {
            String name = c.string("pretrained_model_name_or_path");
            if (Files.exists(model)) {
                m.put("ss_sd_model_hash", legacyModelHash(model));
                if (Files.isRegularFile(model)) {
                    m.put("ss_new_sd_model_hash", sha256(model));
                }
                name = model.getFileName().toString();
            }
            m.put("ss_sd_model_name", name);
        }
        Path vae = c.path("vae");
        if (vae != null) {
            String name = c.string("vae");
            if (Files.exists(vae)) {
                m.put("ss_vae_hash", legacyModelHash(vae));
                if (Files.isRegularFile(vae)) {
                    m.put("ss_new_vae_hash", sha256(vae));
                }
                name = vae.getFileName().toString();
            }
            m.put("ss_vae_name", name);
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, PyFormat.str(v)));
        return new LoraMetadata(c, out);
    }

    /** The {@code ss_*} keys fixed for the whole run. */
    public Map<String, String> base() {
        return java.util.Collections.unmodifiableMap(base);
    }

    /**
     * The metadata of one saved file: the base keys plus {@code ss_training_finished_at},
     * {@code ss_steps}, {@code ss_epoch} and the {@code modelspec.*} keys ({@code no_metadata} keeps
     * only sd-scripts' minimum set). Add the {@code sshs_*} keys with {@link LoraHashes}.
     */
    public Map<String, String> forSave(int epoch, long steps, Instant now, ZoneId zone) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.put("ss_training_finished_at", seconds(now));
        m.put("ss_steps", String.valueOf(steps));
        m.put("ss_epoch", String.valueOf(epoch));
        if (config.bool("no_metadata")) {
            Map<String, String> min = new LinkedHashMap<>();
            for (String k : List.of("ss_network_module", "ss_network_dim", "ss_network_alpha", "ss_network_args")) {
                if (m.containsKey(k)) {
                    min.put(k, m.get(k));
                }
            }
            m = min;
        }
        m.putAll(modelSpec(config, now, zone));
        return m;
    }

    /** {@code forSave} plus {@code sshs_model_hash} and {@code sshs_legacy_hash} for these tensors. */
    public Map<String, String> forSave(int epoch, long steps, Instant now, ZoneId zone, List<LoraHashes.Tensor> tensors) {
        Map<String, String> m = forSave(epoch, steps, now, zone);
        LoraHashes.Hashes h = LoraHashes.compute(tensors, m);
        m.put("sshs_model_hash", h.modelHash());
        m.put("sshs_legacy_hash", h.legacyHash());
        return m;
    }

    /** sd-scripts' {@code get_sai_model_spec} for an SD1.5 LoRA. */
    public static Map<String, String> modelSpec(RunConfig c, Instant now, ZoneId zone) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("modelspec.sai_model_spec", "1.0.0");
        m.put("modelspec.architecture", "stable-diffusion-v1/lora");
        m.put("modelspec.implementation", "diffusers");
        String title = c.string("metadata_title") != null ? c.string("metadata_title") : c.string("output_name");
        if (title == null) {
            title = "LoRA@" + seconds(now);
        }
        m.put("modelspec.title", title);
        int[] reso = c.resolution();
        m.put("modelspec.resolution", reso == null ? "512x512" : reso[0] + "x" + reso[1]);
        putIfSet(m, "modelspec.description", c.string("metadata_description"));
        putIfSet(m, "modelspec.author", c.string("metadata_author"));
        m.put("modelspec.date", LocalDateTime.ofInstant(Instant.ofEpochSecond(now.getEpochSecond()), zone)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        putIfSet(m, "modelspec.license", c.string("metadata_license"));
        putIfSet(m, "modelspec.tags", c.string("metadata_tags"));
        m.put("modelspec.prediction_type", "epsilon");
        Long minT = c.integer("min_timestep");
        Long maxT = c.integer("max_timestep");
        if (minT != null || maxT != null) {
            m.put("modelspec.timestep_range", (minT == null ? 0 : minT) + "," + (maxT == null ? 1000 : maxT));
        }
        Long clipSkip = c.integer("clip_skip");
        if (clipSkip != null) {
            m.put("modelspec.encoder_layer", String.valueOf(clipSkip));
        }
        return m;
    }

    private static void putIfSet(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static void addLegacyDataset(TrainingPlan plan, RunConfig c, Map<String, Object> m) {
        BucketPlan bp = plan.datasets().get(0);
        ScannedDataset ds = bp.dataset();
        Map<String, Object> dirs = new LinkedHashMap<>();
        Map<String, Object> regDirs = new LinkedHashMap<>();
        for (SubsetSpec s : ds.subsets()) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("n_repeats", s.numRepeats());
            info.put("img_count", ds.imageCount(s));
            (s.isReg() ? regDirs : dirs).put(s.dirName(), info);
        }
        boolean bucket = ds.spec().enableBucket();
        m.put("ss_batch_size_per_device", c.integer("train_batch_size", 1));
        m.put("ss_total_batch_size", c.integer("train_batch_size", 1) * plan.gradientAccumulationSteps());
        Object reso = c.get("resolution");
        m.put("ss_resolution", reso instanceof Double d ? PyFormat.floatRepr(d) : String.valueOf(reso));
        m.put("ss_color_aug", c.bool("color_aug"));
        m.put("ss_flip_aug", c.bool("flip_aug"));
        m.put("ss_random_crop", c.bool("random_crop"));
        m.put("ss_shuffle_caption", c.bool("shuffle_caption"));
        m.put("ss_enable_bucket", bucket);
        m.put("ss_bucket_no_upscale", bucket && ds.spec().bucketNoUpscale());
        m.put("ss_min_bucket_reso", bucket ? ds.spec().minBucketReso() : null);
        m.put("ss_max_bucket_reso", bucket ? ds.spec().maxBucketReso() : null);
        m.put("ss_keep_tokens", c.integer("keep_tokens", 0));
        m.put("ss_dataset_dirs", PyJson.dumps(dirs));
        m.put("ss_reg_dataset_dirs", PyJson.dumps(regDirs));
        m.put("ss_tag_frequency", PyJson.dumps(ds.tagFrequency()));
        m.put("ss_bucket_info", PyJson.dumps(bp.bucketInfo()));
    }

    private static void addUserConfigDatasets(TrainingPlan plan, Map<String, Object> m) {
        List<Object> datasets = new ArrayList<>();
        Map<String, Object> tagFrequency = new LinkedHashMap<>();
        Map<String, Object> dirs = new LinkedHashMap<>();
        for (BucketPlan bp : plan.datasets()) {
            ScannedDataset ds = bp.dataset();
            boolean bucket = ds.spec().enableBucket();
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("is_dreambooth", true);
            d.put("batch_size_per_device", ds.spec().batchSize());
            d.put("num_train_images", ds.numTrainImages());
            d.put("num_reg_images", ds.numRegImages());
            d.put("resolution", List.of(ds.spec().width(), ds.spec().height()));
            d.put("enable_bucket", bucket);
            d.put("min_bucket_reso", bucket ? ds.spec().minBucketReso() : null);
            d.put("max_bucket_reso", bucket ? ds.spec().maxBucketReso() : null);
            d.put("tag_frequency", ds.tagFrequency());
            d.put("bucket_info", bp.bucketInfo());
            List<Object> subsets = new ArrayList<>();
            for (SubsetSpec s : ds.subsets()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("img_count", ds.imageCount(s));
                x.put("num_repeats", s.numRepeats());
                x.put("color_aug", s.colorAug());
                x.put("flip_aug", s.flipAug());
                x.put("random_crop", s.randomCrop());
                x.put("shuffle_caption", s.shuffleCaption());
                x.put("keep_tokens", s.keepTokens());
                x.put("image_dir", s.dirName());
                x.put("class_tokens", s.classTokens());
                x.put("is_reg", s.isReg());
                subsets.add(x);
                if (!s.isReg()) {
                    String key = s.dirName();
                    for (int i = 2; dirs.containsKey(key); i++) {
                        key = s.dirName() + " (" + i + ")";
                    }
                    Map<String, Object> info = new LinkedHashMap<>();
                    info.put("n_repeats", s.numRepeats());
                    info.put("img_count", ds.imageCount(s));
                    dirs.put(key, info);
                }
            }
            d.put("subsets", subsets);
            datasets.add(d);
            ds.tagFrequency().forEach(tagFrequency::putIfAbsent);
        }
        m.put("ss_datasets", PyJson.dumps(datasets));
        m.put("ss_tag_frequency", PyJson.dumps(tagFrequency));
        m.put("ss_dataset_dirs", PyJson.dumps(dirs));
    }

    /** An option's value as argparse would have typed it (floats stay floats), or null. */
    private static Object typed(RunConfig c, String name) {
        KohyaOption o = KohyaOption.find(name);
        if (o == null) {
            return c.get(name);
        }
        return switch (o.type()) {
            case FLOAT -> c.real(name);
            case INT -> c.integer(name);
            case BOOL -> c.bool(name);
            default -> c.string(name);
        };
    }

    private static String seconds(Instant t) {
        return PyFormat.floatRepr(t.getEpochSecond() + t.getNano() / 1e9);
    }

    /** sd-webui's old model hash: sha256 of 64 KiB at offset 1 MiB, 8 hex digits; "IsADirectory" for a folder. */
    public static String legacyModelHash(Path file) {
        if (Files.isDirectory(file)) {
            return "IsADirectory";
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(Math.min(0x100000, Files.size(file)));
            MessageDigest d = LoraHashes.sha256();
            d.update(in.readNBytes(0x10000));
            return HexFormat.of().formatHex(d.digest()).substring(0, 8);
        } catch (IOException e) {
            return "NOFILE";
        }
    }

    /** sha256 of the whole file, hex. */
    public static String sha256(Path file) {
        MessageDigest d = LoraHashes.sha256();
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0;) {
                d.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot hash: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The optimizer as sd-scripts names it in {@code ss_optimizer}, with its keyword arguments. */
    static final class Optimizer {
        final String className;
        final Map<String, String> kwargs;
        final boolean relativeStep;
        final boolean groupLrIgnored;

        private Optimizer(String className, Map<String, String> kwargs, boolean relativeStep, boolean groupLrIgnored) {
            this.className = className;
            this.kwargs = kwargs;
            this.relativeStep = relativeStep;
            this.groupLrIgnored = groupLrIgnored;
        }

        static Optimizer of(RunConfig c) {
            String type = c.optimizerType();
            Map<String, String> kw = new LinkedHashMap<>();
            for (String a : c.strings("optimizer_args")) {
                int eq = a.indexOf('=');
                if (eq > 0) {
                    kw.put(a.substring(0, eq), pyLiteral(a.substring(eq + 1)));
                }
            }
            String lower = type.toLowerCase(Locale.ROOT);
            boolean relative = false;
            boolean groupIgnored = false;
            String cls = switch (lower) {
                case "adamw" -> "torch.optim.adamw.AdamW";
                case "adamw8bit" -> "bitsandbytes.optim.adamw.AdamW8bit";
                case "lion" -> "lion_pytorch.lion_pytorch.Lion";
                case "lion8bit" -> "bitsandbytes.optim.lion.Lion8bit";
                case "sgdnesterov" -> {
                    kw.putIfAbsent("momentum", "0.9");
                    yield "torch.optim.sgd.SGD";
                }
                case "prodigy" -> "prodigyopt.prodigy.Prodigy";
                case "adafactor" -> {
                    kw.putIfAbsent("relative_step", "True");
                    if ("False".equals(kw.get("relative_step")) && "True".equals(kw.get("warmup_init"))) {
                        kw.put("relative_step", "True");
                    }
                    relative = "True".equals(kw.get("relative_step"));
                    groupIgnored = relative && (c.has("unet_lr") || c.has("text_encoder_lr"));
                    yield "transformers.optimization.Adafactor";
                }
                default -> type;
            };
            return new Optimizer(cls, kw, relative, groupIgnored);
        }

        String describe() {
            if (kwargs.isEmpty()) {
                return className;
            }
            List<String> parts = new ArrayList<>();
            kwargs.forEach((k, v) -> parts.add(k + "=" + v));
            return className + "(" + String.join(",", parts) + ")";
        }

        /** {@code str(ast.literal_eval(text))} for the literals optimizer arguments use. */
        static String pyLiteral(String text) {
            String t = text.strip();
            if (t.contains(",") && !(t.startsWith("'") || t.startsWith("\""))) {
                String inner = t.startsWith("(") && t.endsWith(")") ? t.substring(1, t.length() - 1) : t;
                List<String> items = new ArrayList<>();
                for (String part : inner.split(",")) {
                    if (!part.isBlank()) {
                        items.add(pyLiteral(part));
                    }
                }
                return "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
            }
            if (t.equals("True") || t.equals("False") || t.equals("None")) {
                return t;
            }
            if ((t.startsWith("'") && t.endsWith("'") || t.startsWith("\"") && t.endsWith("\"")) && t.length() >= 2) {
                return t.substring(1, t.length() - 1);
            }
            try {
                return String.valueOf(Long.parseLong(t.replace("_", "")));
            } catch (NumberFormatException e) {
                // not an int
            }
            try {
                return PyFormat.floatRepr(Double.parseDouble(t));
            } catch (NumberFormatException e) {
                return t;
            }
        }
    }
}
