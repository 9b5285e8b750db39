package io.tagwright.trainer.run;

import io.tagwright.trainer.data.BatchSource;
import io.tagwright.trainer.data.RgbImage;
import io.tagwright.trainer.data.TrainingPlan;
import io.tagwright.trainer.output.LoraHashes;
import io.tagwright.trainer.output.LoraMetadata;
import io.tagwright.trainer.output.OutputNames;
import io.tagwright.trainer.output.SampleImageWriter;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.event.EventSink;
import io.tagwright.trainer.protocol.event.TrainerEvent;
import io.tagwright.trainer.protocol.prompt.SamplePrompt;
import io.tagwright.trainer.protocol.tensorboard.EventFileWriter;
import io.tagwright.trainer.protocol.tensorboard.KohyaTags;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Everything a {@link TrainingLoop} needs from the data/CLI side, and the calls through which it
 * reports progress (events, console, TensorBoard) and writes kohya-named outputs.
 */
public final class RunContext implements AutoCloseable {
    private final RunConfig config;
    private final TrainingPlan plan;
    private final long seed;
    private final ModelPreflight.ModelFiles model;
    private final Path resumeDir;
    private final BatchSource batches;
    private final EventSink events;
    private final StopSignal stop;
    private final List<SamplePrompt> samplePrompts;
    private final Instant startedAt;
    private final LoraMetadata metadata;
    private final EventFileWriter tensorBoard;
    private final LossRecorder losses = new LossRecorder();
    private final List<String> outputs = Collections.synchronizedList(new ArrayList<>());
    private final long startNanos = System.nanoTime();
    private volatile ClipTokenizer tokenizer;
    private long firstStepNanos = -1;
    private long stepsAtFirst;

    /**
     * @param tensorBoardDir where to write event files, or null for none (no {@code logging_dir})
     */
    public RunContext(TrainingPlan plan, long seed, ModelPreflight.ModelFiles model, Path resumeDir, EventSink events,
            StopSignal stop, List<SamplePrompt> samplePrompts, Path tensorBoardDir, long sessionId, int dataThreads)
            throws IOException {
        this.config = plan.config();
        this.plan = plan;
        this.seed = seed;
        this.model = model;
        this.resumeDir = resumeDir;
        this.events = events;
        this.stop = stop;
        this.samplePrompts = List.copyOf(samplePrompts);
        this.startedAt = Instant.now();
        this.metadata = LoraMetadata.build(plan, seed, startedAt, sessionId);
        this.tensorBoard = tensorBoardDir == null ? null : EventFileWriter.create(tensorBoardDir);
        this.batches = new BatchSource(plan, seed, dataThreads);
    }

    public RunConfig config() {
        return config;
    }

    public TrainingPlan plan() {
        return plan;
    }

    /** The seed of the run (drawn at random and reported when the config has none, as sd-scripts does). */
    public long seed() {
        return seed;
    }

    public Path modelPath() {
        return model.model();
    }

    public boolean modelIsDiffusersFolder() {
        return model.diffusersFolder();
    }

    /** The folder given with {@code --resume}, or null. */
    public Path resumeDir() {
        return resumeDir;
    }

    public BatchSource batches() {
        return batches;
    }

    /** The CLIP tokenizer (loaded on first use); a {@link TrainingException} says what to point at when there is none. */
    public ClipTokenizer tokenizer() throws TrainingException {
        if (tokenizer == null) {
            synchronized (this) {
                if (tokenizer == null) {
                    try {
                        tokenizer = ClipTokenizer.load(ModelPreflight.requireTokenizer(model));
                    } catch (RuntimeException e) {
                        throw new TrainingException(TrainerEvent.ErrorKind.MISSING_MODEL, e.getMessage(), null, e);
                    }
                }
            }
        }
        return tokenizer;
    }

    public boolean stopRequested() {
        return stop.isRequested();
    }

    public EventSink events() {
        return events;
    }

    public void warn(String message) {
        events.emit(new TrainerEvent.Warning(message));
    }

    public Path outputDir() {
        return config.path("output_dir");
    }

    public String outputName() {
        return config.string("output_name");
    }

    public Path epochFile(int epoch) {
        return outputDir().resolve(OutputNames.epochFile(outputName(), epoch));
    }

    public Path finalFile() {
        return outputDir().resolve(OutputNames.finalFile(outputName()));
    }

    public Path epochStateDir(int epoch) {
        return outputDir().resolve(OutputNames.epochStateDir(outputName(), epoch));
    }

    /** True when a LoRA file is due after {@code epoch} ({@code save_every_n_epochs}; the last epoch always saves). */
    public boolean saveAfterEpoch(int epoch) {
        long n = config.integer("save_every_n_epochs", 0);
        return epoch == plan.epochs() || (n > 0 && epoch % n == 0);
    }

