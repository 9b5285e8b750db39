package io.tagwright.trainer.demo;

import io.tagwright.trainer.io.DType;
import io.tagwright.trainer.io.SafetensorsWriter;
import io.tagwright.trainer.nn.ComposedOps;
import io.tagwright.trainer.nn.ModelContext;
import io.tagwright.trainer.nn.Parameter;
import io.tagwright.trainer.protocol.files.AtomicFiles;
import io.tagwright.trainer.sd15.clip.ClipTextModel;
import io.tagwright.trainer.sd15.config.ClipTextConfig;
import io.tagwright.trainer.sd15.config.UnetConfig;
import io.tagwright.trainer.sd15.config.VaeConfig;
import io.tagwright.trainer.sd15.unet.Unet;
import io.tagwright.trainer.sd15.vae.AutoencoderKl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A tiny Stable Diffusion 1.5 written as a diffusers model folder: the SD1.5 graph (so the same
 * kohya LoRA modules and file keys) with small widths — UNet blocks 16/32/64/64, 8 heads, cross
 * attention 32; VAE blocks 16/32/64/64; a two-layer text encoder of width 32 over a
 * {@link DemoTokenizer} vocabulary — and random weights (PyTorch's default U(±1/√fan_in), norms at
 * 1, biases 0) from a seed. It trains in seconds on a CPU; its images are noise, since it never
 * learned to draw.
 */
public final class DemoModel {

    public static final List<Integer> CHANNELS = List.of(16, 32, 64, 64);

    private DemoModel() {
    }

    /** The UNet sizes. */
    public static UnetConfig unetConfig() {
        return new UnetConfig(4, 4, CHANNELS,
                List.of(UnetConfig.CROSS_DOWN, UnetConfig.CROSS_DOWN, UnetConfig.CROSS_DOWN, UnetConfig.DOWN),
                List.of(UnetConfig.UP, UnetConfig.CROSS_UP, UnetConfig.CROSS_UP, UnetConfig.CROSS_UP), 2, 8, 1e-5, 32,
                List.of(8, 8, 8, 8), 1, false, true, 0);
    }

    public static VaeConfig vaeConfig() {
        return new VaeConfig(3, 3, CHANNELS, 2, 4, 8, 0.18215);
    }

    public static ClipTextConfig textConfig(int vocabSize) {
        return new ClipTextConfig(vocabSize, 32, 64, 2, 4, 77, 1e-5, "quick_gelu");
    }

    /** Writes the model folder ({@code unet/}, {@code vae/}, {@code text_encoder/}, {@code tokenizer/}, ...). */
    public static void write(Path dir, DemoTokenizer tokenizer, long seed) throws IOException {
        Files.createDirectories(dir);
        ComposedOps shapesOnly = new ComposedOps(null);
        ClipTextConfig te = textConfig(tokenizer.vocabSize());
        weights(new Unet(unetConfig(), shapesOnly).context(), dir.resolve("unet/diffusion_pytorch_model.safetensors"),
                seed);
        weights(new AutoencoderKl(vaeConfig(), shapesOnly).context(),
                dir.resolve("vae/diffusion_pytorch_model.safetensors"), seed + 1);
        weights(new ClipTextModel(te, shapesOnly).context(), dir.resolve("text_encoder/model.safetensors"), seed + 2);
        tokenizer.write(dir.resolve("tokenizer"));
        AtomicFiles.writeString(dir.resolve("unet/config.json"), """
                {"_class_name": "UNet2DConditionModel", "sample_size": 8, "in_channels": 4, "out_channels": 4,
                 "block_out_channels": [16, 32, 64, 64],
                 "down_block_types": ["CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"],
                 "up_block_types": ["UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"],
                 "mid_block_type": "UNetMidBlock2DCrossAttn", "layers_per_block": 2, "norm_num_groups": 8,
                 "norm_eps": 1e-05, "cross_attention_dim": 32, "attention_head_dim": 8, "act_fn": "silu",
                 "flip_sin_to_cos": true, "freq_shift": 0, "use_linear_projection": false, "downsample_padding": 1,
                 "center_input_sample": false, "mid_block_scale_factor": 1}
                """);
        AtomicFiles.writeString(dir.resolve("vae/config.json"), """
                {"_class_name": "AutoencoderKL", "in_channels": 3, "out_channels": 3, "block_out_channels": [16, 32, 64, 64],
                 "down_block_types": ["DownEncoderBlock2D", "DownEncoderBlock2D", "DownEncoderBlock2D", "DownEncoderBlock2D"],
                 "up_block_types": ["UpDecoderBlock2D", "UpDecoderBlock2D", "UpDecoderBlock2D", "UpDecoderBlock2D"],
                 "layers_per_block": 2, "act_fn": "silu", "latent_channels": 4, "norm_num_groups": 8, "sample_size": 64,
                 "scaling_factor": 0.18215}
                """);
        AtomicFiles.writeString(dir.resolve("text_encoder/config.json"), """
                {"architectures": ["CLIPTextModel"], "model_type": "clip_text_model", "vocab_size": %d,
                 "hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 2, "num_attention_heads": 4,
                 "max_position_embeddings": 77, "layer_norm_eps": 1e-05, "hidden_act": "quick_gelu",
                 "projection_dim": 32, "bos_token_id": 0, "pad_token_id": 1, "eos_token_id": 2, "torch_dtype": "float32"}
                """.formatted(tokenizer.vocabSize()));
        AtomicFiles.writeString(dir.resolve("scheduler/scheduler_config.json"), """
                {"_class_name": "PNDMScheduler", "beta_start": 0.00085, "beta_end": 0.012, "beta_schedule": "scaled_linear",
                 "num_train_timesteps": 1000, "set_alpha_to_one": false, "skip_prk_steps": true, "steps_offset": 1,
                 "clip_sample": false}
                """);
        AtomicFiles.writeString(dir.resolve("model_index.json"), """
                {"_class_name": "StableDiffusionPipeline", "_tagwright": "tiny random demo model, not for real use",
                 "unet": ["diffusers", "UNet2DConditionModel"], "vae": ["diffusers", "AutoencoderKL"],
                 "text_encoder": ["transformers", "CLIPTextModel"], "tokenizer": ["transformers", "CLIPTokenizer"],
                 "scheduler": ["diffusers", "PNDMScheduler"]}
                """);
    }

    private static void weights(ModelContext context, Path file, long seed) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        SafetensorsWriter w = new SafetensorsWriter();
        for (Parameter p : context.parameters().values()) {
            long[] s = p.shape();
            long n = 1;
            for (long d : s) {
                n *= d;
            }
            float[] v = new float[Math.toIntExact(n)];
            if (s.length >= 2) {
                double bound = 1.0 / Math.sqrt((double) n / s[0]);
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) ((rng.nextDouble() * 2 - 1) * bound);
                }
            } else if (p.name().contains("norm") && p.name().endsWith(".weight")) {
                java.util.Arrays.fill(v, 1f);
            }
            w.addFloats(p.name(), DType.F32, s, v);
        }
        w.putMetadata("format", "pt");
        w.write(file);
    }
}
