package io.tagwright.launching.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.tagwright.trainer.protocol.event.TrainerEvent;
import io.tagwright.trainer.protocol.tensorboard.EventFileReader;
import io.tagwright.trainer.protocol.tensorboard.KohyaTags;
import io.tagwright.trainer.protocol.tensorboard.ScalarPoint;

/**
 * Reads a kohya TensorBoard log folder (any run of sd-scripts or of Tagwright) into a training session, so
 * the dashboard charts it like a run of its own: per step {@code loss/current}, {@code loss/average} and the
 * learning rates; per epoch {@code loss/epoch} (or v0.10's {@code loss/epoch_average}) and validation losses.
 */
public final class TensorBoardHistory {

    private TensorBoardHistory() {
    }

    public static TrainingSession read(Path logDir) throws IOException {
        Map<String, List<ScalarPoint>> tags = EventFileReader.readTree(logDir);
        if (tags.isEmpty()) {
            throw new IOException(logDir + " holds no TensorBoard scalars (events.out.tfevents.* files)");
        }
        TrainingSession s = new TrainingSession(logDir, "TensorBoard: " + logDir.getFileName());
        Map<Long, Double> current = byStep(tags.get(KohyaTags.LOSS_CURRENT));
        Map<Long, Double> average = byStep(tags.get(KohyaTags.LOSS_AVERAGE));
        Map<String, Map<Long, Double>> rates = new HashMap<>();
        Map<Long, Double> epochLoss = new TreeMap<>();
        Map<Long, Double> validation = new TreeMap<>();
        for (Map.Entry<String, List<ScalarPoint>> e : tags.entrySet()) {
            String tag = e.getKey();
            if (KohyaTags.isLearningRate(tag)) {
                rates.put(tag.substring(tag.indexOf('/') + 1), byStep(e.getValue()));
            } else if (KohyaTags.isEpochLoss(tag)) {
                epochLoss.putAll(byStep(e.getValue()));
            } else if (KohyaTags.isValidationLoss(tag)) {
                validation.putAll(byStep(e.getValue()));
            }
        }
        TreeSet<Long> steps = new TreeSet<>(current.keySet());
        steps.addAll(average.keySet());
        long total = steps.isEmpty() ? 0 : steps.last();
        for (long step : steps) {
            Map<String, Double> lr = new HashMap<>();
            for (Map.Entry<String, Map<Long, Double>> r : rates.entrySet()) {
                Double v = r.getValue().get(step);
                if (v != null) {
                    lr.put(r.getKey(), v);
                }
            }
            double loss = current.getOrDefault(step, Double.NaN);
            s.accept(new TrainerEvent.Step(step, total, 0, loss, average.getOrDefault(step, loss), lr, 0, -1));
        }
        TreeSet<Long> epochs = new TreeSet<>(epochLoss.keySet());
        epochs.addAll(validation.keySet());
        for (long epoch : epochs) {
            s.accept(new TrainerEvent.EpochEnd((int) epoch, epochLoss.getOrDefault(epoch, Double.NaN), validation.get(epoch)));
        }
        s.accept(new TrainerEvent.Finished(TrainerEvent.Status.COMPLETED, List.of()));
        return s;
    }

    private static Map<Long, Double> byStep(List<ScalarPoint> points) {
        Map<Long, Double> out = new TreeMap<>();
        if (points != null) {
            for (ScalarPoint p : points) {
                out.put(p.step(), p.value());
            }
        }
        return out;
    }
}
