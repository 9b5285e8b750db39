package io.tagwright.trainer.optim;

import java.util.List;

/**
 * Parameters that share a learning rate (kohya: the text encoder LoRA with {@code text_encoder_lr},
 * the UNet LoRA with {@code unet_lr}).
 *
 * @param baseLr the configured learning rate, before any schedule
 */
public record ParamGroup(String name, List<Trainable> params, double baseLr) {

    public ParamGroup {
        params = List.copyOf(params);
    }
}
