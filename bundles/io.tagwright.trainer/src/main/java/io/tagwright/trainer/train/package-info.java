/**
 * One LoRA training step as kohya's train_network.py performs it.
 */
package io.tagwright.trainer.train;
