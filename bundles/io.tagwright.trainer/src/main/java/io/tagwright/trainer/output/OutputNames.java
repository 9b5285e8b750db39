package io.tagwright.trainer.output;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** sd-scripts' output names. {@code outputName} null means sd-scripts' defaults ("epoch", "last", no sample prefix). */
public final class OutputNames {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private OutputNames() {
    }

    /** {@code <output_name>-<epoch:06d>.safetensors} ({@code epoch-000001.safetensors} without a name). */
    public static String epochFile(String outputName, int epoch) {
        return String.format("%s-%06d.safetensors", outputName == null ? "epoch" : outputName, epoch);
    }

    /** {@code <output_name>.safetensors} ({@code last.safetensors} without a name). */
    public static String finalFile(String outputName) {
        return (outputName == null ? "last" : outputName) + ".safetensors";
    }

    /** {@code <output_name>-<epoch:06d>-state} (training state folder for {@code --resume}). */
    public static String epochStateDir(String outputName, int epoch) {
        return String.format("%s-%06d-state", outputName == null ? "epoch" : outputName, epoch);
    }

    /** {@code <output_name>-step<step:08d>.safetensors} ({@code save_every_n_steps}). */
    public static String stepFile(String outputName, long step) {
        return String.format("%s-step%08d.safetensors", outputName == null ? "at" : outputName, step);
    }

    /** {@code <output_name>-step<step:08d>-state}: a state saved at a step (also by a stopped run). */
    public static String stepStateDir(String outputName, long step) {
        return String.format("%s-step%08d-state", outputName == null ? "at" : outputName, step);
    }

    /** {@code <output_name>-state} for the final state ({@code last-state} without a name). */
    public static String finalStateDir(String outputName) {
        return (outputName == null ? "last" : outputName) + "-state";
    }

    /**
     * {@code <output_dir>/sample/<output_name>_e<epoch:06d>_<idx:02d>_<YYYYmmddHHMMSS>_<seed>.png};
     * without an output name there is no prefix, without a seed no suffix.
     */
    public static Path sampleFile(Path outputDir, String outputName, int epoch, int index, LocalDateTime time, Long seed) {
        String name = (outputName == null ? "" : outputName + "_") + String.format("e%06d_%02d_", epoch, index)
                + STAMP.format(time) + (seed == null ? "" : "_" + seed) + ".png";
        return outputDir.resolve("sample").resolve(name);
    }

    /** The same for step-based sampling: {@code <steps:06d>} instead of {@code e<epoch:06d>}. */
    public static Path sampleFileAtStep(Path outputDir, String outputName, long steps, int index, LocalDateTime time, Long seed) {
        String name = (outputName == null ? "" : outputName + "_") + String.format("%06d_%02d_", steps, index)
                + STAMP.format(time) + (seed == null ? "" : "_" + seed) + ".png";
        return outputDir.resolve("sample").resolve(name);
    }

    /** {@code <logging_dir>/<log_prefix><YYYYmmddHHMMSS>/network_train}, where TensorBoard files go. */
    public static Path tensorBoardDir(Path loggingDir, String logPrefix, LocalDateTime time) {
        return loggingDir.resolve((logPrefix == null ? "" : logPrefix) + STAMP.format(time)).resolve("network_train");
    }
}
