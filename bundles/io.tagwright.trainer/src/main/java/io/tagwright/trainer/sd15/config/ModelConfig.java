package io.tagwright.trainer.sd15.config;

/** The three networks of a Stable Diffusion 1.x model. */
public record ModelConfig(UnetConfig unet, VaeConfig vae, ClipTextConfig textEncoder) {

    /** Stable Diffusion 1.5 as released (runwayml/stable-diffusion-v1-5). */
    public static ModelConfig sd15() {
        return new ModelConfig(UnetConfig.sd15(), VaeConfig.sd15(), ClipTextConfig.sd15());
    }

    public ModelConfig withUnet(UnetConfig u) {
        return new ModelConfig(u, vae, textEncoder);
    }

    public ModelConfig withVae(VaeConfig v) {
        return new ModelConfig(unet, v, textEncoder);
    }

    public ModelConfig withTextEncoder(ClipTextConfig t) {
        return new ModelConfig(unet, vae, t);
    }
}
