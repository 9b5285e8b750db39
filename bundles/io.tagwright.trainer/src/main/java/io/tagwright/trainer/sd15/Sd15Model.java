package io.tagwright.trainer.sd15;

import ai.djl.ndarray.NDManager;
import io.tagwright.trainer.nn.FusedOps;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.sd15.clip.ClipTextModel;
import io.tagwright.trainer.sd15.config.ModelConfig;
import io.tagwright.trainer.sd15.unet.Unet;
import io.tagwright.trainer.sd15.vae.AutoencoderKl;

/**
 * A loaded Stable Diffusion 1.x model: text encoder, VAE and UNet (each may be absent when not
 * requested), their ops and the manager that owns every weight. Base weights are frozen.
 */
public final class Sd15Model implements AutoCloseable {

    private final ModelConfig config;
    private final NDManager manager;
    private final Ops ops;
    private final ClipTextModel textEncoder;
    private final AutoencoderKl vae;
    private final Unet unet;

    public Sd15Model(ModelConfig config, NDManager manager, Ops ops, ClipTextModel textEncoder,
            AutoencoderKl vae, Unet unet) {
        this.config = config;
        this.manager = manager;
        this.ops = ops;
        this.textEncoder = textEncoder;
        this.vae = vae;
        this.unet = unet;
    }

    public ModelConfig config() {
        return config;
    }

    /** The manager owning the weights (and the ops' helper arrays). */
    public NDManager manager() {
        return manager;
    }

    public Ops ops() {
        return ops;
    }

    public ClipTextModel textEncoder() {
        return require(textEncoder, "text encoder");
    }

    public AutoencoderKl vae() {
        return require(vae, "VAE");
    }

    public Unet unet() {
        return require(unet, "UNet");
    }

    public boolean hasTextEncoder() {
        return textEncoder != null;
    }

    public boolean hasVae() {
        return vae != null;
    }

    public boolean hasUnet() {
        return unet != null;
    }

    private static <T> T require(T part, String what) {
        if (part == null) {
            throw new IllegalStateException("the " + what + " was not loaded");
        }
        return part;
    }

    @Override
    public void close() {
        if (ops instanceof FusedOps f) {
            f.script().close();
        }
        manager.close();
    }
}
