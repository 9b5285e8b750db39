/**
 * Architecture sizes: built-in SD1.5, diffusers config.json files, combined config files.
 */
package io.tagwright.trainer.sd15.config;
