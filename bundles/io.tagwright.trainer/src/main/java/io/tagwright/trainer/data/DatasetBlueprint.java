package io.tagwright.trainer.data;

import io.tagwright.trainer.protocol.config.ConfigException;
import io.tagwright.trainer.protocol.config.DatasetConfig;
import io.tagwright.trainer.protocol.config.KohyaOption;
import io.tagwright.trainer.protocol.config.RunConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a run config into datasets and subsets as sd-scripts' config_util does: either from an
 * sd-scripts dataset TOML ({@code dataset_config}) or from {@code train_data_dir}/{@code reg_data_dir}
 * folders named {@code N_class tokens}. Every subset option falls back subset, dataset,
 * {@code [general]}, run config, sd-scripts default.
 *
 * <p>Two deliberate differences: sub-folders are taken in name order (sd-scripts takes the file
 * system's order), and relative {@code image_dir}s of a dataset TOML are resolved against the
 * TOML's folder (sd-scripts uses its working directory).
 */
public final class DatasetBlueprint {

    /** The datasets, whether they came from a dataset TOML, and warnings (ignored folders, ...). */
    public record Resolved(List<DatasetSpec> datasets, boolean fromDatasetConfig, List<String> warnings) {
    }

    private static final Pattern REPEATS = Pattern.compile("\\s*\\+?(\\d+)\\s*");

    private DatasetBlueprint() {
    }

    public static Resolved resolve(RunConfig c) {
        List<String> warnings = new ArrayList<>();
        Path datasetConfig = c.path("dataset_config");
        if (datasetConfig != null) {
            DatasetConfig dc;
            try {
                dc = DatasetConfig.load(datasetConfig);
            } catch (ConfigException e) {
                throw new DatasetException(e.getMessage(), e);
            }
            return new Resolved(fromDatasetConfig(dc, c, warnings), true, warnings);
        }
        Path train = c.path("train_data_dir");
        if (train == null) {
            throw new DatasetException(c.source() + ": neither train_data_dir nor dataset_config is set");
        }
        if (!Files.isDirectory(train)) {
            throw new DatasetException(train + ": train_data_dir is not a folder");
        }
        List<SubsetSpec> subsets = new ArrayList<>(foldersToSubsets(train, false, c, warnings));
        if (subsets.isEmpty()) {
            throw new DatasetException(train + ": no image folders named like 10_name (repeats_class tokens)");
        }
        Path reg = c.path("reg_data_dir");
        if (reg != null) {
            if (!Files.isDirectory(reg)) {
                throw new DatasetException(reg + ": reg_data_dir is not a folder");
            }
            List<SubsetSpec> regs = foldersToSubsets(reg, true, c, warnings);
            if (regs.isEmpty()) {
                warnings.add(reg + ": no folders named like 1_class in reg_data_dir; no regularization images");
            }
            subsets.addAll(regs);
        }
        int[] reso = resolution(c.get("resolution"), c.source());
        DatasetSpec d = new DatasetSpec(reso[0], reso[1], (int) c.integer("train_batch_size", 1), c.bool("enable_bucket"),
                (int) c.integer("min_bucket_reso", 256), (int) c.integer("max_bucket_reso", 1024),
                (int) c.integer("bucket_reso_steps", 64), c.bool("bucket_no_upscale"), subsets);
        return new Resolved(List.of(d), false, warnings);
    }

    /** sd-scripts' {@code extract_dreambooth_params}: {@code "10_ohwx woman"} gives 10 and {@code "ohwx woman"}; -1 when there is no leading number. */
    static int repeatsOf(String folderName) {
        String first = folderName.split("_", -1)[0];
        Matcher m = REPEATS.matcher(first);
        if (!m.matches()) {
            return -1;
        }
        try {
            return Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String classTokensOf(String folderName) {
        int us = folderName.indexOf('_');
        return us < 0 ? "" : folderName.substring(us + 1);
    }

    private static List<SubsetSpec> foldersToSubsets(Path base, boolean isReg, RunConfig c, List<String> warnings) {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(base)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(base + ": cannot list: " + e.getMessage(), e);
        }
        List<SubsetSpec> out = new ArrayList<>();
        for (Path d : dirs) {
            String name = d.getFileName().toString();
            int repeats = repeatsOf(name);
            if (repeats < 0) {
                warnings.add(d + ": ignored, the folder name does not start with a repeat count (e.g. 10_" + name + ")");
                continue;
            }
            if (repeats < 1) {
                warnings.add(d + ": ignored, 0 repeats");
                continue;
            }
            Fallback f = new Fallback(List.of(), c);
            out.add(subset(f, d, repeats, classTokensOf(name), isReg));
        }
        return out;
    }

    private static List<DatasetSpec> fromDatasetConfig(DatasetConfig dc, RunConfig c, List<String> warnings) {
        List<DatasetSpec> out = new ArrayList<>();
        List<DatasetConfig.Dataset> datasets;
        try {
            datasets = dc.datasets();
        } catch (ConfigException e) {
            throw new DatasetException(e.getMessage(), e);
        }
        if (datasets.isEmpty()) {
            throw new DatasetException(dc.source() + ": no [[datasets]]");
        }
        for (int i = 0; i < datasets.size(); i++) {
            DatasetConfig.Dataset ds = datasets.get(i);
            String where = dc.source() + ": datasets[" + i + "]";
            Fallback df = new Fallback(List.of(ds.options(), dc.general()), c);
            int[] reso = resolution(df.raw("resolution", "resolution"), where);
            List<SubsetSpec> subsets = new ArrayList<>();
            for (int j = 0; j < ds.subsets().size(); j++) {
                Map<String, Object> s = ds.subsets().get(j);
                String sw = where + ".subsets[" + j + "]";
                if (s.containsKey("metadata_file")) {
                    throw new DatasetException(sw + ": fine-tuning subsets (metadata_file) are not supported; use image_dir");
                }
                Object dir = s.get("image_dir");
                if (!(dir instanceof String ds2) || ds2.isBlank()) {
                    throw new DatasetException(sw + ": image_dir is required");
                }
                Path imageDir = dc.baseDir().resolve(ds2).normalize();
                if (!Files.isDirectory(imageDir)) {
                    throw new DatasetException(sw + ": image_dir " + imageDir + " is not a folder");
                }
                Fallback sf = new Fallback(List.of(s, ds.options(), dc.general()), c);
                int repeats = (int) sf.integer("num_repeats", "dataset_repeats", 1, sw);
                if (repeats < 1) {
                    throw new DatasetException(sw + ": num_repeats must be at least 1");
                }
                Object ct = sf.rawLocal("class_tokens");
                boolean isReg = Boolean.TRUE.equals(sf.rawLocal("is_reg"));
                subsets.add(subset(sf, imageDir, repeats, ct == null ? null : String.valueOf(ct), isReg));
            }
            out.add(new DatasetSpec(reso[0], reso[1], (int) df.integer("batch_size", "train_batch_size", 1, where),
                    df.bool("enable_bucket", "enable_bucket"), (int) df.integer("min_bucket_reso", "min_bucket_reso", 256, where),
                    (int) df.integer("max_bucket_reso", "max_bucket_reso", 1024, where),
                    (int) df.integer("bucket_reso_steps", "bucket_reso_steps", 64, where),
                    df.bool("bucket_no_upscale", "bucket_no_upscale"), subsets));
        }
        return out;
    }

    private static SubsetSpec subset(Fallback f, Path dir, int repeats, String classTokens, boolean isReg) {
        String ext = f.string("caption_extension", c -> c.captionExtension());
        return new SubsetSpec(dir, repeats, classTokens, isReg, ext == null ? ".caption" : ext,
                f.bool("shuffle_caption", "shuffle_caption"), (int) f.integer("keep_tokens", "keep_tokens", 0, dir.toString()),
                f.string("keep_tokens_separator", c -> c.string("keep_tokens_separator")),
                f.string("caption_separator", c -> c.string("caption_separator")),
                f.bool("flip_aug", "flip_aug"), f.bool("color_aug", "color_aug"), f.bool("random_crop", "random_crop"),
                f.string("caption_prefix", c -> c.string("caption_prefix")), f.string("caption_suffix", c -> c.string("caption_suffix")),
                f.real("caption_dropout_rate", 0.0), (int) f.integer("caption_dropout_every_n_epochs", "caption_dropout_every_n_epochs", 0, dir.toString()),
                f.real("caption_tag_dropout_rate", 0.0), (int) f.integer("token_warmup_min", "token_warmup_min", 1, dir.toString()),
                f.real("token_warmup_step", 0.0));
    }

    private static int[] resolution(Object v, String where) {
        if (v instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Long w && l.get(1) instanceof Long h) {
            return new int[] {w.intValue(), h.intValue()};
        }
        if (v instanceof List<?> l && l.size() == 1 && l.get(0) instanceof Long w) {
            return new int[] {w.intValue(), w.intValue()};
        }
        RunConfig probe = new RunConfig();
        probe.set("resolution", v instanceof Long n ? String.valueOf(n) : v);
        try {
            int[] r = probe.resolution();
            if (r == null) {
                throw new DatasetException(where + ": resolution is not set (e.g. 512 or \"768,768\")");
            }
            return r;
        } catch (ConfigException e) {
            throw new DatasetException(where + ": " + e.getMessage().replace("run config: ", ""), e);
        }
    }

    /** Looks a key up in the given tables first, then in the run config (which has sd-scripts' defaults). */
    private record Fallback(List<Map<String, Object>> tables, RunConfig config) {

        Object rawLocal(String key) {
            for (Map<String, Object> t : tables) {
                if (t.containsKey(key)) {
                    return t.get(key);
                }
            }
            return null;
        }

        Object raw(String key, String configKey) {
            Object v = rawLocal(key);
            return v != null ? v : config.get(configKey) != null ? config.get(configKey) : defaultOf(configKey);
        }

        private static Object defaultOf(String key) {
            KohyaOption o = KohyaOption.find(key);
            return o == null ? null : o.defaultValue();
        }

        boolean bool(String key, String configKey) {
            Object v = rawLocal(key);
            if (v instanceof Boolean b) {
                return b;
            }
            if (v != null) {
                throw new DatasetException(key + " = " + v + " is not true or false");
            }
            return config.bool(configKey);
        }

        long integer(String key, String configKey, long fallback, String where) {
            Object v = rawLocal(key);
            if (v instanceof Long l) {
                return l;
            }
            if (v != null) {
                throw new DatasetException(where + ": " + key + " = " + v + " is not a whole number");
            }
            return config.integer(configKey, fallback);
        }

        double real(String key, double fallback) {
            Object v = rawLocal(key);
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            if (v != null) {
                throw new DatasetException(key + " = " + v + " is not a number");
            }
            return config.real(key, fallback);
        }

        String string(String key, java.util.function.Function<RunConfig, String> fromConfig) {
            Object v = rawLocal(key);
            if (v != null) {
                return String.valueOf(v);
            }
            return fromConfig.apply(config);
        }
    }
}
