package io.tagwright.trainer.engine;

import ai.djl.ndarray.NDManager;
import io.tagwright.trainer.lora.LoraComponent;
import io.tagwright.trainer.lora.LoraNetwork;
import io.tagwright.trainer.nn.OpsBackend;
import io.tagwright.trainer.optim.LossScaler;
import io.tagwright.trainer.optim.Optimizer;
import io.tagwright.trainer.protocol.event.TrainerEvent.ErrorKind;
import io.tagwright.trainer.run.RunContext;
import io.tagwright.trainer.run.TrainingException;
import io.tagwright.trainer.schedule.LrSchedule;
import io.tagwright.trainer.schedule.LrSchedules;
import io.tagwright.trainer.sample.SampleGenerator;
import io.tagwright.trainer.sd15.Sd15Model;
import io.tagwright.trainer.sd15.checkpoint.CheckpointException;
import io.tagwright.trainer.sd15.checkpoint.Sd15ModelLoader;
import io.tagwright.trainer.sd15.config.ModelConfigException;
import io.tagwright.trainer.sd15.ddpm.DdpmSchedule;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;
import io.tagwright.trainer.train.LoraTrainingStep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a run trains with, built from the settings as train_network.py builds it: the base
 * model (frozen), the LoRA network attached to it (from {@code network_weights} when given), the
 * optimizer with one parameter group per network part and its learning rate, the LR schedule over
 * the plan's steps, the training step, latents, noise, checkpoints and samples.
 */
final class Engine implements AutoCloseable {

    private final EngineSettings settings;
    private final Sd15Model model;
    private final LoraNetwork network;
    private final Optimizer optimizer;
    private final LrSchedule schedule;
    private final LoraTrainingStep step;
    private final LatentSource latents;
    private final StepInputs inputs;
    private final Checkpoints checkpoints;
    private final Samples samples;
    private final RandomStreams random;
    private final boolean textEncoderFrozen;

    private Engine(RunContext ctx, EngineSettings s, Sd15Model model, LoraNetwork network, Optimizer optimizer,
            RandomStreams random, ClipTokenizer tokenizer, Precision.Mode precision) {
        this.settings = s;
        this.model = model;
        this.network = network;
        this.optimizer = optimizer;
        this.random = random;
        long total = ctx.plan().totalSteps();
        int warmup = (int) ctx.plan().warmupSteps();
        double lr = s.learningRate() == null ? 0 : s.learningRate();
        this.schedule = LrSchedules.forName(s.scheduler(), warmup, (int) total, optimizer, lr);
        // kohya: an explicit text_encoder_lr of 0 keeps the text encoder LoRA as it is (in the file, untrained)
        this.textEncoderFrozen = s.textEncoderLrZero() && !network.modules(LoraComponent.TEXT_ENCODER).isEmpty();
        LoraTrainingStep.Builder b = LoraTrainingStep.builder().setModel(model).setNetwork(network)
                .setOptimizer(optimizer).optSchedule(schedule).optClipSkip(s.clipSkip())
                .optMaxGradNorm(s.maxGradNorm()).optTrainTextEncoder(!textEncoderFrozen)
                .optGradientAccumulation(ctx.plan().gradientAccumulationSteps());
        if (precision == Precision.Mode.FLOAT16) {
            b.optLossScaler(new LossScaler());
        }
        if (s.learningRate() != null) {
            b.setLearningRate(s.learningRate());
        }
        if (s.unetLr() != null && s.unetLr() > 0) {
            b.optUnetLr(s.unetLr());
        }
        if (s.textEncoderLr() != null && s.textEncoderLr() > 0) {
            b.optTextEncoderLr(s.textEncoderLr());
        }
        this.step = b.build();
        this.latents = new LatentSource(model.vae(), random, s.cacheLatents(), s.cacheLatentsToDisk());
        this.inputs = new StepInputs(s.noise(), random, DdpmSchedule.sd15());
        this.checkpoints = new Checkpoints(ctx, s, network, optimizer);
        this.samples = new Samples(ctx, new SampleGenerator(model, tokenizer, s.clipSkip()), network, random,
                s.sampler());
    }

    /** Loads the model, creates the network and optimizer; the caller closes the engine. */
    static Engine open(RunContext ctx, EngineSettings s, long seed, ClipTokenizer tokenizer, NDManager root,
            Precision.Mode precision) throws TrainingException, IOException {
        Sd15Model model;
        try {
            Sd15ModelLoader.Builder loader = Sd15ModelLoader.builder().setSource(ctx.modelPath()).optManager(root)
                    .optOpsBackend(OpsBackend.FUSED);
            if (ctx.config().path("vae") != null) {
                loader.optVae(ctx.config().path("vae"));
            }
            model = loader.build().load();
        } catch (CheckpointException | ModelConfigException e) {
            throw new TrainingException(ErrorKind.MISSING_MODEL, e.getMessage(),
                    "use an SD1.5 .safetensors checkpoint or diffusers folder", e);
        }
        LoraNetwork network = null;
        Optimizer optimizer = null;
        try {
            network = LoraNetwork.create(model.config(), s.lora(), root, seed).applyTo(model);
            Path weights = ctx.config().path("network_weights");
            if (weights != null) {
                try {
                    int n = network.copyWeightsFrom(weights).size();
                    if (n < network.modules().size()) {
                        ctx.warn("network_weights " + weights + " holds " + n + " of the network's "
                                + network.modules().size() + " modules; the others start fresh");
                    }
                } catch (IOException e) {
                    throw new TrainingException(ErrorKind.CONFIG, "network_weights: " + e.getMessage(), null, e);
                }
            }
            optimizer = s.optimizer().create();
            Precision.Mode mode = Precision.apply(model, precision, ctx::warn);
            return new Engine(ctx, s, model, network, optimizer, new RandomStreams(seed), tokenizer, mode);
        } catch (TrainingException | RuntimeException e) {
            if (optimizer != null) {
                optimizer.close();
            }
            if (network != null) {
                network.close();
            }
            model.close();
            throw e;
        }
    }

    /** The settings that must be the same when a run is resumed. */
    Map<String, Object> fingerprint() {
        Map<String, Object> fp = new LinkedHashMap<>();
        fp.put("network_dim", (long) settings.lora().rank());
        fp.put("network_alpha", (double) settings.lora().alpha());
        fp.put("conv_dim", (long) settings.lora().convRank());
        fp.put("text_encoder_modules", (long) network.modules(LoraComponent.TEXT_ENCODER).size());
        fp.put("unet_modules", (long) network.modules(LoraComponent.UNET).size());
        fp.put("optimizer", optimizer.name() + settings.optimizer().args());
        return fp;
    }

    EngineSettings settings() {
        return settings;
    }

    Sd15Model model() {
        return model;
    }

    LoraNetwork network() {
        return network;
    }

    Optimizer optimizer() {
        return optimizer;
    }

    LrSchedule schedule() {
        return schedule;
    }

    LoraTrainingStep step() {
        return step;
    }

    LatentSource latents() {
        return latents;
    }

    StepInputs inputs() {
        return inputs;
    }

    Checkpoints checkpoints() {
        return checkpoints;
    }

    Samples samples() {
        return samples;
    }

    RandomStreams random() {
        return random;
    }

    boolean textEncoderFrozen() {
        return textEncoderFrozen;
    }

    @Override
    public void close() {
        optimizer.close();
        network.close();
        model.close();
    }
}
