/**
 * The CLIP text encoder (transformers CLIPTextModel) with clip_skip.
 */
package io.tagwright.trainer.sd15.clip;
