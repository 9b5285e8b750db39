/**
 * The seam between the CLI/data side and the training engine: {@link io.tagwright.trainer.run.TrainingLoop}
 * is implemented by the model side and found with {@link java.util.ServiceLoader}; it gets
 * everything else it needs (plan, batches, tokenizer, metadata, events, TensorBoard, sample
 * prompts, stop requests) from {@link io.tagwright.trainer.run.RunContext}.
 */
package io.tagwright.trainer.run;
