package io.tagwright.launching.session;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.tagwright.trainer.protocol.event.EventCodec;
import io.tagwright.trainer.protocol.event.RunPlan;
import io.tagwright.trainer.protocol.event.TrainerEvent;

/**
 * Everything known about one training run, filled from the trainer's events: the plan, the loss and
 * learning-rate series, one row per epoch (loss, validation loss, LoRA file), the samples, warnings,
 * and how it ended. Every event is also appended to the run folder's {@code events.jsonl}, so a run
 * can be {@linkplain #load(Path) reloaded} after a restart exactly as it was seen live.
 *
 * <p>Events arrive on the reader thread; listeners are called there (UI listeners post to their own
 * thread). Getters return snapshots and may be called from any thread.
 */
public final class TrainingSession {

    public static final String EVENTS_FILE = "events.jsonl";

    public enum State {
        STARTING, RUNNING, COMPLETED, STOPPED, FAILED
    }

    /** One optimizer step: kohya's {@code loss/current}, {@code loss/average} and learning rates. */
    public record StepPoint(long step, int epoch, double loss, double averageLoss, Map<String, Double> learningRates) {
    }

    /** One epoch: its mean loss, the validation loss if any, and the LoRA file saved after it (if any). */
    public record EpochRow(int epoch, double loss, Double validationLoss, String file, long sizeBytes) {
    }

    public record Sample(int epoch, int index, String prompt, long seed, String path) {
    }

    public record Failure(TrainerEvent.ErrorKind kind, String message, String detail) {
    }

    /** The epoch to try first and why. */
    public record Recommendation(int epoch, String file, Basis basis) {
        public enum Basis {
            /** lowest validation loss: the run had a validation split */
            VALIDATION_LOSS,
            /** lowest epoch loss: no validation split, so training loss is all there is */
            EPOCH_LOSS
        }
    }

    /** Told about every event after the session has taken it in. */
    public interface Listener {
        void eventReceived(TrainingSession session, TrainerEvent event);
    }

    private final Path runDir;
    private final String name;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<StepPoint> steps = new ArrayList<>();
    private final Map<Integer, EpochRow> epochs = new TreeMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> outputs = new ArrayList<>();
    private BufferedWriter log;
    private State state = State.STARTING;
    private String runId;
    private RunPlan plan;
    private long totalSteps;
    private double itPerSecond;
    private double etaSeconds = -1;
    private Failure failure;

    public TrainingSession(Path runDir, String name) {
        this.runDir = runDir;
        this.name = name;
    }

