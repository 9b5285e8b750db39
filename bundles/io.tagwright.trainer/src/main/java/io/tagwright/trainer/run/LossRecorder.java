package io.tagwright.trainer.run;

import java.util.ArrayList;
import java.util.List;

/**
 * sd-scripts' {@code LossRecorder}: the first epoch appends each step's loss, later epochs replace
 * the loss at the same step index, so the average is a moving average over one epoch of steps.
 */
public final class LossRecorder {
    private final List<Double> losses = new ArrayList<>();
    private double sum;

    /** {@code stepInEpoch} counts from 0 within the epoch; {@code epoch} from 1. */
    public synchronized void add(int epoch, int stepInEpoch, double loss) {
        if (epoch == 1 || stepInEpoch >= losses.size()) {
            losses.add(loss);
            sum += loss;
        } else {
            sum += loss - losses.get(stepInEpoch);
            losses.set(stepInEpoch, loss);
        }
    }

    public synchronized double movingAverage() {
        return losses.isEmpty() ? 0 : sum / losses.size();
    }
}
