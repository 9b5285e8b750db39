/**
 * The Tagwright trainer: a separate JVM program that trains kohya-compatible SD1.5 LoRA adapters on
 * DJL PyTorch. Every entry point calls {@link io.tagwright.trainer.Offline#enforce()} first.
 */
package io.tagwright.trainer;
