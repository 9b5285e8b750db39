package io.tagwright.trainer.schedule;

import io.tagwright.trainer.optim.ParamGroup;

import java.util.function.IntToDoubleFunction;

/** base lr × a multiplier of the step: diffusers' LambdaLR schedules. */
public final class LambdaSchedule implements LrSchedule {

    private final String name;
    private final IntToDoubleFunction multiplier;

    LambdaSchedule(String name, IntToDoubleFunction multiplier) {
        this.name = name;
        this.multiplier = multiplier;
    }

    public String name() {
        return name;
    }

    public double multiplier(int step) {
        return multiplier.applyAsDouble(step);
    }

    @Override
    public double lr(ParamGroup group, int step) {
        return group.baseLr() * multiplier(step);
    }

    @Override
    public String toString() {
        return name;
    }
}
