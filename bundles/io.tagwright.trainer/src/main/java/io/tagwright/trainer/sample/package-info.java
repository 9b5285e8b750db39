/**
 * Sample images during training as sd-scripts makes them: DDIM (its default, with its settings) and
 * Euler / Euler ancestral schedulers as diffusers defines them, classifier-free guidance with the
 * negative prompt, VAE decoding.
 */
package io.tagwright.trainer.sample;
