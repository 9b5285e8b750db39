/**
 * kohya's arithmetic of a training run, shared by the trainer and the IDE: aspect-ratio buckets
 * (sd-scripts' bucket manager) and steps per epoch / total steps.
 */
package io.tagwright.trainer.protocol.plan;
