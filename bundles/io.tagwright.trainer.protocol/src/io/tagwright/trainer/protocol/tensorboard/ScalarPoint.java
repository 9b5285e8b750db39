package io.tagwright.trainer.protocol.tensorboard;

/** One scalar sample: {@code wallTime} in seconds since the epoch, as TensorBoard stores it. */
public record ScalarPoint(String tag, long step, double wallTime, double value) {
}
