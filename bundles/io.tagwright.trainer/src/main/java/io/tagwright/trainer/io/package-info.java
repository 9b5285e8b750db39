/**
 * safetensors reading (memory-mapped, strictly validated) and writing (atomic, deterministic
 * layout),
 * plus the float16/bfloat16 conversions that match PyTorch's rounding.
 */
package io.tagwright.trainer.io;
