/**
 * The SD1.x denoising UNet (UNet2DConditionModel / sd-scripts original_unet).
 */
package io.tagwright.trainer.sd15.unet;
