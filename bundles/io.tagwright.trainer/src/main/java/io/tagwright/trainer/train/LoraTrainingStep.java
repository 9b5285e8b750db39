package io.tagwright.trainer.train;

import io.tagwright.trainer.nn.Scalars;
import io.tagwright.trainer.nn.Tensors;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import io.tagwright.trainer.lora.LoraComponent;
import io.tagwright.trainer.lora.LoraNetwork;
import io.tagwright.trainer.optim.GradientClipping;
import io.tagwright.trainer.optim.Optimizer;
import io.tagwright.trainer.optim.ParamGroup;
import io.tagwright.trainer.optim.Trainable;
import io.tagwright.trainer.schedule.LrSchedule;
import io.tagwright.trainer.schedule.LrSchedules;
import io.tagwright.trainer.sd15.Sd15Model;
import io.tagwright.trainer.sd15.ddpm.DdpmSchedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kohya {@code train_network.py} step for SD1.x: text encoder (+ its LoRA, with clip_skip) →
 * noisy latents (DDPM add_noise) → UNet (+ LoRA) → MSE(ε̂, ε) averaged per sample then over the batch
 * → backward into the LoRA tensors only → global-norm clipping (max_grad_norm) → optimizer step →
 * gradients zeroed.
 *
 * <pre>{@code
 * LoraTrainingStep step = LoraTrainingStep.builder().setModel(model).setNetwork(net)
 *         .setOptimizer(AdamW.builder().build()).setLearningRate(1e-4).build();
 * StepResult r = step.step(batch, globalStep);
 * }</pre>
 *
 * <p>{@link #step} runs inside its own {@link NDScope}, so nothing piles up across steps. Only one
 * gradient collector may be open per JVM: do not run two steps concurrently.
 */
public final class LoraTrainingStep {

    private final Sd15Model model;
    private final LoraNetwork network;
    private final Optimizer optimizer;
    private final LrSchedule schedule;
    private final DdpmSchedule noiseSchedule;
    private final int clipSkip;
    private final double maxGradNorm;
    private final boolean trainTextEncoder;
    private final int accumulationSteps;
    private final List<ParamGroup> groups = new ArrayList<>();

    /** Tensors of one forward pass, alive in the caller's scope. */
    public record Forward(NDArray loss, NDArray noisyLatents, NDArray encoderHiddenStates, NDArray prediction) {
    }

    private LoraTrainingStep(Builder b) {
        this.model = b.model;
        this.network = b.network;
        this.optimizer = b.optimizer;
        this.schedule = b.schedule != null ? b.schedule : LrSchedules.constant();
        this.noiseSchedule = b.noiseSchedule != null ? b.noiseSchedule : DdpmSchedule.sd15();
        this.clipSkip = b.clipSkip;
        this.maxGradNorm = b.maxGradNorm;
        this.accumulationSteps = b.accumulationSteps;
        List<Trainable> te = network.parameters(LoraComponent.TEXT_ENCODER);
        List<Trainable> unet = network.parameters(LoraComponent.UNET);
        this.trainTextEncoder = b.trainTextEncoder && !te.isEmpty();
        network.setEnabled(LoraComponent.TEXT_ENCODER, trainTextEncoder);
        if (trainTextEncoder) {
            groups.add(new ParamGroup("textencoder", te, b.textEncoderLr > 0 ? b.textEncoderLr : b.learningRate));
        }
        if (!unet.isEmpty()) {
            groups.add(new ParamGroup("unet", unet, b.unetLr > 0 ? b.unetLr : b.learningRate));
        }
        network.zeroGradients();
        network.resetUsage();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The optimizer's parameter groups: text encoder (when trained) and UNet. */
    public List<ParamGroup> groups() {
        return List.copyOf(groups);
    }

    public boolean trainsTextEncoder() {
        return trainTextEncoder;
    }

    /**
     * Forward and backward; gradients accumulate on the LoRA tensors until {@link #applyGradients}.
     * With gradient accumulation the loss is divided by the number of micro-batches before backward,
     * as accelerate does.
     */
    public Forward forwardBackward(TrainBatch batch) {
        NDManager m = batch.latents().getManager();
        NDArray timesteps = Tensors.owned(m.create(batch.timesteps()));
        try (GradientCollector gc = Engine.getEngine("PyTorch").newGradientCollector()) {
            NDArray ehs;
            if (batch.encoderHiddenStates() != null) {
                if (trainTextEncoder) {
                    throw new IllegalStateException("training the text encoder LoRA needs input ids, not "
                            + "cached encoder states");
                }
                ehs = batch.encoderHiddenStates();
            } else {
                ehs = model.textEncoder().encode(batch.inputIds(), clipSkip);
            }
            NDArray noisy = noiseSchedule.addNoise(batch.latents(), batch.noise(), batch.timesteps());
            NDArray prediction = model.unet().forward(noisy, timesteps, ehs);
            // mse_loss(reduction="none").mean([1, 2, 3]) * loss_weights(1) → mean over the batch
            long b = prediction.getShape().get(0);
            NDArray loss = prediction.sub(batch.noise()).square().reshape(b, -1).mean(new int[] {1}).mean();
            gc.backward(accumulationSteps > 1 ? Scalars.div(loss, accumulationSteps) : loss);
            return new Forward(loss, noisy, ehs, prediction);
        }
    }

    /**
     * Clips the accumulated gradients, updates every group at its scheduled learning rate for
     * {@code step} (0-based optimizer step), then clears gradients and usage marks.
     *
     * @return gradient norm before clipping and the learning rates (loss NaN; see {@link #step})
     */
    public StepResult applyGradients(int step) {
        Map<String, Double> lrs = new LinkedHashMap<>();
        float norm;
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            norm = GradientClipping.clip(network.parameters(), maxGradNorm);
            for (ParamGroup g : groups) {
                double lr = schedule.lr(g, step);
                optimizer.step(g, lr);
                lrs.put(g.name(), reportedLr(g, step, lr));
            }
        }
        network.zeroGradients();
        network.resetUsage();
        return new StepResult(Float.NaN, norm, lrs);
    }

    private double reportedLr(ParamGroup g, int step, double scheduled) {
        // relative-step Adafactor ignores the scheduled value; its schedule reports the applied one
        return schedule instanceof io.tagwright.trainer.schedule.AdafactorSchedule ? schedule.lr(g, step) : scheduled;
    }

    /** A whole step (one micro-batch, no accumulation) inside its own scope. */
    public StepResult step(TrainBatch batch, int step) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            float loss = forwardBackward(batch).loss().getFloat();
            StepResult r = applyGradients(step);
            return new StepResult(loss, r.gradNorm(), r.learningRates());
        }
    }

    /** Builder: model, network, optimizer and a learning rate are required. */
    public static final class Builder {
        private Sd15Model model;
        private LoraNetwork network;
        private Optimizer optimizer;
        private LrSchedule schedule;
        private DdpmSchedule noiseSchedule;
        private double learningRate = Double.NaN;
        private double textEncoderLr;
        private double unetLr;
        private int clipSkip = 1;
        private double maxGradNorm = 1.0;
        private boolean trainTextEncoder = true;
        private int accumulationSteps = 1;

        /** A model with a UNet (and a text encoder unless batches carry encoder states). */
        public Builder setModel(Sd15Model m) {
            this.model = m;
            return this;
        }

        /** A network already applied to the model. */
        public Builder setNetwork(LoraNetwork n) {
            this.network = n;
            return this;
        }

        public Builder setOptimizer(Optimizer o) {
            this.optimizer = o;
            return this;
        }

        /** {@code --learning_rate}: the default for both groups. */
        public Builder setLearningRate(double lr) {
            this.learningRate = lr;
            return this;
        }

        /** {@code --text_encoder_lr} (0 = use the learning rate). */
        public Builder optTextEncoderLr(double lr) {
            this.textEncoderLr = lr;
            return this;
        }

        /** {@code --unet_lr} (0 = use the learning rate). */
        public Builder optUnetLr(double lr) {
            this.unetLr = lr;
            return this;
        }

        public Builder optSchedule(LrSchedule s) {
            this.schedule = s;
            return this;
        }

        public Builder optNoiseSchedule(DdpmSchedule s) {
            this.noiseSchedule = s;
            return this;
        }

        /** {@code --clip_skip} (1 or 0: last layer). */
        public Builder optClipSkip(int k) {
            this.clipSkip = k;
            return this;
        }

        /** {@code --max_grad_norm} (default 1.0; 0 turns clipping off). */
        public Builder optMaxGradNorm(double n) {
            this.maxGradNorm = n;
            return this;
        }

        /** false = {@code --network_train_unet_only}: the text encoder LoRA neither runs nor trains. */
        public Builder optTrainTextEncoder(boolean train) {
            this.trainTextEncoder = train;
            return this;
        }

        /** {@code --gradient_accumulation_steps}: the loss of each micro-batch is divided by it. */
        public Builder optGradientAccumulation(int steps) {
            this.accumulationSteps = steps;
            return this;
        }

        public LoraTrainingStep build() {
            if (model == null || network == null || optimizer == null) {
                throw new IllegalArgumentException("model, network and optimizer are required");
            }
            if (Double.isNaN(learningRate) && !(schedule instanceof io.tagwright.trainer.schedule.AdafactorSchedule)) {
                throw new IllegalArgumentException("a learning rate is required");
            }
            if (Double.isNaN(learningRate)) {
                learningRate = 0;
            }
            if (accumulationSteps < 1) {
                throw new IllegalArgumentException("gradient accumulation steps must be at least 1");
            }
            return new LoraTrainingStep(this);
        }
    }
}
