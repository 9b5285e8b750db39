/**
 * Loading single-file LDM checkpoints and diffusers folders from safetensors; pickle is refused.
 */
package io.tagwright.trainer.sd15.checkpoint;
