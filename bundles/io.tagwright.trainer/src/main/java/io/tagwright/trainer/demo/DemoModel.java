package io.tagwright.trainer.demo;

import io.tagwright.trainer.io.DType;
import io.tagwright.trainer.io.SafetensorsWriter;
import io.tagwright.trainer.nn.ComposedOps;
import io.tagwright.trainer.nn.ModelContext;
import io.tagwright.trainer.nn.Parameter;
import io.tagwright.trainer.sd15.clip.ClipTextModel;
import io.tagwright.trainer.sd15.config.ClipTextConfig;
import io.tagwright.trainer.sd15.config.ModelConfig;
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

    /** The tiny model's three configs over a tokenizer of {@code vocabSize} ids. */
    public static ModelConfig tiny(int vocabSize) {
        return new ModelConfig(unetConfig(), vaeConfig(), textConfig(vocabSize));
    }

    /** Writes the tiny model folder ({@code unet/}, {@code vae/}, {@code text_encoder/}, {@code tokenizer/}, ...). */
    public static void write(Path dir, DemoTokenizer tokenizer, long seed) throws IOException {
        write(dir, tiny(tokenizer.vocabSize()), tokenizer, seed);
    }

    /**
     * Writes a model folder of any SD1.x sizes with random weights (benchmarks use SD1.5's real sizes
     * with {@code ModelConfig.sd15()} and the text encoder's vocabulary set to the tokenizer's).
     */
    public static void write(Path dir, ModelConfig config, DemoTokenizer tokenizer, long seed) throws IOException {
        if (config.textEncoder().vocabSize() != tokenizer.vocabSize()) {
            throw new IllegalArgumentException("the text encoder's vocabulary (" + config.textEncoder().vocabSize()
                    + ") must be the tokenizer's (" + tokenizer.vocabSize() + ")");
        }
        Files.createDirectories(dir);
        ComposedOps shapesOnly = new ComposedOps(null);
        weights(new Unet(config.unet(), shapesOnly).context(), dir.resolve("unet/diffusion_pytorch_model.safetensors"),
                seed);
        weights(new AutoencoderKl(config.vae(), shapesOnly).context(),
                dir.resolve("vae/diffusion_pytorch_model.safetensors"), seed + 1);
        weights(new ClipTextModel(config.textEncoder(), shapesOnly).context(),
                dir.resolve("text_encoder/model.safetensors"), seed + 2);
        tokenizer.write(dir.resolve("tokenizer"));
        DiffusersConfigs.write(dir, config);
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
