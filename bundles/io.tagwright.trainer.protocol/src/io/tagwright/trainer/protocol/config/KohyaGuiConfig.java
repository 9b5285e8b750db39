package io.tagwright.trainer.protocol.config;

import io.tagwright.trainer.protocol.config.ConfigProblem.Severity;
import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.protocol.json.JsonException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Import and export of the kohya_ss GUI's LoRA config JSON (a flat object, values often strings).
 *
 * <p>Fields with an sd-scripts option of the same name map to it; {@code optimizer},
 * {@code max_resolution}, {@code epoch}, {@code xformers}, {@code lr_warmup} (a percentage),
 * {@code LoRA_type}, {@code sample_prompts} (the prompt text itself) and
 * {@code additional_parameters} (extra {@code --options}) are translated. Every other field is
 * kept in the config's {@code [kohya_ss_gui]} table and reported. Export starts from the kept
 * fields and rewrites only those whose meaning changed, in the JSON type the file used, so an
 * import followed by an export gives the same object (key order aside).
 */
public final class KohyaGuiConfig {

    /** The result of an import; {@code samplePromptText} is the GUI's prompt text (write it to a file for sd-scripts). */
    public record Import(RunConfig config, String samplePromptText, List<ConfigProblem> notes) {
    }

    private static final Set<String> TRANSLATED = Set.of("optimizer", "max_resolution", "epoch", "xformers", "lr_warmup",
            "LoRA_type", "sample_prompts", "additional_parameters");
    /** Options a GUI field already carries under a name that differs from the option. */
    private static final Map<String, String> RENAMED = Map.of("optimizer", "optimizer_type", "max_resolution", "resolution",
            "lr_warmup", "lr_warmup_ratio");
    /** Options the GUI has a field of the same name for (used when exporting a config that was not imported). */
    private static final Set<String> GUI_FIELDS = Set.of("pretrained_model_name_or_path", "v2", "v_parameterization",
            "logging_dir", "train_data_dir", "reg_data_dir", "output_dir", "max_train_epochs", "max_train_steps",
            "train_batch_size", "learning_rate", "unet_lr", "text_encoder_lr", "lr_scheduler", "lr_scheduler_num_cycles",
            "lr_scheduler_power", "optimizer_args", "network_dim", "network_alpha", "network_dropout", "network_weights",
            "dim_from_weights", "scale_weight_norms", "seed", "cache_latents", "cache_latents_to_disk", "caption_extension",
            "enable_bucket", "min_bucket_reso", "max_bucket_reso", "bucket_reso_steps", "bucket_no_upscale", "shuffle_caption",
            "keep_tokens", "keep_tokens_separator", "color_aug", "flip_aug", "random_crop", "clip_skip", "mixed_precision",
            "save_precision", "save_every_n_epochs", "save_every_n_steps", "save_last_n_steps", "save_last_n_steps_state",
            "save_state", "resume", "output_name", "gradient_checkpointing", "gradient_accumulation_steps", "max_token_length",
            "full_fp16", "full_bf16", "mem_eff_attn", "noise_offset", "multires_noise_iterations", "multires_noise_discount",
            "adaptive_noise_scale", "min_snr_gamma", "max_grad_norm", "caption_dropout_rate", "caption_dropout_every_n_epochs",
            "caption_tag_dropout_rate", "prior_loss_weight", "sample_every_n_epochs", "sample_every_n_steps", "sample_sampler",
            "save_model_as", "training_comment", "vae", "vae_batch_size", "weighted_captions", "max_data_loader_n_workers",
            "persistent_data_loader_workers", "min_timestep", "max_timestep", "log_prefix", "lowram", "network_train_unet_only",
            "network_train_text_encoder_only", "debiased_estimation_loss", "ip_noise_gamma", "zero_terminal_snr",
            "scale_v_pred_loss_like_noise_pred", "dataset_config", "log_tracker_name");

    private KohyaGuiConfig() {
    }

    public static Import importJson(String json, String source) {
        Map<String, Object> gui;
        try {
            gui = Json.parseObject(json);
        } catch (JsonException e) {
            throw new ConfigException(source + ": not a kohya_ss GUI config (invalid JSON: " + e.getMessage() + ")", e);
        }
        List<ConfigProblem> notes = new ArrayList<>();
        Map<String, Object> options = meaning(gui, notes);
        RunConfig c = new RunConfig();
        options.forEach(c::set);
        c.replaceGuiFields(gui);
        Object prompts = gui.get("sample_prompts");
        String promptText = prompts instanceof String s && !s.isBlank() ? s : null;
        return new Import(c, promptText, notes);
    }

