/**
 * Weightless module trees of the SD1.5 networks as kohya's LoRA code walks them.
 */
package io.tagwright.trainer.sd15.arch;
