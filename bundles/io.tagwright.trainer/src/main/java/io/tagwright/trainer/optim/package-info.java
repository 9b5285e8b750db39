/**
 * Optimizers (AdamW, Adafactor) with savable state, and gradient clipping.
 */
package io.tagwright.trainer.optim;
