package io.tagwright.trainer.engine;

import io.tagwright.trainer.io.DType;
import io.tagwright.trainer.lora.LoraSettings;
import io.tagwright.trainer.protocol.config.ConfigException;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.event.TrainerEvent.ErrorKind;
import io.tagwright.trainer.run.TrainingException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The training settings of a run config, typed and checked for what this engine does: sd-scripts'
 * option names and defaults ({@code train_network.py} v0.7.1). Options the engine does not implement
 * are refused with a message naming them (they would change the result), never silently ignored;
 * options that only change speed or memory are accepted with a warning.
 */
public record EngineSettings(LoraSettings lora, OptimizerChoice optimizer, Double learningRate, Double unetLr,
        Double textEncoderLr, String scheduler, int schedulerCycles, double maxGradNorm, int clipSkip,
        int maxTokenLength, Noise noise, boolean cacheLatents, boolean cacheLatentsToDisk, String mixedPrecision,
        DType saveDtype, Integer saveEveryNSteps, Integer saveLastNEpochs, boolean saveState,
        Integer saveLastNEpochsState, String sampler, boolean textEncoderLrZero) {

    /** The noise and loss-weighting options of a step. */
    public record Noise(double noiseOffset, Double adaptiveNoiseScale, double ipNoiseGamma, Double minSnrGamma,
            boolean debiasedEstimation, int minTimestep, int maxTimestep) {
    }

    /** Changes the result, not implemented: refused. */
    private static final Map<String, String> REFUSED = refused();
    /** Samplers with an implementation; the others fall back to DDIM with a warning. */
    public static final Set<String> SAMPLERS = Set.of("ddim", "euler", "k_euler", "euler_a", "k_euler_a");

    private static Map<String, String> refused() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("network_dropout", "LoRA dropout");
        m.put("multires_noise_iterations", "multi-resolution (pyramid) noise");
        m.put("zero_terminal_snr", "zero terminal SNR");
        m.put("weighted_captions", "weighted captions");
        m.put("v_pred_like_loss", "v-prediction-like loss");
        m.put("scale_weight_norms", "max-norm regularization");
        m.put("base_weights", "merging base weights before training");
        m.put("full_fp16", "full fp16 training (use mixed_precision)");
        m.put("full_bf16", "full bf16 training (use mixed_precision)");
        m.put("dim_from_weights", "taking the rank from network_weights");
        m.put("in_json", "fine-tuning metadata JSON datasets");
        return m;
    }

    /** Reads and checks the settings; {@code warn} receives what the user should know. */
    public static EngineSettings from(RunConfig c, Consumer<String> warn) throws TrainingException {
        try {
            return read(c, warn);
        } catch (ConfigException | IllegalArgumentException e) {
            throw new TrainingException(ErrorKind.CONFIG, e.getMessage());
        }
    }

    private static EngineSettings read(RunConfig c, Consumer<String> warn) throws TrainingException {
        List<String> refusedSet = new ArrayList<>();
        REFUSED.forEach((key, what) -> {
            if (isSet(c, key)) {
                refusedSet.add(key + " (" + what + ")");
            }
        });
        if (!refusedSet.isEmpty()) {
            throw new TrainingException(ErrorKind.CONFIG, "not supported by the Tagwright trainer: "
                    + String.join(", ", refusedSet), "remove these options, or train this run with sd-scripts", null);
        }
        if (c.bool("gradient_checkpointing")) {
            warn.accept("gradient_checkpointing is not implemented: training is the same, but needs more memory");
        }
        if (c.bool("xformers") || c.bool("sdpa") || c.bool("mem_eff_attn")) {
            // the fused ops already use torch's scaled_dot_product_attention
            warn.accept("xformers/sdpa/mem_eff_attn: the trainer always uses PyTorch's fused attention");
        }
        LoraSettings.Builder lb = LoraSettings.builder().setRank((int) c.integer("network_dim", 4))
                .setAlpha((float) c.real("network_alpha", 1.0))
                .optUnetOnly(c.bool("network_train_unet_only"))
                .optTextEncoderOnly(c.bool("network_train_text_encoder_only"));
        networkArgs(c, lb);
        OptimizerChoice opt = OptimizerChoice.from(c, warn);
        String scheduler = c.string("lr_scheduler").strip().toLowerCase(Locale.ROOT);
        if (opt.relativeStep()) {
            scheduler = "adafactor";
        }
        if (!Set.of("constant", "constant_with_warmup", "linear", "cosine", "adafactor").contains(scheduler)) {
            throw new TrainingException(ErrorKind.CONFIG, "lr_scheduler " + scheduler + " is not supported by the "
                    + "Tagwright trainer", "use constant, constant_with_warmup, linear, cosine (or adafactor)", null);
        }
        Long cycles = c.integer("lr_scheduler_num_cycles");
        if (scheduler.equals("cosine") && cycles != null && cycles != 1) {
            warn.accept("lr_scheduler_num_cycles applies to cosine_with_restarts only; cosine runs half a wave");
        }
        int clipSkip = (int) c.integer("clip_skip", 1);
        int maxTokens = (int) c.integer("max_token_length", 75);
        Noise noise = new Noise(c.real("noise_offset", 0), c.real("adaptive_noise_scale"),
                c.real("ip_noise_gamma", 0), c.real("min_snr_gamma"), c.bool("debiased_estimation_loss"),
                (int) c.integer("min_timestep", 0), (int) c.integer("max_timestep", 1000));
        if (noise.adaptiveNoiseScale() != null && noise.noiseOffset() == 0) {
            throw new TrainingException(ErrorKind.CONFIG, "adaptive_noise_scale needs noise_offset (as in sd-scripts)");
        }
        if (noise.minTimestep() < 0 || noise.maxTimestep() > 1000 || noise.minTimestep() >= noise.maxTimestep()) {
            throw new TrainingException(ErrorKind.CONFIG, "min_timestep/max_timestep must satisfy 0 <= min < max <= 1000");
        }
        boolean toDisk = c.bool("cache_latents_to_disk");
        String save = c.string("save_precision");
        DType saveDtype = save == null || save.isBlank() ? DType.F32 : DType.fromPrecision(save);
        String sampler = c.string("sample_sampler").toLowerCase(Locale.ROOT);
        if (!SAMPLERS.contains(sampler)) {
            if (c.has("sample_prompts")) {
                warn.accept("sample_sampler " + sampler + " is not implemented; samples use ddim (kohya's default)");
            }
            sampler = "ddim";
        }
        Double teLr = c.real("text_encoder_lr");
        return new EngineSettings(lb.build(), opt, opt.relativeStep() ? null : c.real("learning_rate"),
                opt.relativeStep() ? null : c.real("unet_lr"), opt.relativeStep() ? null : teLr,
                scheduler, (int) (cycles == null ? 1 : cycles), c.real("max_grad_norm", 1.0), clipSkip, maxTokens,
                noise, c.bool("cache_latents") || toDisk, toDisk, c.string("mixed_precision"), saveDtype,
                intOrNull(c, "save_every_n_steps"), intOrNull(c, "save_last_n_epochs"), c.bool("save_state"),
                intOrNull(c, "save_last_n_epochs_state"), sampler,
                !opt.relativeStep() && teLr != null && teLr == 0.0);
    }

    /** kohya's {@code --network_args}: {@code conv_dim}/{@code conv_alpha} (LoCon); anything else is refused. */
    private static void networkArgs(RunConfig c, LoraSettings.Builder lb) throws TrainingException {
        int convDim = 0;
        float convAlpha = 1f;
        for (String a : c.strings("network_args")) {
            int eq = a.indexOf('=');
            String key = eq < 0 ? a : a.substring(0, eq).strip();
            String value = eq < 0 ? "" : a.substring(eq + 1).strip();
            try {
                switch (key) {
                    case "conv_dim" -> convDim = Integer.parseInt(value);
                    case "conv_alpha" -> convAlpha = Float.parseFloat(value);
                    default -> throw new TrainingException(ErrorKind.CONFIG, "network_args " + a
                            + " is not supported by the Tagwright trainer (conv_dim and conv_alpha are)");
                }
            } catch (NumberFormatException e) {
                throw new TrainingException(ErrorKind.CONFIG, "network_args " + a + ": not a number");
            }
        }
        if (convDim > 0) {
            lb.optConv(convDim, convAlpha);
        }
    }

    private static boolean isSet(RunConfig c, String key) {
        if (!c.has(key)) {
            return false;
        }
        Object v = c.get(key);
        if (v == null || v instanceof Boolean b && !b || v instanceof String s && (s.isBlank() || s.equals("0")
                || s.equalsIgnoreCase("false"))) {
            return false;
        }
        if (v instanceof Number n && n.doubleValue() == 0) {
            return false;
        }
        return !(v instanceof List<?> l && l.isEmpty());
    }

    private static Integer intOrNull(RunConfig c, String key) {
        Long v = c.integer(key);
        return v == null || v <= 0 ? null : v.intValue();
    }
}
