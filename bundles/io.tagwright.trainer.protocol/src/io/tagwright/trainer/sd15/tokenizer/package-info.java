/**
 * The CLIP BPE tokenizer as Stable Diffusion 1.5 and kohya sd-scripts use it.
 *
 * <p>Pure Java with no dependency beyond the protocol bundle's JSON codec, so the IDE can carry it
 * (caption lint counts tokens) and the trainer can feed its ids to the text encoder. Nothing here
 * downloads anything: the vocabulary comes from a diffusers {@code tokenizer/} folder or CLIP's
 * {@code bpe_simple_vocab_16e6.txt.gz} that the user points at.
 */
package io.tagwright.trainer.sd15.tokenizer;
