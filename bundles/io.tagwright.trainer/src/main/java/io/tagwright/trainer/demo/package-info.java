/**
 * What {@code tagwright-train demo} trains: a tiny SD1.5-topology model with random weights, written
 * as a diffusers folder, and a small byte-level BPE tokenizer learned from the demo's captions. The
 * product depends on no downloaded model for its demo.
 */
package io.tagwright.trainer.demo;
