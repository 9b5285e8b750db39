/**
 * TensorBoard event files without TensorFlow or protobuf: TFRecord framing with masked CRC32C and
 * a hand-encoded {@code Event}/{@code Summary} subset, enough to write kohya's scalar logs and to
 * read them back (also those written by sd-scripts itself) for the IDE's charts.
 */
package io.tagwright.trainer.protocol.tensorboard;
