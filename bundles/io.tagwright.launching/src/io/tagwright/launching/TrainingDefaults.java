package io.tagwright.launching;

import io.tagwright.trainer.protocol.config.RunConfig;

/**
 * The settings a new LoRA Training configuration starts with: the proven SD1.5 character recipe (rank 96,
 * alpha 72, Adafactor with its own relative-step schedule, 768 px with buckets, batch 1, 8 epochs, flip and
 * colour augmentation, no caption shuffling, a LoRA file and samples every epoch), in kohya's option names.
 */
public final class TrainingDefaults {

    private TrainingDefaults() {
    }

    /**
     * @param outputName the LoRA file name (usually the trigger word)
     * @param captionExtension the dataset's caption extension
     */
    public static RunConfig recipe(String outputName, String captionExtension) {
        RunConfig c = new RunConfig();
        c.set("network_module", "networks.lora");
        c.set("network_dim", 96L);
        c.set("network_alpha", 72.0);
        c.set("optimizer_type", "Adafactor");
        c.set("lr_scheduler", "adafactor");
        c.set("learning_rate", 1.0e-4);
        c.set("max_grad_norm", 1.0);
        c.set("resolution", "768,768");
        c.set("enable_bucket", true);
        c.set("min_bucket_reso", 256L);
        c.set("max_bucket_reso", 1024L);
        c.set("bucket_reso_steps", 64L);
        c.set("train_batch_size", 1L);
        c.set("max_train_epochs", 8L);
        c.set("flip_aug", true);
        c.set("color_aug", true);
        c.set("shuffle_caption", false);
        c.set("caption_extension", captionExtension);
        c.set("mixed_precision", "no");
        c.set("save_precision", "fp16");
        c.set("save_model_as", "safetensors");
        c.set("save_every_n_epochs", 1L);
        c.set("sample_every_n_epochs", 1L);
        c.set("sample_sampler", "ddim");
        c.set("seed", 42L);
        c.set("output_name", outputName);
        return c;
    }
}
