package io.tagwright.trainer.engine;

import ai.djl.ndarray.NDManager;
import io.tagwright.trainer.io.DType;
import io.tagwright.trainer.lora.LoraNetwork;
import io.tagwright.trainer.optim.Optimizer;
import io.tagwright.trainer.protocol.event.TrainerEvent.ErrorKind;
import io.tagwright.trainer.protocol.files.AtomicFiles;
import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.protocol.json.JsonException;
import io.tagwright.trainer.run.TrainingException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A training state folder ({@code <output_name>-<epoch:06d>-state}, {@code <output_name>-state},
 * {@code <output_name>-step<step:08d>-state}): everything {@code --resume} needs to continue exactly
 * where the run stopped. {@code model.safetensors} holds the LoRA in float32 (kohya's format, so it
 * loads in A1111 as well), {@code optimizer.safetensors} the optimizer state, and
 * {@code train_state.json} the position (epoch and batch to continue with, optimizer steps done),
 * the seed, the losses behind the moving average and the settings that must not change. The random
 * numbers need no saved state: they are derived from the seed and the position
 * ({@link RandomStreams}). The folder appears complete or not at all.
 *
 * @param epoch         the epoch to continue in (1-based)
 * @param batchInEpoch  the first batch of that epoch not yet trained
 * @param globalStep    optimizer steps done
 */
public record TrainState(int epoch, int batchInEpoch, long globalStep, long seed, List<Double> losses,
        Map<String, Object> fingerprint) {

    public static final String FORMAT = "tagwright-train-state";
    static final String MODEL = "model.safetensors";
    static final String OPTIMIZER = "optimizer.safetensors";
    static final String STATE = io.tagwright.trainer.run.StateFolder.STATE_FILE;

    /** Writes the folder atomically (a complete folder replaces an older one of the same name). */
    public void save(Path dir, LoraNetwork network, Optimizer optimizer) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + dir.getFileName() + ".");
        try {
            AtomicFiles.usualPermissions(tmp, dir);
            network.save(tmp.resolve(MODEL), DType.F32, Map.of("ss_training_state", "true"));
            optimizer.saveState(tmp.resolve(OPTIMIZER));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("format", FORMAT);
            json.put("version", 1L);
            json.put("current_epoch", (long) (batchInEpoch == 0 ? epoch - 1 : epoch));
            json.put("current_step", globalStep);
            json.put("epoch", (long) epoch);
            json.put("batch_in_epoch", (long) batchInEpoch);
            json.put("seed", seed);
            json.put("losses", new ArrayList<Object>(losses));
            json.put("fingerprint", fingerprint);
            AtomicFiles.writeString(tmp.resolve(STATE), Json.write(json) + "\n");
            replace(tmp, dir);
        } finally {
            deleteTree(tmp);
        }
    }

    /** Reads the position and checks the folder is complete; weights are loaded with {@link #restore}. */
    public static TrainState read(Path dir) throws TrainingException {
        Path state = dir.resolve(STATE);
        if (!Files.isRegularFile(state) || !Files.isRegularFile(dir.resolve(MODEL))
                || !Files.isRegularFile(dir.resolve(OPTIMIZER))) {
            throw new TrainingException(ErrorKind.CONFIG, dir + ": not a Tagwright training state (needs " + STATE
                    + ", " + MODEL + " and " + OPTIMIZER + ")",
                    "resume from a folder named <output_name>-<epoch>-state written with save_state, or by a stopped run",
                    null);
        }
        try {
            Map<String, Object> json = Json.parseObject(Files.readString(state));
            if (!FORMAT.equals(json.get("format"))) {
                throw new TrainingException(ErrorKind.CONFIG, state + ": not a Tagwright training state"
                        + " (sd-scripts' accelerate states hold pickles, which Tagwright does not load)");
            }
            List<Double> losses = new ArrayList<>();
            for (Object o : (List<?>) json.get("losses")) {
                losses.add(((Number) o).doubleValue());
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fp = (Map<String, Object>) json.get("fingerprint");
            return new TrainState(((Number) json.get("epoch")).intValue(),
                    ((Number) json.get("batch_in_epoch")).intValue(), ((Number) json.get("current_step")).longValue(),
                    ((Number) json.get("seed")).longValue(), losses, fp);
        } catch (IOException | JsonException | ClassCastException | NullPointerException e) {
            throw new TrainingException(ErrorKind.CONFIG, state + ": unreadable training state: " + e.getMessage(),
                    null, e);
        }
    }

    /** The seed a state folder was trained with, or null when it is not a readable state. */
    public static Long peekSeed(Path dir) {
        try {
            return read(dir).seed();
        } catch (TrainingException e) {
            return null;
        }
    }

    /**
     * Checks the run's settings against the state's and loads the LoRA weights and optimizer state.
     * Settings that decide the result (network, optimizer, steps, batches, seed) must match.
     */
    public void restore(Path dir, Map<String, Object> current, LoraNetwork network, Optimizer optimizer,
            NDManager manager) throws TrainingException {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Object> e : fingerprint.entrySet()) {
            Object now = current.get(e.getKey());
            if (!String.valueOf(e.getValue()).equals(String.valueOf(now))) {
                changed.add(e.getKey() + " " + e.getValue() + " -> " + now);
            }
        }
        if (!changed.isEmpty()) {
            throw new TrainingException(ErrorKind.CONFIG, dir + ": the run's settings differ from the state's: "
                    + String.join(", ", changed), "resume with the settings the state was trained with", null);
        }
        try {
            network.copyWeightsFrom(dir.resolve(MODEL));
            optimizer.loadState(dir.resolve(OPTIMIZER), manager);
        } catch (IOException e) {
            throw new TrainingException(ErrorKind.CONFIG, dir + ": cannot load the state: " + e.getMessage(), null, e);
        }
    }

    private static void replace(Path tmp, Path dir) throws IOException {
        Path old = null;
        if (Files.exists(dir)) {
            old = Files.createTempDirectory(dir.toAbsolutePath().getParent(), "." + dir.getFileName() + ".old.");
            Files.delete(old);
            move(dir, old);
        }
        move(tmp, dir);
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder tree (used for superseded states and temporary folders). */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
