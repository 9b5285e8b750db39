package io.tagwright.trainer.engine;

import io.tagwright.trainer.lora.LoraNetwork;
import io.tagwright.trainer.optim.Optimizer;
import io.tagwright.trainer.output.OutputNames;
import io.tagwright.trainer.run.RunContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes what sd-scripts writes, under its names: LoRA files every {@code save_every_n_epochs}
 * epochs ({@code <name>-<epoch:06d>.safetensors}) and {@code save_every_n_steps} steps
 * ({@code <name>-step<step:08d>.safetensors}), the last one as {@code <name>.safetensors}, each in
 * {@code save_precision} with the run's metadata and {@code sshs_*} hashes; with {@code save_state}
 * the matching state folders; old files beyond {@code save_last_n_epochs(_state)} removed. Every
 * file appears complete or not at all.
 */
final class Checkpoints {

    private final RunContext ctx;
    private final EngineSettings settings;
    private final LoraNetwork network;
    private final Optimizer optimizer;

    Checkpoints(RunContext ctx, EngineSettings settings, LoraNetwork network, Optimizer optimizer) {
        this.ctx = ctx;
        this.settings = settings;
        this.network = network;
        this.optimizer = optimizer;
    }

    /** Saves the LoRA (atomically) and reports it. */
    void saveLora(Path file, int epoch, long steps) throws IOException {
        Map<String, String> md = ctx.metadataForSave(epoch, steps);
        if (settings.optimizer().metadataName() != null && md.containsKey("ss_optimizer")) {
            md.put("ss_optimizer", settings.optimizer().metadataName());
        }
        network.save(file, settings.saveDtype(), md);
        ctx.checkpointSaved(file, epoch);
    }

    void saveState(Path dir, TrainState state) throws IOException {
        state.save(dir, network, optimizer);
        ctx.stateSaved(dir);
    }

    /** After an epoch that is not the last: the epoch file (and state) when due, pruning old ones. */
    void afterEpoch(int epoch, long steps, TrainState state) throws IOException {
        long every = everyNEpochs();
        if (every <= 0 || epoch % every != 0) {
            return;
        }
        saveLora(ctx.epochFile(epoch), epoch, steps);
        if (settings.saveLastNEpochs() != null) {
            int remove = (int) (epoch - every * settings.saveLastNEpochs());
            if (remove > 0) {
                Files.deleteIfExists(ctx.epochFile(remove));
            }
        }
        if (settings.saveState()) {
            saveState(ctx.epochStateDir(epoch), state);
            Integer keep = settings.saveLastNEpochsState() != null ? settings.saveLastNEpochsState()
                    : settings.saveLastNEpochs();
            if (keep != null) {
                int remove = (int) (epoch - every * keep);
                if (remove > 0) {
                    TrainState.deleteTree(ctx.epochStateDir(remove));
                }
            }
        }
    }

    /** {@code save_every_n_epochs}, or sd-scripts' {@code floor(epochs / save_n_epoch_ratio)} (at least 1); 0: never. */
    private long everyNEpochs() {
        Long every = ctx.config().integer("save_every_n_epochs");
        Long ratio = ctx.config().integer("save_n_epoch_ratio");
        if ((every == null || every <= 0) && ratio != null && ratio > 0) {
            return Math.max(1, ctx.plan().epochs() / ratio);
        }
        return every == null ? 0 : every;
    }

    /**
     * After optimizer step {@code steps}: the step file (and state) when {@code save_every_n_steps} is
     * due; with {@code save_last_n_steps} the one that fell out of the window is removed, as sd-scripts does.
     */
    void afterStep(int epoch, long steps, TrainState state) throws IOException {
        Integer every = settings.saveEveryNSteps();
        if (every == null || steps % every != 0) {
            return;
        }
        saveLora(ctx.outputDir().resolve(OutputNames.stepFile(ctx.outputName(), steps)), epoch, steps);
        Long lastN = ctx.config().integer("save_last_n_steps");
        long remove = lastN == null || lastN <= 0 ? -1 : steps - lastN - 1;
        remove -= remove >= 0 ? remove % every : 0;
        if (remove > 0) {
            Files.deleteIfExists(ctx.outputDir().resolve(OutputNames.stepFile(ctx.outputName(), remove)));
        }
        if (settings.saveState()) {
            saveState(ctx.outputDir().resolve(OutputNames.stepStateDir(ctx.outputName(), steps)), state);
            Long lastNState = ctx.config().integer("save_last_n_steps_state");
            long removeState = lastNState == null || lastNState <= 0 ? -1 : steps - lastNState - 1;
            removeState -= removeState >= 0 ? removeState % every : 0;
            if (removeState > 0) {
                TrainState.deleteTree(ctx.outputDir().resolve(OutputNames.stepStateDir(ctx.outputName(), removeState)));
            }
        }
    }

    /** The end of training: {@code <name>.safetensors} and, with save_state, {@code <name>-state}. */
    void atEnd(int epochs, long steps, TrainState state) throws IOException {
        saveLora(ctx.finalFile(), epochs, steps);
        if (settings.saveState()) {
            saveState(ctx.outputDir().resolve(OutputNames.finalStateDir(ctx.outputName())), state);
        }
    }

    /**
     * A stop request: the current weights as {@code <name>.safetensors} and a state to resume from
     * ({@code <name>-step<step:08d>-state}), whatever save_state says: a stopped run is meant to go on.
     */
    Path atStop(int epoch, long steps, TrainState state) throws IOException {
        saveLora(ctx.finalFile(), epoch, steps);
        Path dir = ctx.outputDir().resolve(OutputNames.stepStateDir(ctx.outputName(), steps));
        saveState(dir, state);
        return dir;
    }
}
