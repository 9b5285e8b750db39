/**
 * Blocks shared by the UNet and the VAE: ResNet block, down- and upsamplers.
 */
package io.tagwright.trainer.sd15.blocks;