    /** True when samples are due after {@code epoch} ({@code sample_every_n_epochs}). */
    public boolean sampleAfterEpoch(int epoch) {
        long n = config.integer("sample_every_n_epochs", 0);
        return !samplePrompts.isEmpty() && n > 0 && epoch % n == 0;
    }

    /** True when samples are due at {@code step} ({@code sample_every_n_steps}; not when epochs are configured, as sd-scripts). */
    public boolean sampleAtStep(long step) {
        long n = config.integer("sample_every_n_steps", 0);
        return !samplePrompts.isEmpty() && n > 0 && config.integer("sample_every_n_epochs") == null && step % n == 0;
    }

    public List<SamplePrompt> samplePrompts() {
        return samplePrompts;
    }

    /** The metadata of a LoRA file saved at ({@code epoch}, {@code steps}), {@code sshs_*} hashes included. */
    public Map<String, String> metadataForSave(int epoch, long steps, List<LoraHashes.Tensor> tensors) {
        return metadata.forSave(epoch, steps, Instant.now(), ZoneId.systemDefault(), tensors);
    }

    /**
     * Reports an optimizer step: updates the moving average, sends the {@code step} event (with
     * it/s and ETA), and logs kohya's TensorBoard scalars. {@code step} counts from 1;
     * {@code stepInEpoch} from 0; {@code learningRates} uses kohya's names ({@code unet}, {@code textencoder}).
     */
    public void step(long step, int epoch, int stepInEpoch, double loss, Map<String, Double> learningRates) {
        losses.add(epoch, stepInEpoch, loss);
        double avg = losses.movingAverage();
        long now = System.nanoTime();
        if (firstStepNanos < 0) {
            firstStepNanos = now;
            stepsAtFirst = step;
        }
        double elapsed = (now - firstStepNanos) / 1e9;
        double itPerSec = step > stepsAtFirst && elapsed > 0 ? (step - stepsAtFirst) / elapsed : 0;
        double eta = itPerSec > 0 ? (plan.totalSteps() - step) / itPerSec : -1;
        events.emit(new TrainerEvent.Step(step, plan.totalSteps(), epoch, loss, avg, learningRates, itPerSec, eta));
        if (tensorBoard != null) {
            try {
                tensorBoard.addScalar(KohyaTags.LOSS_CURRENT, loss, step);
                tensorBoard.addScalar(KohyaTags.LOSS_AVERAGE, avg, step);
                for (Map.Entry<String, Double> e : learningRates.entrySet()) {
                    tensorBoard.addScalar("lr/" + e.getKey(), e.getValue(), step);
                }
            } catch (IOException e) {
                warn("cannot write TensorBoard log: " + e.getMessage());
            }
        }
    }

    /** Ends an epoch: {@code loss/epoch} (the moving average, as sd-scripts logs it at x = epoch) and the event. */
    public void epochEnd(int epoch, Double validationLoss) {
        double epochLoss = losses.movingAverage();
        events.emit(new TrainerEvent.EpochEnd(epoch, epochLoss, validationLoss));
        if (tensorBoard != null) {
            try {
                tensorBoard.addScalar(KohyaTags.LOSS_EPOCH, epochLoss, epoch);
            } catch (IOException e) {
                warn("cannot write TensorBoard log: " + e.getMessage());
            }
        }
    }

    /** Reports a LoRA file the loop has written (atomically). */
    public void checkpointSaved(Path file, int epoch) throws IOException {
        outputs.add(file.toString());
        events.emit(new TrainerEvent.CheckpointSaved(file.toString(), epoch, Files.size(file)));
    }

    /** Writes a sample PNG under kohya's name with its parameters and reports it; returns the file. */
    public Path writeSample(int epoch, SamplePrompt prompt, long usedSeed, RgbImage image) throws IOException {
        Path file = OutputNames.sampleFile(outputDir(), outputName(), epoch, prompt.index(), LocalDateTime.now(),
                prompt.seed());
        SampleImageWriter.write(file, image, prompt, usedSeed, config.string("sample_sampler"),
                Map.of("Model", model.model().getFileName().toString()));
        events.emit(new TrainerEvent.SampleWritten(file.toString(), prompt.prompt(), usedSeed, epoch, prompt.index()));
        return file;
    }

    /** The files reported with {@link #checkpointSaved}, in order. */
    public List<String> outputs() {
        synchronized (outputs) {
            return List.copyOf(outputs);
        }
    }

    public Instant startedAt() {
        return startedAt;
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public void close() throws IOException {
        batches.close();
        if (tensorBoard != null) {
            tensorBoard.close();
        }
    }
}
