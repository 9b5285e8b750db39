/**
 * The SD VAE (AutoencoderKL): encoder to latent moments, decoder back to images.
 */
package io.tagwright.trainer.sd15.vae;
