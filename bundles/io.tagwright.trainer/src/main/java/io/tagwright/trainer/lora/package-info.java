/**
 * kohya networks.lora: module plan from an architecture, the network with its tensors, kohya's
 * file format.
 */
package io.tagwright.trainer.lora;
