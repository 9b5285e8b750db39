package io.tagwright.trainer.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import io.tagwright.trainer.data.Batch;
import io.tagwright.trainer.data.BatchSource;
import io.tagwright.trainer.data.TrainingPlan;
import io.tagwright.trainer.nn.Tensors;
import io.tagwright.trainer.protocol.event.TrainerEvent.ErrorKind;
import io.tagwright.trainer.protocol.event.TrainerEvent.Status;
import io.tagwright.trainer.run.RunContext;
import io.tagwright.trainer.run.TrainingException;
import io.tagwright.trainer.schedule.LrSchedule;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;
import io.tagwright.trainer.train.LoraTrainingStep;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The epoch/batch loop of train_network.py over a prepared {@link Engine}: micro-batches are
 * forwarded and back-propagated, every {@code gradient_accumulation_steps} of them (and at the end of
 * an epoch) one optimizer step is taken and reported; epochs end with the epoch loss, LoRA files,
 * states and samples when due; the run ends with {@code <name>.safetensors}. A stop request is
 * honoured at the next optimizer step: the weights and a resumable state are saved.
 */
final class TrainingRun {

    private final RunContext ctx;
    private final Engine engine;
    private final TrainingPlan plan;
    private final BatchSource batches;
    private final ClipTokenizer tokenizer;
    private long globalStep;

    TrainingRun(RunContext ctx, Engine engine, BatchSource batches, ClipTokenizer tokenizer) {
        this.ctx = ctx;
        this.engine = engine;
        this.plan = ctx.plan();
        this.batches = batches;
        this.tokenizer = tokenizer;
    }

    Status train(TrainState resume) throws IOException, TrainingException {
        int startEpoch = 1;
        int startBatch = 0;
        if (resume != null) {
            startEpoch = resume.epoch();
            startBatch = resume.batchInEpoch();
            globalStep = resume.globalStep();
            ctx.restoreLossHistory(resume.losses());
        }
        engine.latents().prepare(plan, engine.model().manager(), ctx::stopRequested);
        if (ctx.stopRequested()) {
            return stop(startEpoch, startBatch);
        }
        int epochs = plan.epochs();
        int ga = plan.gradientAccumulationSteps();
        int perEpoch = (int) plan.batchesPerEpoch();
        LoraTrainingStep step = engine.step();
        for (int epoch = startEpoch; epoch <= epochs && globalStep < plan.totalSteps(); epoch++) {
            int from = epoch == startEpoch ? startBatch : 0;
            long firstStep = (epoch - 1) * plan.updateStepsPerEpoch() + 1;
            Iterator<Batch> it = batches.epoch(epoch, firstStep, from, !engine.latents().caches());
            int stepInEpoch = from / ga;
            double lossSum = 0;
            int micro = 0;
            for (int i = from; it.hasNext() && globalStep < plan.totalSteps(); i++) {
                Batch b = it.next();
                lossSum += forwardBackward(b, (long) (epoch - 1) * perEpoch + i);
                micro++;
                if ((i + 1) % ga != 0 && i + 1 < perEpoch) {
                    continue;
                }
                step.applyGradients((int) globalStep);
                globalStep++;
                ctx.step(globalStep, epoch, stepInEpoch++, lossSum / micro, learningRates());
                lossSum = 0;
                micro = 0;
                engine.samples().afterStep(epoch, globalStep);
                engine.checkpoints().afterStep(epoch, globalStep, state(epoch, i + 1));
                if (ctx.stopRequested() && i + 1 < perEpoch) {
                    return stop(epoch, i + 1);
                }
            }
            ctx.epochEnd(epoch, null);
            if (epoch < epochs) {
                engine.checkpoints().afterEpoch(epoch, globalStep, state(epoch + 1, 0));
            }
            engine.samples().afterEpoch(epoch);
            if (ctx.stopRequested() && epoch < epochs && globalStep < plan.totalSteps()) {
                return stop(epoch + 1, 0);
            }
        }
        engine.checkpoints().atEnd(epochs, globalStep, state(epochs + 1, 0));
        return Status.COMPLETED;
    }

    private Status stop(int nextEpoch, int nextBatch) throws IOException {
        int epoch = nextBatch == 0 ? nextEpoch - 1 : nextEpoch;
        engine.checkpoints().atStop(epoch, globalStep, state(nextEpoch, nextBatch));
        return Status.STOPPED;
    }

    private TrainState state(int epoch, int batchInEpoch) {
        return new TrainState(epoch, batchInEpoch, globalStep, engine.random().seed(), ctx.lossHistory(),
                engine.fingerprint());
    }

    /** One micro-batch: latents, noise, conditioning, forward and backward; returns its loss. */
    private double forwardBackward(Batch b, long micro) throws TrainingException {
        NDManager m = engine.model().manager();
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray latents = engine.latents().latents(b, m, micro);
            NDArray ids = tokenIds(m, b.captions());
            float loss = engine.step().forwardBackward(engine.inputs().build(latents, b.lossWeights(), ids, micro))
                    .loss().getFloat();
            if (!Float.isFinite(loss)) {
                throw new TrainingException(ErrorKind.OTHER, "the loss became " + loss + " at step " + (globalStep + 1)
                        + " (epoch " + b.epoch() + ")", "lower the learning rate, or check the base model and images",
                        null);
            }
            return loss;
        }
    }

    /** [B, 77·n] token ids (n windows with max_token_length 150/225). */
    private NDArray tokenIds(NDManager m, List<String> captions) {
        int max = engine.settings().maxTokenLength();
        int width = max == 75 ? ClipTokenizer.MODEL_MAX_LENGTH : (max / ClipTokenizer.CHUNK_TOKENS) * ClipTokenizer.MODEL_MAX_LENGTH;
        long[] ids = new long[captions.size() * width];
        int o = 0;
        for (String c : captions) {
            int[][] rows = max == 75 ? new int[][] {tokenizer.encode(c)} : tokenizer.encodeChunks(c, max);
            for (int[] row : rows) {
                for (int id : row) {
                    ids[o++] = id;
                }
            }
        }
        return Tensors.owned(m.create(ids, new Shape(captions.size(), width)));
    }

    /**
     * The rates kohya logs after a step: the scheduler has been stepped, so each group's rate for the
     * next step (for relative-step Adafactor the one its state gives now); a text encoder trained at
     * rate 0 is logged as 0.
     */
    private Map<String, Double> learningRates() {
        Map<String, Double> out = new LinkedHashMap<>();
        if (engine.textEncoderFrozen()) {
            out.put("textencoder", 0.0);
        }
        LrSchedule schedule = engine.schedule();
        for (var g : engine.step().groups()) {
            out.put(g.name(), schedule.lr(g, (int) globalStep));
        }
        return out;
    }
}
