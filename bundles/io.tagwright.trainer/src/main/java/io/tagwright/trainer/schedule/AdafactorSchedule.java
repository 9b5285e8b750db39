package io.tagwright.trainer.schedule;

import io.tagwright.trainer.optim.Adafactor;
import io.tagwright.trainer.optim.ParamGroup;

/**
 * transformers' {@code AdafactorSchedule} (kohya's {@code --lr_scheduler adafactor}): with a
 * relative-step Adafactor the optimizer picks its own rate; the schedule only reports it — the rate
 * the group's first parameter would get from the current state, or the initial lr before the first
 * step. Its value is what kohya logs as the learning rate; it is not fed to the optimizer.
 */
public final class AdafactorSchedule implements LrSchedule {

    private final Adafactor optimizer;
    private final double initialLr;

    public AdafactorSchedule(Adafactor optimizer, double initialLr) {
        this.optimizer = optimizer;
        this.initialLr = initialLr;
    }

    @Override
    public double lr(ParamGroup group, int step) {
        if (group.params().isEmpty()) {
            return initialLr;
        }
        double lr = optimizer.currentLr(group.params().get(0), group.baseLr());
        return Double.isNaN(lr) ? initialLr : lr;
    }
}
