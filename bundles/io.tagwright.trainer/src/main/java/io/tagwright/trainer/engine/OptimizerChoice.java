package io.tagwright.trainer.engine;

import io.tagwright.trainer.optim.Adafactor;
import io.tagwright.trainer.optim.AdamW;
import io.tagwright.trainer.optim.Optimizer;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.event.TrainerEvent.ErrorKind;
import io.tagwright.trainer.run.TrainingException;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code optimizer_type} with {@code optimizer_args}, as sd-scripts' {@code get_optimizer} reads them:
 * AdamW ({@code weight_decay}, {@code betas}, {@code eps}) and Adafactor ({@code scale_parameter},
 * {@code relative_step}, {@code warmup_init}; relative_step defaults to True). AdamW8bit is trained as
 * AdamW (the same update without 8-bit state, which needs bitsandbytes) with a warning; other
 * optimizers are refused.
 *
 * @param metadataName what {@code ss_optimizer} must record instead of the configured optimizer (null: as configured)
 */
public record OptimizerChoice(String type, Map<String, String> args, boolean relativeStep, String metadataName) {

    static OptimizerChoice from(RunConfig c, Consumer<String> warn) throws TrainingException {
        String type = c.optimizerType();
        Map<String, String> args = c.optimizerArgs();
        String lower = type.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "adamw", "adamw8bit" -> {
                if (lower.equals("adamw8bit")) {
                    warn.accept("AdamW8bit needs bitsandbytes (CUDA only); training with AdamW and 32-bit state, "
                            + "which gives the same updates up to 8-bit rounding");
                }
                for (String k : args.keySet()) {
                    if (!k.equals("weight_decay") && !k.equals("betas") && !k.equals("eps")) {
                        throw new TrainingException(ErrorKind.CONFIG, "optimizer_args " + k + " is not an AdamW argument");
                    }
                }
                return new OptimizerChoice("AdamW", args, false,
                        lower.equals("adamw8bit") ? "torch.optim.adamw.AdamW" + describe(args) : null);
            }
            case "adafactor" -> {
                boolean relative = bool(args, "relative_step", true);
                boolean scale = bool(args, "scale_parameter", true);
                boolean warmup = bool(args, "warmup_init", false);
                if (warmup && !relative) {
                    warn.accept("warmup_init requires relative_step; relative_step is set to True (as sd-scripts does)");
                    relative = true;
                }
                for (String k : args.keySet()) {
                    if (!k.equals("relative_step") && !k.equals("scale_parameter") && !k.equals("warmup_init")) {
                        throw new TrainingException(ErrorKind.CONFIG, "optimizer_args " + k
                                + " is not supported for Adafactor (relative_step, scale_parameter, warmup_init are)");
                    }
                }
                return new OptimizerChoice("Adafactor", args, relative, null);
            }
            default -> throw new TrainingException(ErrorKind.CONFIG, "optimizer_type " + type
                    + " is not supported by the Tagwright trainer", "use AdamW, AdamW8bit or Adafactor", null);
        }
    }

    /** A new optimizer instance with these arguments. */
    public Optimizer create() {
        if (type.equals("Adafactor")) {
            return Adafactor.of(bool(args, "scale_parameter", true), relativeStep, bool(args, "warmup_init", false));
        }
        AdamW.Builder b = AdamW.builder();
        if (args.containsKey("weight_decay")) {
            b.optWeightDecay(Double.parseDouble(args.get("weight_decay")));
        }
        if (args.containsKey("eps")) {
            b.optEps(Double.parseDouble(args.get("eps")));
        }
        if (args.containsKey("betas")) {
            String[] parts = args.get("betas").replaceAll("[()\\[\\] ]", "").split(",");
            if (parts.length != 2) {
                throw new IllegalArgumentException("optimizer_args betas must be two numbers, e.g. betas=0.9,0.999");
            }
            b.optBetas(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
        }
        return b.build();
    }

    private static boolean bool(Map<String, String> args, String key, boolean dflt) {
        String v = args.get(key);
        return v == null ? dflt : v.equalsIgnoreCase("true");
    }

    private static String describe(Map<String, String> args) {
        if (args.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("(");
        args.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append(k).append('=').append(v));
        return sb.append(')').toString();
    }
}
