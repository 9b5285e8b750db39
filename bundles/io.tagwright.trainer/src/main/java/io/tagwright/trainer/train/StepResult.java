package io.tagwright.trainer.train;

import java.util.Map;

/**
 * What one optimizer step reports: the loss, the gradient norm before clipping and the learning rate
 * of each parameter group (the scheduled one; for relative-step Adafactor the one it applied).
 */
public record StepResult(float loss, float gradNorm, Map<String, Double> learningRates) {
}
