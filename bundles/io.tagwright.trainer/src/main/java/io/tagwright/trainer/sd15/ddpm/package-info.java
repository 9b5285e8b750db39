/**
 * The DDPM training noise schedule and add_noise.
 */
package io.tagwright.trainer.sd15.ddpm;
