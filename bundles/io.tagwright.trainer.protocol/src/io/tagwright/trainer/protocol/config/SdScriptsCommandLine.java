package io.tagwright.trainer.protocol.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A run config as the sd-scripts command line that does the same training, and back. */
public final class SdScriptsCommandLine {

    private SdScriptsCommandLine() {
    }

    /**
     * {@code accelerate launch --num_cpu_threads_per_process 1 train_network.py --opt=value ...} for
     * every sd-scripts option in {@code c} (Tagwright-only options are resolved or left out:
     * {@code lr_warmup_ratio} becomes {@code lr_warmup_steps} when {@code totalSteps} is known).
     */
    public static List<String> build(RunConfig c, long totalSteps) {
        List<String> argv = new ArrayList<>(List.of("accelerate", "launch", "--num_cpu_threads_per_process", "1",
                "train_network.py"));
        Map<String, Object> opts = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : c.values().entrySet()) {
            KohyaOption o = KohyaOption.find(e.getKey());
            if (o == null || o.sdScripts()) {
                opts.put(e.getKey(), e.getValue());
            }
        }
        Double ratio = c.real("lr_warmup_ratio");
        if (ratio != null && !c.has("lr_warmup_steps") && totalSteps > 0) {
            opts.put("lr_warmup_steps", (long) Math.floor(ratio * totalSteps));
        }
        List<String> keys = new ArrayList<>(opts.keySet());
        keys.sort(java.util.Comparator.comparingInt(KohyaOption::order).thenComparing(java.util.Comparator.naturalOrder()));
        Map<String, Object> sorted = new LinkedHashMap<>();
        keys.forEach(k -> sorted.put(k, opts.get(k)));
        argv.addAll(toArgs(sorted));
        return argv;
    }

    /** The shell form of {@link #build}. */
    public static String buildShell(RunConfig c, long totalSteps) {
        return ShellWords.join(build(c, totalSteps));
    }

    /** {@code --key=value} per option; {@code --flag} for true, nothing for false; lists as {@code --key a b}. */
    public static List<String> toArgs(Map<String, Object> options) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : options.entrySet()) {
            Object v = e.getValue();
            String flag = "--" + e.getKey();
            if (v instanceof Boolean b) {
                if (b) {
                    out.add(flag);
                }
            } else if (v instanceof List<?> l) {
                out.add(flag);
                l.forEach(x -> out.add(x instanceof Double d ? PyFormat.floatRepr(d) : String.valueOf(x)));
            } else if (v instanceof String s && s.isEmpty()) {
                continue;
            } else {
                out.add(flag + "=" + (v instanceof Double d ? PyFormat.floatRepr(d) : String.valueOf(v)));
            }
        }
        return out;
    }

    /**
     * Reads {@code --key=value}, {@code --key value}, {@code --flag} and {@code --list a b c} (for the
     * list options) into typed values; words that are not options throw {@link IllegalArgumentException}.
     */
    public static Map<String, Object> parseOptions(List<String> args) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--") || a.length() == 2) {
                throw new IllegalArgumentException("\"" + a + "\" is not an --option");
            }
            String body = a.substring(2);
            int eq = body.indexOf('=');
            String key = eq >= 0 ? body.substring(0, eq) : body;
            KohyaOption o = KohyaOption.find(key);
            if (eq >= 0) {
                String raw = body.substring(eq + 1);
                out.put(key, o != null && o.type() == KohyaOption.Type.STRINGS ? List.of(raw) : typed(o, raw));
                continue;
            }
            List<String> vals = new ArrayList<>();
            while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                vals.add(args.get(++i));
            }
            if (o != null && o.type() == KohyaOption.Type.STRINGS) {
                out.put(key, vals);
            } else if (vals.isEmpty()) {
                out.put(key, Boolean.TRUE);
            } else if (vals.size() == 1) {
                out.put(key, typed(o, vals.get(0)));
            } else {
                out.put(key, vals);
            }
        }
        return out;
    }

    private static Object typed(KohyaOption o, String raw) {
        if (o == null) {
            return raw;
        }
        Object v = KohyaGuiConfig.coerce(o, raw);
        return v == null ? raw : v;
    }
}
