/**
 * What a run writes, named and formatted as sd-scripts writes it: file and folder names, the LoRA
 * file's {@code ss_*}/{@code modelspec.*} metadata and {@code sshs_*} hashes, and sample PNGs with
 * their generation parameters.
 */
package io.tagwright.trainer.output;
