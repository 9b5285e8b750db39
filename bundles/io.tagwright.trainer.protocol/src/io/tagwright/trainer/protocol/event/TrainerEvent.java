package io.tagwright.trainer.protocol.event;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record of the trainer's event stream. Numbers are plain doubles; {@code NaN} is never sent
 * (a diverged loss is reported as an {@link Error} before the run stops).
 */
public sealed interface TrainerEvent {

    /** The run begins; {@code plan} is what {@code --dry-run} prints. */
    record RunStarted(String runId, RunPlan plan) implements TrainerEvent {
        public RunStarted {
            Objects.requireNonNull(runId, "runId");
            Objects.requireNonNull(plan, "plan");
        }
    }

    /**
     * One optimizer step. {@code step} counts from 1 to {@code totalSteps}; {@code epoch} from 1;
     * {@code averageLoss} is kohya's moving average over the last epoch's worth of steps;
     * {@code learningRates} maps kohya's TensorBoard group names ({@code unet}, {@code textencoder})
     * to the current rate; {@code etaSeconds} is negative when not yet known.
     */
    record Step(long step, long totalSteps, int epoch, double loss, double averageLoss,
            Map<String, Double> learningRates, double itPerSecond, double etaSeconds) implements TrainerEvent {
        public Step {
            learningRates = Map.copyOf(learningRates);
        }
    }

    /** An epoch finished; {@code validationLoss} is null when no validation set is configured. */
    record EpochEnd(int epoch, double epochLoss, Double validationLoss) implements TrainerEvent {
    }

    /** A LoRA file was written (atomically) at {@code path}. */
    record CheckpointSaved(String path, int epoch, long sizeBytes) implements TrainerEvent {
        public CheckpointSaved {
            Objects.requireNonNull(path, "path");
        }
    }

    /** A sample image was written; {@code index} is the prompt's line index in the sample prompt file. */
    record SampleWritten(String path, String prompt, long seed, int epoch, int index) implements TrainerEvent {
        public SampleWritten {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(prompt, "prompt");
        }
    }

    /** Something the user should look at; the run goes on. */
    record Warning(String message) implements TrainerEvent {
        public Warning {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The run cannot go on; a {@link Finished} with status {@code FAILED} follows. */
    record Error(ErrorKind kind, String message, String detail) implements TrainerEvent {
        public Error {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The last record of a run; {@code outputs} are the files written (LoRA files, state folders). */
    record Finished(Status status, List<String> outputs) implements TrainerEvent {
        public Finished {
            Objects.requireNonNull(status, "status");
            outputs = List.copyOf(outputs);
        }
    }

    /** What went wrong, so that the IDE can offer the matching fix. */
    enum ErrorKind {
        MISSING_MODEL, PICKLE_REFUSED, DATASET, CONFIG, OUT_OF_MEMORY, OTHER
    }

    enum Status {
        COMPLETED, STOPPED, FAILED
    }
}
