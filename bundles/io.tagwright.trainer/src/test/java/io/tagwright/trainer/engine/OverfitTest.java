package io.tagwright.trainer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import io.tagwright.trainer.data.ImageLoader;
import io.tagwright.trainer.data.RgbImage;
import io.tagwright.trainer.lora.LoraNetwork;
import io.tagwright.trainer.nn.OpsBackend;
import io.tagwright.trainer.nn.Tensors;
import io.tagwright.trainer.sd15.Sd15Model;
import io.tagwright.trainer.sd15.checkpoint.Sd15ModelLoader;
import io.tagwright.trainer.sd15.ddpm.DdpmSchedule;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;
import io.tagwright.trainer.testutil.Shared;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on one image lowers the denoising loss on that image: the loss of the trained LoRA, on a
 * fixed set of timesteps and noises the run never drew, against the base model's on the same set.
 */
class OverfitTest {

    private static final long[] TIMESTEPS = {50, 200, 350, 500, 650, 800, 950};

    @Test
    void overfittingOneImageDrivesItsLossDown(@TempDir Path dir) throws Exception {
        Path cfg = TinyRun.setup(dir, 1, 1, """
                max_train_steps = 60
                learning_rate = 3e-3
                network_dim = 8
                network_alpha = 8
                """);
        TinyRun.Result r = TinyRun.train("--config", cfg.toString());
        assertEquals(0, r.code(), r.err());
        Path image = dir.resolve("img/1_ohwx/img 000.png");
        try (NDManager root = NDManager.newBaseManager();
                Sd15Model model = Sd15ModelLoader.builder().setSource(Shared.diffusersFolder()).optManager(root)
                        .optOpsBackend(OpsBackend.FUSED).build().load()) {
            ClipTokenizer tok = ClipTokenizer.load(Shared.diffusersFolder());
            double before = evalLoss(model, tok, image);
            try (LoraNetwork net = LoraNetwork.load(dir.resolve("out/ohwx.safetensors"), model.config(), root)) {
                net.applyTo(model);
                double after = evalLoss(model, tok, image);
                System.out.printf("overfit: base loss %.4f, trained %.4f%n", before, after);
                assertTrue(after < 0.9 * before, "loss on the training image: base " + before + ", trained " + after);
            }
        }
    }

    /** Mean ε-MSE over fixed (timestep, noise) pairs for the image's VAE-mean latents and caption. */
    private static double evalLoss(Sd15Model model, ClipTokenizer tok, Path image) {
        NDManager m = model.manager();
        DdpmSchedule ddpm = DdpmSchedule.sd15();
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            RgbImage img = ImageLoader.load(image);
            float[] chw = new float[3 * img.width() * img.height()];
            img.toChw(chw, 0);
            NDArray pixels = Tensors.owned(m.create(chw, new Shape(1, 3, img.height(), img.width())));
            NDArray latents = model.vae().scale(model.vae().encode(pixels).mean());
            int[] ids = tok.encode("Subject, tag0, common");
            long[] lids = new long[ids.length];
            for (int i = 0; i < ids.length; i++) {
                lids[i] = ids[i];
            }
            NDArray ehs = model.textEncoder().encode(Tensors.owned(m.create(lids, new Shape(1, ids.length))), 1);
            SplittableRandom rng = new SplittableRandom(99);
            double sum = 0;
            for (long t : TIMESTEPS) {
                float[] n = RandomStreams.gaussian(rng, (int) latents.size());
                NDArray noise = Tensors.owned(m.create(n, latents.getShape()));
                NDArray noisy = ddpm.addNoise(latents, noise, new long[] {t});
                NDArray eps = model.unet().forward(noisy, Tensors.owned(m.create(new long[] {t})), ehs);
                sum += eps.sub(noise).square().mean().getFloat();
            }
            return sum / TIMESTEPS.length;
        }
    }
}
