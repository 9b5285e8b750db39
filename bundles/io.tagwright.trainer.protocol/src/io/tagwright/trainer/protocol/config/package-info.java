/**
 * Training configuration in the ecosystem's formats: a TOML codec (the subset sd-scripts' files
 * use), the run configuration under kohya's option names, the kohya_ss GUI JSON and sd-scripts'
 * dataset TOML, validation, and export as TOML, GUI JSON or an sd-scripts command line.
 */
package io.tagwright.trainer.protocol.config;
