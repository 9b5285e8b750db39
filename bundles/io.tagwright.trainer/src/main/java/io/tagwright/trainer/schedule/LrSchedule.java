package io.tagwright.trainer.schedule;

import io.tagwright.trainer.optim.ParamGroup;

/**
 * The learning rate of a parameter group at a step: step 0 is the first optimizer step (the schedule
 * has been stepped {@code step} times before it), as with PyTorch's LambdaLR.
 */
public interface LrSchedule {

    double lr(ParamGroup group, int step);
}