    /** A session that also records every event into {@code runDir/events.jsonl}. */
    public static TrainingSession recording(Path runDir, String name) throws IOException {
        TrainingSession s = new TrainingSession(runDir, name);
        Files.createDirectories(runDir);
        s.log = Files.newBufferedWriter(runDir.resolve(EVENTS_FILE), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return s;
    }

    /** Replays a recorded run. A run whose process vanished without a last event reads as failed. */
    public static TrainingSession load(Path runDir, String name) throws IOException {
        TrainingSession s = new TrainingSession(runDir, name);
        Path events = runDir.resolve(EVENTS_FILE);
        if (Files.exists(events)) {
            int lineNo = 0;
            for (String line : Files.readAllLines(events, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    EventCodec.decodeEvent(line).ifPresent(s::accept);
                } catch (RuntimeException e) {
                    // a line cut short by a crash ends the history; what came before still counts
                    s.warnings.add(events.getFileName() + ":" + lineNo + " unreadable, history ends here");
                    break;
                }
            }
        }
        if (s.state == State.STARTING || s.state == State.RUNNING) {
            s.state = State.FAILED;
            s.failure = new Failure(TrainerEvent.ErrorKind.OTHER, "the run ended without a final event (IDE or trainer killed)", null);
        }
        return s;
    }

    /** Takes in one event (and records it when recording). */
    public void accept(TrainerEvent event) {
        synchronized (this) {
            if (log != null) {
                try {
                    log.write(EventCodec.encode(event));
                    log.newLine();
                    log.flush();
                } catch (IOException e) {
                    warnings.add("cannot record the run history: " + e.getMessage());
                    closeLog();
                }
            }
            apply(event);
        }
        for (Listener l : listeners) {
            l.eventReceived(this, event);
        }
    }

    private void apply(TrainerEvent event) {
        switch (event) {
            case TrainerEvent.RunStarted e -> {
                runId = e.runId();
                plan = e.plan();
                totalSteps = e.plan().totalSteps();
                state = State.RUNNING;
            }
            case TrainerEvent.Step e -> {
                steps.add(new StepPoint(e.step(), e.epoch(), e.loss(), e.averageLoss(), e.learningRates()));
                totalSteps = e.totalSteps();
                itPerSecond = e.itPerSecond();
                etaSeconds = e.etaSeconds();
                state = State.RUNNING;
            }
            case TrainerEvent.EpochEnd e -> {
                EpochRow old = epochs.get(e.epoch());
                epochs.put(e.epoch(), new EpochRow(e.epoch(), e.epochLoss(), e.validationLoss(),
                        old == null ? null : old.file(), old == null ? 0 : old.sizeBytes()));
            }
            case TrainerEvent.CheckpointSaved e -> {
                EpochRow old = epochs.get(e.epoch());
                epochs.put(e.epoch(), new EpochRow(e.epoch(), old == null ? Double.NaN : old.loss(),
                        old == null ? null : old.validationLoss(), e.path(), e.sizeBytes()));
            }
            case TrainerEvent.SampleWritten e -> samples.add(new Sample(e.epoch(), e.index(), e.prompt(), e.seed(), e.path()));
            case TrainerEvent.Warning e -> warnings.add(e.message());
            case TrainerEvent.Error e -> failure = new Failure(e.kind(), e.message(), e.detail());
            case TrainerEvent.Finished e -> {
                outputs.addAll(e.outputs());
                state = switch (e.status()) {
                    case COMPLETED -> State.COMPLETED;
                    case STOPPED -> State.STOPPED;
                    case FAILED -> State.FAILED;
                };
                etaSeconds = 0;
                closeLog();
            }
        }
    }

    /** The process ended: a run without a final event failed (crash, out of memory, killed). */
    public void processEnded(int exitCode) {
        boolean changed;
        synchronized (this) {
            changed = state == State.STARTING || state == State.RUNNING;
            if (changed) {
                state = State.FAILED;
                if (failure == null) {
                    failure = new Failure(TrainerEvent.ErrorKind.OTHER,
                            "the trainer exited with code " + exitCode + " before finishing (see the console)", null);
                }
            }
            closeLog();
        }
        if (changed) {
            for (Listener l : listeners) {
                l.eventReceived(this, null);
            }
        }
    }

    private void closeLog() {
        if (log != null) {
            try {
                log.close();
            } catch (IOException e) {
                // the history stays as far as it got
            }
            log = null;
        }
    }

    /**
     * The epoch to try first: among epochs with a saved LoRA file, the lowest validation loss when the run
     * has one, else the lowest epoch loss. Null while no epoch has both a loss and a file.
     */
    public synchronized Recommendation recommendation() {
        boolean validation = epochs.values().stream().anyMatch(r -> r.validationLoss() != null && r.file() != null);
        EpochRow best = null;
        for (EpochRow r : epochs.values()) {
            if (r.file() == null) {
                continue;
            }
            double v = validation ? (r.validationLoss() == null ? Double.NaN : r.validationLoss()) : r.loss();
            if (Double.isNaN(v)) {
                continue;
            }
            double bestV = best == null ? Double.POSITIVE_INFINITY : validation ? best.validationLoss() : best.loss();
            if (v < bestV) {
                best = r;
            }
        }
        return best == null ? null : new Recommendation(best.epoch(), best.file(),
                validation ? Recommendation.Basis.VALIDATION_LOSS : Recommendation.Basis.EPOCH_LOSS);
    }

    /** The A1111 prompt snippet for a LoRA file: {@code <lora:name-000006:0.8>}. */
    public static String a1111Snippet(String loraFile, double weight) {
        String fileName = Path.of(loraFile).getFileName().toString();
        String stem = fileName.endsWith(".safetensors") ? fileName.substring(0, fileName.length() - 12) : fileName;
        return "<lora:" + stem + ":" + weight + ">";
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    public Path runDir() {
        return runDir;
    }

    public String name() {
        return name;
    }

    public synchronized String runId() {
        return runId;
    }

    public synchronized State state() {
        return state;
    }

    public synchronized RunPlan plan() {
        return plan;
    }

    public synchronized long totalSteps() {
        return totalSteps;
    }

    public synchronized long currentStep() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).step();
    }

    public synchronized int currentEpoch() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).epoch();
    }

    public synchronized double itPerSecond() {
        return itPerSecond;
    }

    /** Seconds left, or negative when not known yet. */
    public synchronized double etaSeconds() {
        return etaSeconds;
    }

    public synchronized List<StepPoint> steps() {
        return List.copyOf(steps);
    }

    /** Steps after index {@code from} (for charts that append). */
    public synchronized List<StepPoint> stepsFrom(int from) {
        return from >= steps.size() ? List.of() : List.copyOf(steps.subList(from, steps.size()));
    }

    public synchronized List<EpochRow> epochs() {
        return List.copyOf(epochs.values());
    }

    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    public synchronized List<String> outputs() {
        return List.copyOf(outputs);
    }

    public synchronized Failure failure() {
        return failure;
    }

    public synchronized boolean isDone() {
        return state == State.COMPLETED || state == State.STOPPED || state == State.FAILED;
    }
}
