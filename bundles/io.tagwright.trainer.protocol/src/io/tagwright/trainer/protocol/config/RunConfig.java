package io.tagwright.trainer.protocol.config;

import io.tagwright.trainer.protocol.files.AtomicFiles;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A training run's settings under sd-scripts' option names: the same TOML that
 * {@code train_network.py --config_file} reads (flat, or grouped in one level of sections that are
 * flattened on read, as sd-scripts does). Unknown options are kept verbatim and reported by
 * {@link #unknownKeys()}. A {@code [kohya_ss_gui]} table, when present, holds the kohya_ss GUI
 * JSON this config was imported from so that {@link KohyaGuiConfig#export} can give it back; the
 * options outside that table win.
 */
public final class RunConfig {

    /** The table that carries an imported kohya_ss GUI file. */
    public static final String GUI_TABLE = "kohya_ss_gui";
    private static final long MAX_FILE_BYTES = 16L << 20;

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Object> gui = new LinkedHashMap<>();
    private Path baseDir;
    private String source = "run config";

    public RunConfig() {
    }

    public static RunConfig load(Path file) {
        String text = readText(file, MAX_FILE_BYTES);
        RunConfig c = parse(text, file.toString());
        c.baseDir = file.toAbsolutePath().getParent();
        return c;
    }

    /** Reads a UTF-8 text file (BOM tolerated) with a size limit; errors name the file. */
    public static String readText(Path file, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ConfigException(file + ": file is " + size + " bytes; a config file is at most " + maxBytes);
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": file not found");
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static RunConfig parse(String toml, String source) {
        Map<String, Object> doc = Toml.parse(toml, source);
        RunConfig c = new RunConfig();
        c.source = source;
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            if (e.getKey().equals(GUI_TABLE) && e.getValue() instanceof Map<?, ?> m) {
                m.forEach((k, v) -> c.gui.put((String) k, v));
            } else if (e.getValue() instanceof Map<?, ?> section) {
                // sd-scripts flattens one level of sections ([model_arguments], [training_arguments], ...)
                for (Map.Entry<?, ?> x : section.entrySet()) {
                    if (c.values.containsKey((String) x.getKey())) {
                        throw new ConfigException(source + ": option '" + x.getKey() + "' is set in two sections");
                    }
                    c.values.put((String) x.getKey(), x.getValue());
                }
            } else {
                if (c.values.containsKey(e.getKey())) {
                    throw new ConfigException(source + ": option '" + e.getKey() + "' is set twice");
                }
                c.values.put(e.getKey(), e.getValue());
            }
        }
        return c;
    }

    /** Flat TOML, known options in {@link KohyaOption#all()} order, unknown ones after, then the GUI table. */
    public String toToml() {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(values.keySet());
        keys.sort(Comparator.comparingInt(KohyaOption::order).thenComparing(Comparator.naturalOrder()));
        for (String k : keys) {
            doc.put(k, values.get(k));
        }
        if (!gui.isEmpty()) {
            doc.put(GUI_TABLE, new LinkedHashMap<>(gui));
        }
        return Toml.write(doc);
    }

    public void save(Path file) throws IOException {
        AtomicFiles.writeString(file, toToml());
    }

    /** Where relative paths are resolved from: the config file's folder, else the working directory. */
    public Path baseDir() {
        return baseDir != null ? baseDir : Path.of("").toAbsolutePath();
    }

    public void setBaseDir(Path dir) {
        this.baseDir = dir;
    }

    public String source() {
        return source;
    }

    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    public Map<String, Object> guiFields() {
        return Collections.unmodifiableMap(gui);
    }

    void replaceGuiFields(Map<String, Object> fields) {
        gui.clear();
        gui.putAll(fields);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Object get(String name) {
        return values.get(name);
    }

    public RunConfig set(String name, Object value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value instanceof Integer i ? Long.valueOf(i) : value instanceof Float f ? Double.valueOf(f) : value);
        }
        return this;
    }

    /** Options that neither sd-scripts' train_network.py nor Tagwright knows; kept on save and export. */
    public TreeSet<String> unknownKeys() {
        TreeSet<String> out = new TreeSet<>();
        for (String k : values.keySet()) {
            if (KohyaOption.find(k) == null) {
                out.add(k);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ typed access with defaults

    private Object valueOrDefault(String name) {
        Object v = values.get(name);
        if (v != null) {
            return v;
        }
        KohyaOption o = KohyaOption.find(name);
        return o == null ? null : o.defaultValue();
    }

    private ConfigException bad(String name, Object v, String expected) {
        return new ConfigException(source + ": " + name + " = " + v + " is not " + expected);
    }

    public boolean bool(String name) {
        Object v = valueOrDefault(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes":
                    return true;
                case "false", "0", "no", "":
                    return false;
                default:
                    break;
            }
        }
        if (v instanceof Long l && (l == 0 || l == 1)) {
            return l == 1;
        }
        throw bad(name, v, "true or false");
    }

    /** An integer option; null when unset and without default. Accepts numeric strings (GUI files). */
    public Long integer(String name) {
        Object v = valueOrDefault(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return d.longValue();
        }
        if (v instanceof String s) {
            String t = s.strip();
            if (t.isEmpty()) {
                return null;
            }
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                try {
                    double d = Double.parseDouble(t);
                    if (d == Math.rint(d)) {
                        return (long) d;
                    }
                } catch (NumberFormatException e2) {
                    // reported below
                }
            }
        }
        throw bad(name, v, "a whole number");
    }

    public long integer(String name, long fallback) {
        Long v = integer(name);
        return v == null ? fallback : v;
    }

    /** A number option; null when unset and without default. Accepts numeric strings (GUI files). */
    public Double real(String name) {
        Object v = valueOrDefault(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            String t = s.strip();
            if (t.isEmpty()) {
                return null;
            }
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw bad(name, v, "a number");
    }

    public double real(String name, double fallback) {
        Double v = real(name);
        return v == null ? fallback : v;
    }

    /** A string option (numbers and booleans given as such are turned into their text). */
    public String string(String name) {
        Object v = valueOrDefault(name);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof List || v instanceof Map) {
            throw bad(name, v, "a string");
        }
        return v instanceof Double d ? PyFormat.floatRepr(d) : v.toString();
    }

    /** A list option such as {@code optimizer_args}; a single string is split on whitespace, as a shell would. */
    public List<String> strings(String name) {
        Object v = valueOrDefault(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object o : l) {
                if (o instanceof Map || o instanceof List) {
                    throw bad(name, v, "a list of strings");
                }
                out.add(o instanceof Double d ? PyFormat.floatRepr(d) : String.valueOf(o));
            }
            return out;
        }
        if (v instanceof String s) {
            return s.isBlank() ? List.of() : List.of(s.strip().split("\\s+"));
        }
        throw bad(name, v, "a list of strings");
    }

    /** A path option resolved against {@link #baseDir()}; null when unset or empty. */
    public Path path(String name) {
        String s = string(name);
        if (s == null || s.isBlank()) {
            return null;
        }
        return baseDir().resolve(s.strip()).normalize();
    }

    /**
     * {@code resolution} as width and height: {@code "512"}, {@code "768,512"} (sd-scripts' order is
     * width,height), or a number. Null when unset.
     */
    public int[] resolution() {
        return parseResolution(valueOrDefault("resolution"), source);
    }

    static int[] parseResolution(Object v, String source) {
        if (v == null) {
            return null;
        }
        String s = v instanceof Double d ? String.valueOf(d.longValue()) : String.valueOf(v).strip();
        if (s.isEmpty()) {
            return null;
        }
        String[] parts = s.split("\\s*[,x]\\s*");
        try {
            if (parts.length == 1) {
                int n = Integer.parseInt(parts[0]);
                return new int[] {n, n};
            }
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(source + ": resolution = " + v + " is not \"SIZE\" or \"WIDTH,HEIGHT\"");
    }

    /** Optimizer arguments as {@code key=value} pairs (keys lower-cased as sd-scripts compares them). */
    public Map<String, String> optimizerArgs() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String a : strings("optimizer_args")) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(source + ": optimizer_args entry \"" + a + "\" is not key=value");
            }
            out.put(a.substring(0, eq).strip().toLowerCase(Locale.ROOT), a.substring(eq + 1).strip());
        }
        return out;
    }

    /** sd-scripts' effective optimizer name: {@code optimizer_type}, or AdamW8bit/Lion from the legacy flags, else AdamW. */
    public String optimizerType() {
        String t = string("optimizer_type");
        if (t != null && !t.isBlank()) {
            return t.strip();
        }
        if (bool("use_8bit_adam")) {
            return "AdamW8bit";
        }
        if (bool("use_lion_optimizer")) {
            return "Lion";
        }
        return "AdamW";
    }

    /** The caption extension sd-scripts uses ({@code caption_extention}, the old misspelling, wins when set). */
    public String captionExtension() {
        String old = string("caption_extention");
        return old != null ? old : string("caption_extension");
    }

    public RunConfig copy() {
        RunConfig c = new RunConfig();
        c.values.putAll(values);
        c.gui.putAll(gui);
        c.baseDir = baseDir;
        c.source = source;
        return c;
    }
}
