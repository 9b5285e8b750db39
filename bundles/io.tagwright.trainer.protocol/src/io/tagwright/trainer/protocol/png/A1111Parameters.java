package io.tagwright.trainer.protocol.png;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code parameters} text A1111's WebUI stores in PNGs, which most tools read:
 * <pre>
 * prompt
 * Negative prompt: negative
 * Steps: 30, Sampler: Euler a, CFG scale: 7.5, Seed: 42, Size: 512x512, Model: name
 * </pre>
 */
public final class A1111Parameters {

    /** The PNG text key. */
    public static final String KEY = "parameters";

    private A1111Parameters() {
    }

    /**
     * Formats the text; {@code negative} may be null or empty (line left out); {@code extra} entries
     * (e.g. {@code Model}, {@code Lora}) are appended in order; values holding a comma are quoted.
     */
    public static String format(String prompt, String negative, int steps, String sampler, double cfgScale, long seed,
            int width, int height, Map<String, String> extra) {
        StringBuilder sb = new StringBuilder(prompt == null ? "" : prompt.strip());
        if (negative != null && !negative.isBlank()) {
            sb.append("\nNegative prompt: ").append(negative.strip());
        }
        sb.append("\nSteps: ").append(steps);
        sb.append(", Sampler: ").append(samplerName(sampler));
        sb.append(", CFG scale: ").append(trim(cfgScale));
        sb.append(", Seed: ").append(seed);
        sb.append(", Size: ").append(width).append('x').append(height);
        for (Map.Entry<String, String> e : extra.entrySet()) {
            String v = e.getValue();
            if (v.contains(",") || v.contains(":") || v.contains("\"")) {
                v = "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            }
            sb.append(", ").append(e.getKey()).append(": ").append(v);
        }
        return sb.toString();
    }

    /** sd-scripts' sampler ids as A1111 names them. */
    public static String samplerName(String kohya) {
        return switch (kohya.toLowerCase(Locale.ROOT)) {
            case "ddim" -> "DDIM";
            case "pndm" -> "PLMS";
            case "lms", "k_lms" -> "LMS";
            case "euler", "k_euler" -> "Euler";
            case "euler_a", "k_euler_a" -> "Euler a";
            case "heun" -> "Heun";
            case "dpm_2", "k_dpm_2" -> "DPM2";
            case "dpm_2_a", "k_dpm_2_a" -> "DPM2 a";
            case "dpmsolver", "dpmsingle" -> "DPM fast";
            case "dpmsolver++" -> "DPM++ 2M";
            default -> kohya;
        };
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
