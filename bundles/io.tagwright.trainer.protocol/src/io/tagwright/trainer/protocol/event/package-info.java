/**
 * The trainer's event stream (trainer to IDE) and its commands (IDE to trainer): JSON lines with a
 * version field, either on stdout behind {@link io.tagwright.trainer.protocol.event.EventCodec#LINE_PREFIX}
 * or on a loopback TCP socket. Readers ignore unknown fields and unknown record types, so older
 * IDEs keep working with newer trainers.
 */
package io.tagwright.trainer.protocol.event;