    /** What a GUI object means as sd-scripts options (the GUI's own empty strings mean "not set"). */
    static Map<String, Object> meaning(Map<String, Object> gui, List<ConfigProblem> notes) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : gui.entrySet()) {
            String f = e.getKey();
            Object v = e.getValue();
            if (TRANSLATED.contains(f) || f.equals("max_train_epochs")) {
                continue;
            }
            KohyaOption o = KohyaOption.find(f);
            if (o != null && o.sdScripts()) {
                putCoerced(out, o, v, notes, f);
            } else {
                notes.add(new ConfigProblem(Severity.INFO, f, "kohya_ss GUI field without an sd-scripts option; kept for export"));
            }
        }
        // max_train_epochs wins over epoch, as in the GUI's command builder
        Object mte = gui.get("max_train_epochs");
        if (mte != null && !isEmpty(mte)) {
            putCoerced(out, KohyaOption.find("max_train_epochs"), mte, notes, "max_train_epochs");
        } else if (gui.containsKey("epoch")) {
            putCoerced(out, KohyaOption.find("max_train_epochs"), gui.get("epoch"), notes, "epoch");
        }
        if (gui.containsKey("optimizer")) {
            putCoerced(out, KohyaOption.find("optimizer_type"), gui.get("optimizer"), notes, "optimizer");
        }
        if (gui.containsKey("max_resolution")) {
            putCoerced(out, KohyaOption.find("resolution"), gui.get("max_resolution"), notes, "max_resolution");
        }
        Object xf = gui.get("xformers");
        if (xf != null) {
            String x = String.valueOf(xf).strip().toLowerCase(Locale.ROOT);
            if (x.equals("xformers") || x.equals("true")) {
                out.put("xformers", Boolean.TRUE);
            } else if (x.equals("sdpa")) {
                out.put("sdpa", Boolean.TRUE);
            }
        }
        Object warm = gui.get("lr_warmup");
        if (warm != null && !isEmpty(warm)) {
            Double pct = toDouble(warm);
            if (pct == null) {
                notes.add(new ConfigProblem(Severity.WARNING, "lr_warmup", "\"" + warm + "\" is not a percentage; ignored"));
            } else if (pct != 0) {
                out.put("lr_warmup_ratio", pct / 100.0);
            }
        }
        Object type = gui.get("LoRA_type");
        if (type != null) {
            if ("Standard".equals(type)) {
                out.put("network_module", "networks.lora");
            } else {
                out.put("network_module", String.valueOf(type));
                notes.add(new ConfigProblem(Severity.ERROR, "LoRA_type",
                        "LoRA_type \"" + type + "\" is not supported; the Tagwright trainer trains Standard (networks.lora)"));
            }
        }
        Object extra = gui.get("additional_parameters");
        if (extra instanceof String s && !s.isBlank()) {
            try {
                SdScriptsCommandLine.parseOptions(ShellWords.split(s)).forEach((k, x) -> {
                    KohyaOption o = KohyaOption.find(k);
                    if (o != null) {
                        putCoerced(out, o, x, notes, "additional_parameters");
                    } else {
                        out.put(k, x);
                    }
                });
            } catch (IllegalArgumentException ex) {
                notes.add(new ConfigProblem(Severity.WARNING, "additional_parameters",
                        "cannot read \"" + s + "\": " + ex.getMessage() + "; kept for export only"));
            }
        }
        return out;
    }

    /** The config as a kohya_ss GUI JSON object (pretty-printed). */
    public static String exportJson(RunConfig c) {
        return prettyJson(export(c));
    }

    public static Map<String, Object> export(RunConfig c) {
        Map<String, Object> original = c.guiFields();
        Map<String, Object> derived = meaning(original, new ArrayList<>());
        Map<String, Object> current = new LinkedHashMap<>(c.values());
        Map<String, Object> out = new LinkedHashMap<>(original);
        Set<String> covered = new LinkedHashSet<>();

        // plain same-name fields
        Set<String> fields = new LinkedHashSet<>();
        for (String f : original.keySet()) {
            KohyaOption o = KohyaOption.find(f);
            if (o != null && o.sdScripts() && !TRANSLATED.contains(f)) {
                fields.add(f);
            }
        }
        Map<String, Object> derivedLeftovers = new LinkedHashMap<>();
        Object extra = original.get("additional_parameters");
        if (extra instanceof String s && !s.isBlank()) {
            try {
                derivedLeftovers.putAll(SdScriptsCommandLine.parseOptions(ShellWords.split(s)));
            } catch (IllegalArgumentException e) {
                // kept verbatim below
            }
        }
        for (String opt : current.keySet()) {
            // an option the file passed through additional_parameters stays there
            if (GUI_FIELDS.contains(opt) && !(derivedLeftovers.containsKey(opt) && !original.containsKey(opt))) {
                fields.add(opt);
            }
        }
        boolean epochField = !original.containsKey("max_train_epochs") || isEmpty(original.get("max_train_epochs"));
        if (original.containsKey("epoch") && epochField) {
            fields.remove("max_train_epochs");
            writeField(out, original, "epoch", "max_train_epochs", current, derived);
            covered.add("max_train_epochs");
        }
        for (String f : fields) {
            writeField(out, original, f, f, current, derived);
            covered.add(f);
        }
        for (Map.Entry<String, String> r : RENAMED.entrySet()) {
            String f = r.getKey();
            String opt = r.getValue();
            if (original.containsKey(f) || current.containsKey(opt)) {
                if (f.equals("lr_warmup")) {
                    Double ratio = (Double) coerce(KohyaOption.find(opt), current.get(opt));
                    if (!Objects.equals(ratio, derived.get(opt))) {
                        double pct = ratio == null ? 0 : ratio * 100;
                        Object o = original.get(f);
                        Object value = pct == Math.rint(pct) ? (Object) (long) pct : (Object) pct;
                        out.put(f, o instanceof String ? PyFormat.str(value) : value);
                    } else if (!original.containsKey(f)) {
                        out.put(f, 0L);
                    }
                } else {
                    writeField(out, original, f, opt, current, derived);
                }
                covered.add(opt);
            }
        }
        // xformers / sdpa
        boolean sdpa = Boolean.TRUE.equals(coerce(KohyaOption.find("sdpa"), current.get("sdpa")));
        boolean xformers = Boolean.TRUE.equals(coerce(KohyaOption.find("xformers"), current.get("xformers")));
        boolean dSdpa = Boolean.TRUE.equals(derived.get("sdpa"));
        boolean dXformers = Boolean.TRUE.equals(derived.get("xformers"));
        if (sdpa != dSdpa || xformers != dXformers || !original.containsKey("xformers")) {
            out.put("xformers", original.get("xformers") instanceof Boolean ? (Object) xformers
                    : sdpa ? "sdpa" : xformers ? "xformers" : "none");
        }
        covered.add("sdpa");
        covered.add("xformers");
        // network module
        Object net = current.get("network_module");
        if (!Objects.equals(net, derived.get("network_module")) || !original.containsKey("LoRA_type")) {
            out.put("LoRA_type", net == null || "networks.lora".equals(net) ? "Standard" : String.valueOf(net));
        }
        covered.add("network_module");
        covered.add("lr_warmup_ratio");
        // the GUI holds the prompt text itself; sd-scripts (and the run config) a file
        covered.add("sample_prompts");
        String promptText = samplePromptText(c);
        if (promptText != null) {
            Object before = original.get("sample_prompts");
            if (!(before instanceof String b) || !b.strip().equals(promptText.strip())) {
                out.put("sample_prompts", promptText);
            }
        } else if (!original.containsKey("sample_prompts")) {
            out.put("sample_prompts", "");
        }
        // everything else goes through additional_parameters
        Map<String, Object> leftovers = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : current.entrySet()) {
            KohyaOption o = KohyaOption.find(e.getKey());
            if (!covered.contains(e.getKey()) && (o == null || o.sdScripts())) {
                leftovers.put(e.getKey(), e.getValue());
            }
        }
        if (!sameOptions(leftovers, derivedLeftovers)) {
            out.put("additional_parameters", ShellWords.join(SdScriptsCommandLine.toArgs(leftovers)));
        } else if (!original.containsKey("additional_parameters")) {
            out.put("additional_parameters", "");
        }
        return out;
    }

    /** The text of the config's sample prompt file, or null when none is set or it cannot be read. */
    private static String samplePromptText(RunConfig c) {
        java.nio.file.Path p;
        try {
            p = c.path("sample_prompts");
        } catch (ConfigException e) {
            return null;
        }
        if (p == null || !java.nio.file.Files.isRegularFile(p)) {
            return null;
        }
        try {
            return RunConfig.readText(p, 4L << 20);
        } catch (ConfigException e) {
            return null;
        }
    }

    private static boolean sameOptions(Map<String, Object> a, Map<String, Object> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String k : a.keySet()) {
            KohyaOption o = KohyaOption.find(k);
            Object x = o == null ? a.get(k) : coerce(o, a.get(k));
            Object y = o == null ? b.get(k) : coerce(o, b.get(k));
            if (!Toml.sameContent(normalizeNumber(x), normalizeNumber(y))) {
                return false;
            }
        }
        return true;
    }

    private static Object normalizeNumber(Object v) {
        return v instanceof Long l ? (Object) l.doubleValue() : v instanceof String s ? s.strip() : v;
    }

    private static void writeField(Map<String, Object> out, Map<String, Object> original, String field, String option,
            Map<String, Object> current, Map<String, Object> derived) {
        KohyaOption o = KohyaOption.find(option);
        Object now = coerce(o, current.get(option));
        Object before = derived.get(option);
        boolean same = option.equals("resolution") ? sameResolution(now, before) : Toml.sameContent(now, before);
        if (same && original.containsKey(field)) {
            return;
        }
        Object orig = original.get(field);
        out.put(field, guiValue(o, now, orig));
    }

    private static boolean sameResolution(Object a, Object b) {
        try {
            int[] x = RunConfig.parseResolution(a, "");
            int[] y = RunConfig.parseResolution(b, "");
            return x == null ? y == null : y != null && x[0] == y[0] && x[1] == y[1];
        } catch (ConfigException e) {
            return Objects.equals(a, b);
        }
    }

    /** A value as the GUI file writes it: in the original's JSON type when there was one. */
    private static Object guiValue(KohyaOption o, Object value, Object original) {
        if (value == null) {
            return original instanceof Boolean ? Boolean.FALSE : original instanceof Number ? (Object) 0L : "";
        }
        if (o.type() == KohyaOption.Type.STRINGS && value instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(String.valueOf(x)));
            return String.join(" ", parts);
        }
        if (original instanceof String) {
            return value instanceof Boolean b ? b.toString() : PyFormat.str(value);
        }
        return value;
    }

    private static void putCoerced(Map<String, Object> out, KohyaOption o, Object v, List<ConfigProblem> notes, String field) {
        if (isEmpty(v)) {
            return;
        }
        Object c = coerce(o, v);
        if (c == null) {
            notes.add(new ConfigProblem(Severity.WARNING, field, "value " + Json.write(v) + " does not fit " + o.name() + "; kept as it is"));
            out.put(o.name(), v);
        } else {
            out.put(o.name(), c);
        }
    }

    private static boolean isEmpty(Object v) {
        return v == null || (v instanceof String s && s.isBlank());
    }

    /** The option's typed value for {@code v}; null when empty or not convertible. */
    static Object coerce(KohyaOption o, Object v) {
        if (isEmpty(v)) {
            return null;
        }
        switch (o.type()) {
            case BOOL:
                if (v instanceof Boolean) {
                    return v;
                }
                String b = String.valueOf(v).strip().toLowerCase(Locale.ROOT);
                return b.equals("true") ? Boolean.TRUE : b.equals("false") ? Boolean.FALSE : null;
            case INT:
                Double d = toDouble(v);
                return d != null && d == Math.rint(d) ? (Object) d.longValue() : null;
            case FLOAT:
                return toDouble(v);
            case STRINGS:
                if (v instanceof List<?> l) {
                    List<String> out = new ArrayList<>();
                    l.forEach(x -> out.add(String.valueOf(x)));
                    return out;
                }
                return List.of(String.valueOf(v).strip().split("\\s+"));
            default:
                if (v instanceof Map || v instanceof List) {
                    return null;
                }
                return v instanceof Double x ? PyFormat.floatRepr(x) : String.valueOf(v);
        }
    }

    private static Double toDouble(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static String prettyJson(Map<String, Object> m) {
        StringBuilder sb = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            sb.append("  ");
            Json.quote(e.getKey(), sb);
            sb.append(": ");
            Json.write(e.getValue(), sb);
            sb.append(++i < m.size() ? ",\n" : "\n");
        }
        return sb.append("}\n").toString();
    }
}
