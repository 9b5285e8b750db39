/**
 * The training engine ({@link io.tagwright.trainer.engine.DjlTrainingLoop}, found by the CLI through
 * {@link java.util.ServiceLoader}): kohya's train_network.py loop over the model stack — settings
 * read and checked, model and LoRA network set up, latents (cached in memory or in sd-scripts'
 * {@code .npz} files), noise and timesteps drawn from the seed and the position, optimizer steps with
 * gradient accumulation, LoRA files, training states for {@code --resume}, sample images.
 */
package io.tagwright.trainer.engine;
