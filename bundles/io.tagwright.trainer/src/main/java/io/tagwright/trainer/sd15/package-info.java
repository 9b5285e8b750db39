/**
 * Stable Diffusion 1.x: the loaded model ({@link io.tagwright.trainer.sd15.Sd15Model}); sub-
 * packages hold configs, checkpoints, the three networks and the noise schedule. The CLIP
 * tokenizer lives in {@code sd15.tokenizer} (maintained separately).
 */
package io.tagwright.trainer.sd15;
