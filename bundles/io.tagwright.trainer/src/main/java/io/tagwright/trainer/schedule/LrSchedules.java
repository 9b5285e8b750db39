package io.tagwright.trainer.schedule;

import io.tagwright.trainer.optim.Adafactor;
import io.tagwright.trainer.optim.Optimizer;

import java.util.Locale;

/**
 * The schedules kohya's {@code --lr_scheduler} offers through diffusers' {@code get_scheduler}, with
 * the same formulas: warm-up is linear from 0 over {@code warmup} steps; {@code linear} then decays to
 * 0 at {@code total}; {@code cosine} follows half a cosine wave to 0 at {@code total}.
 */
public final class LrSchedules {

    private LrSchedules() {
    }

    public static LambdaSchedule constant() {
        return new LambdaSchedule("constant", step -> 1.0);
    }

    public static LambdaSchedule constantWithWarmup(int warmup) {
        return new LambdaSchedule("constant_with_warmup", step -> step < warmup ? warm(step, warmup) : 1.0);
    }

    public static LambdaSchedule linear(int warmup, int total) {
        return new LambdaSchedule("linear", step -> step < warmup ? warm(step, warmup)
                : Math.max(0.0, (double) (total - step) / Math.max(1, total - warmup)));
    }

    /** {@code get_cosine_schedule_with_warmup} with num_cycles 0.5 (what kohya passes for "cosine"). */
    public static LambdaSchedule cosine(int warmup, int total) {
        return cosine(warmup, total, 0.5);
    }

    public static LambdaSchedule cosine(int warmup, int total, double cycles) {
        return new LambdaSchedule("cosine", step -> {
            if (step < warmup) {
                return warm(step, warmup);
            }
            double progress = (double) (step - warmup) / Math.max(1, total - warmup);
            return Math.max(0.0, 0.5 * (1.0 + Math.cos(Math.PI * cycles * 2.0 * progress)));
        });
    }

    private static double warm(int step, int warmup) {
        return (double) step / Math.max(1.0, warmup);
    }

    /**
     * A schedule by kohya name: constant, constant_with_warmup, linear, cosine, or adafactor (which
     * needs the Adafactor optimizer; {@code initialLr} is what it reports before the first step).
     */
    public static LrSchedule forName(String name, int warmup, int total, Optimizer optimizer, double initialLr) {
        String n = name.toLowerCase(Locale.ROOT);
        if (warmup > 0 && (n.equals("constant") || n.startsWith("adafactor"))) {
            // kohya (wrap_check_needless_num_warmup_steps) refuses the same
            throw new IllegalArgumentException(name + " does not take warm-up steps; set lr_warmup_steps to 0");
        }
        if (n.startsWith("adafactor")) {
            if (!(optimizer instanceof Adafactor a)) {
                throw new IllegalArgumentException("the adafactor scheduler needs the Adafactor optimizer");
            }
            return new AdafactorSchedule(a, initialLr);
        }
        return switch (n) {
            case "constant" -> constant();
            case "constant_with_warmup" -> constantWithWarmup(warmup);
            case "linear" -> linear(warmup, total);
            case "cosine" -> cosine(warmup, total);
            default -> throw new IllegalArgumentException("unknown lr_scheduler '" + name
                    + "' (constant, constant_with_warmup, linear, cosine, adafactor)");
        };
    }
}
