package io.tagwright.trainer.protocol.config;

import io.tagwright.trainer.protocol.config.ConfigProblem.Severity;
import io.tagwright.trainer.protocol.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * sd-scripts' dataset config TOML ({@code --dataset_config}): a {@code [general]} table of defaults,
 * {@code [[datasets]]} with dataset-level options and {@code [[datasets.subsets]]} with per-folder
 * options. The document is kept as read, unknown keys included, so saving writes back the same
 * content; {@link #check()} reports unknown keys and missing or ill-typed values.
 */
public final class DatasetConfig {

    /** Keys a subset accepts (DreamBooth-style, fine-tuning and ControlNet subsets). */
    public static final Set<String> SUBSET_KEYS = Set.of("image_dir", "num_repeats", "class_tokens", "is_reg",
            "caption_extension", "shuffle_caption", "keep_tokens", "keep_tokens_separator", "color_aug", "flip_aug",
            "face_crop_aug_range", "random_crop", "caption_prefix", "caption_suffix", "caption_separator",
            "caption_dropout_rate", "caption_dropout_every_n_epochs", "caption_tag_dropout_rate", "token_warmup_min",
            "token_warmup_step", "cache_info", "metadata_file", "conditioning_data_dir");
    /** Keys a dataset accepts besides subset defaults. */
    public static final Set<String> DATASET_KEYS = Set.of("batch_size", "resolution", "enable_bucket", "min_bucket_reso",
            "max_bucket_reso", "bucket_reso_steps", "bucket_no_upscale", "network_multiplier", "debug_dataset");

    private static final long MAX_FILE_BYTES = 16L << 20;

    private final Map<String, Object> doc;
    private final String source;
    private Path baseDir;

    private DatasetConfig(Map<String, Object> doc, String source) {
        this.doc = doc;
        this.source = source;
    }

    public static DatasetConfig parse(String toml, String source) {
        return new DatasetConfig(Toml.parse(toml, source), source);
    }

    public static DatasetConfig load(Path file) {
        DatasetConfig c = parse(RunConfig.readText(file, MAX_FILE_BYTES), file.toString());
        c.baseDir = file.toAbsolutePath().getParent();
        return c;
    }

    /** An empty config to fill with {@link #addDataset}. */
    public static DatasetConfig create() {
        return new DatasetConfig(new LinkedHashMap<>(), "dataset config");
    }

    public String source() {
        return source;
    }

    public Path baseDir() {
        return baseDir != null ? baseDir : Path.of("").toAbsolutePath();
    }

    public Map<String, Object> document() {
        return doc;
    }

    public String toToml() {
        return Toml.write(doc);
    }

    public void save(Path file) throws IOException {
        AtomicFiles.writeString(file, toToml());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> general() {
        return doc.get("general") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The datasets; each has its options and its subsets. Throws {@link ConfigException} for a malformed layout. */
    @SuppressWarnings("unchecked")
    public List<Dataset> datasets() {
        Object ds = doc.get("datasets");
        if (ds == null) {
            return List.of();
        }
        if (!(ds instanceof List<?> list)) {
            throw new ConfigException(source + ": 'datasets' must be an array of tables ([[datasets]])");
        }
        List<Dataset> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw new ConfigException(source + ": datasets[" + i + "] is not a table");
            }
            Map<String, Object> options = new LinkedHashMap<>((Map<String, Object>) m);
            Object subs = options.remove("subsets");
            List<Map<String, Object>> subsets = new ArrayList<>();
            if (subs instanceof List<?> sl) {
                for (int j = 0; j < sl.size(); j++) {
                    if (!(sl.get(j) instanceof Map<?, ?> sm)) {
                        throw new ConfigException(source + ": datasets[" + i + "].subsets[" + j + "] is not a table");
                    }
                    subsets.add((Map<String, Object>) sm);
                }
            } else if (subs != null) {
                throw new ConfigException(source + ": datasets[" + i + "].subsets must be an array of tables ([[datasets.subsets]])");
            }
            out.add(new Dataset(options, subsets));
        }
        return out;
    }

    /** Appends a dataset with the given options and subsets. */
    @SuppressWarnings("unchecked")
    public void addDataset(Map<String, Object> options, List<Map<String, Object>> subsets) {
        List<Object> list = (List<Object>) doc.computeIfAbsent("datasets", k -> new ArrayList<>());
        Map<String, Object> d = new LinkedHashMap<>(options);
        d.put("subsets", new ArrayList<Object>(subsets));
        list.add(d);
    }

    /** One {@code [[datasets]]} entry. */
    public record Dataset(Map<String, Object> options, List<Map<String, Object>> subsets) {
    }

    /** Unknown keys (kept, reported), missing image folders, ill-typed values. */
    public List<ConfigProblem> check() {
        List<ConfigProblem> out = new ArrayList<>();
        for (String k : doc.keySet()) {
            if (!k.equals("general") && !k.equals("datasets")) {
                out.add(new ConfigProblem(Severity.INFO, k, "unknown top-level key in the dataset config; kept"));
            }
        }
        for (String k : general().keySet()) {
            if (!SUBSET_KEYS.contains(k) && !DATASET_KEYS.contains(k)) {
                out.add(new ConfigProblem(Severity.INFO, "general." + k, "unknown key; kept, not used"));
            }
        }
        List<Dataset> ds;
        try {
            ds = datasets();
        } catch (ConfigException e) {
            out.add(new ConfigProblem(Severity.ERROR, "datasets", e.getMessage()));
            return out;
        }
        if (ds.isEmpty()) {
            out.add(new ConfigProblem(Severity.ERROR, "datasets", "no [[datasets]] table"));
        }
        for (int i = 0; i < ds.size(); i++) {
            Dataset d = ds.get(i);
            String at = "datasets[" + i + "]";
            for (String k : d.options().keySet()) {
                if (!SUBSET_KEYS.contains(k) && !DATASET_KEYS.contains(k)) {
                    out.add(new ConfigProblem(Severity.INFO, at + "." + k, "unknown key; kept, not used"));
                }
            }
            if (d.subsets().isEmpty()) {
                out.add(new ConfigProblem(Severity.ERROR, at, "has no [[datasets.subsets]]"));
            }
            for (int j = 0; j < d.subsets().size(); j++) {
                Map<String, Object> s = d.subsets().get(j);
                String sat = at + ".subsets[" + j + "]";
                for (String k : s.keySet()) {
                    if (!SUBSET_KEYS.contains(k)) {
                        out.add(new ConfigProblem(DATASET_KEYS.contains(k) ? Severity.WARNING : Severity.INFO, sat + "." + k,
                                DATASET_KEYS.contains(k) ? "is a dataset-level option; sd-scripts ignores it in a subset"
                                        : "unknown key; kept, not used"));
                    }
                }
                if (!(s.get("image_dir") instanceof String dir) || dir.isBlank()) {
                    out.add(new ConfigProblem(Severity.ERROR, sat + ".image_dir", "image_dir is required"));
                }
                if (s.containsKey("num_repeats") && !(s.get("num_repeats") instanceof Long n && n >= 1)) {
                    out.add(new ConfigProblem(Severity.ERROR, sat + ".num_repeats", "must be a whole number of at least 1"));
                }
                if (s.containsKey("is_reg") && !(s.get("is_reg") instanceof Boolean)) {
                    out.add(new ConfigProblem(Severity.ERROR, sat + ".is_reg", "must be true or false"));
                }
            }
        }
        return out;
    }
}
