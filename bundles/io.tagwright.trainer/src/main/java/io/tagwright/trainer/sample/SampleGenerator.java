package io.tagwright.trainer.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.tagwright.trainer.data.RgbImage;
import io.tagwright.trainer.nn.Scalars;
import io.tagwright.trainer.nn.Tensors;
import io.tagwright.trainer.output.SampleImageWriter;
import io.tagwright.trainer.protocol.prompt.SamplePrompt;
import io.tagwright.trainer.sd15.Sd15Model;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;

import java.util.SplittableRandom;

/**
 * Text to image with the model as it is (LoRA attached): the prompt and the negative prompt (empty
 * when none) are encoded with the run's clip_skip, the starting latents come from the seed, the UNet
 * runs once per step on both conditionings (classifier-free guidance:
 * ε = ε_neg + scale · (ε_pos − ε_neg); none at scale ≤ 1), and the VAE decodes the result. The same
 * seed gives the same image; it does not reproduce sd-scripts' image for that seed, whose noise
 * comes from torch's generator.
 */
public final class SampleGenerator {

    private final Sd15Model model;
    private final ClipTokenizer tokenizer;
    private final int clipSkip;

    public SampleGenerator(Sd15Model model, ClipTokenizer tokenizer, int clipSkip) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.clipSkip = clipSkip;
    }

    /** Generates one image of the prompt's size with {@code steps} of {@code sampler}. */
    public RgbImage generate(SamplePrompt prompt, long seed, String samplerName) {
        Sampler sampler = Sampler.create(samplerName, prompt.steps());
        NDManager m = model.manager();
        int h = prompt.height() / 8;
        int w = prompt.width() / 8;
        boolean guided = prompt.scale() > 1.0;
        SplittableRandom rng = new SplittableRandom(seed);
        try (NDScope outer = new NDScope()) {
            outer.suppressNotUsedWarning();
            NDArray context = conditioning(m, prompt, guided);
            float[] start = new float[4 * h * w];
            for (int i = 0; i < start.length; i++) {
                start[i] = (float) (rng.nextGaussian() * sampler.initNoiseSigma());
            }
            NDArray latents = Tensors.owned(m.create(start, new Shape(1, 4, h, w)));
            double[] timesteps = sampler.timesteps();
            for (int i = 0; i < timesteps.length; i++) {
                NDArray next;
                try (NDScope scope = new NDScope()) {
                    scope.suppressNotUsedWarning();
                    NDArray in = sampler.scaleModelInput(guided ? latents.concat(latents, 0) : latents, i);
                    NDArray t = Tensors.owned(m.create(new float[] {(float) timesteps[i]}));
                    NDArray eps = model.unet().forward(in, t, context);
                    if (guided) {
                        NDArray neg = eps.get("0:1");
                        NDArray pos = eps.get("1:2");
                        eps = neg.add(Scalars.mul(pos.sub(neg), prompt.scale()));
                    }
                    next = sampler.step(eps, i, latents, rng);
                    NDScope.unregister(next);
                }
                latents.close();
                latents = next;
                NDScope.unregister(latents);
            }
            NDArray image = model.vae().decode(model.vae().unscale(latents));
            latents.close();
            float[] chw = image.toType(DataType.FLOAT32, false).toFloatArray();
            return SampleImageWriter.fromChw(chw, prompt.width(), prompt.height());
        }
    }

    /** [1 or 2, 77, hidden]: negative then positive (guided), else the prompt alone. */
    private NDArray conditioning(NDManager m, SamplePrompt prompt, boolean guided) {
        String negative = prompt.negativePrompt() == null ? "" : prompt.negativePrompt();
        int[] pos = tokenizer.encode(prompt.prompt());
        long[] ids = new long[(guided ? 2 : 1) * pos.length];
        int o = 0;
        if (guided) {
            for (int v : tokenizer.encode(negative)) {
                ids[o++] = v;
            }
        }
        for (int v : pos) {
            ids[o++] = v;
        }
        NDArray idArray = Tensors.owned(m.create(ids, new Shape(guided ? 2 : 1, pos.length)));
        return model.textEncoder().encode(idArray, clipSkip);
    }
}
