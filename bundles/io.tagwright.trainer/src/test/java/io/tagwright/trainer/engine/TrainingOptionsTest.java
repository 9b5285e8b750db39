package io.tagwright.trainer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.io.Npz;
import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.protocol.event.TrainerEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Short real runs for settings the other end-to-end tests do not use. */
class TrainingOptionsTest {

    @Test
    void relativeStepAdafactorLongCaptionsAndClipSkip(@TempDir Path dir) throws Exception {
        Path cfg = TinyRun.setup(dir, 2, 1, """
                max_train_steps = 2
                optimizer_type = "Adafactor"
                lr_scheduler = "adafactor"
                max_token_length = 225
                clip_skip = 2
                mixed_precision = "fp16"
                """);
        TinyRun.Result r = TinyRun.train("--config", cfg.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.of(TrainerEvent.Warning.class).stream().anyMatch(w -> w.message().contains("mixed_precision fp16")),
                r.events().toString());
        double lr = r.of(TrainerEvent.Step.class).get(1).learningRates().get("unet");
        assertTrue(lr > 0 && lr != 1e-3, "relative-step Adafactor reports its own rate: " + lr);
        try (SafetensorsReader f = SafetensorsReader.open(dir.resolve("out/ohwx.safetensors"))) {
            assertEquals("adafactor:0.001", f.metadata().get("ss_lr_scheduler"));
            assertEquals("2", f.metadata().get("ss_clip_skip"));
        }
    }

    @Test
    void fixedRateAdafactorWithWarmupReportsTheScheduledRate(@TempDir Path dir) throws Exception {
        Path cfg = TinyRun.setup(dir, 2, 1, """
                max_train_steps = 3
                optimizer_type = "Adafactor"
                optimizer_args = ["scale_parameter=False", "relative_step=False", "warmup_init=False"]
                lr_scheduler = "constant_with_warmup"
                lr_warmup_steps = 2
                text_encoder_lr = 5e-4
                """);
        TinyRun.Result r = TinyRun.train("--config", cfg.toString());
        assertEquals(0, r.code(), r.err());
        List<TrainerEvent.Step> steps = r.of(TrainerEvent.Step.class);
        // logged after the scheduler stepped, as kohya: step 1 shows the rate of step 2 (1/2 of warm-up)
        assertEquals(0.5e-3, steps.get(0).learningRates().get("unet"), 1e-12);
        assertEquals(0.25e-3, steps.get(0).learningRates().get("textencoder"), 1e-12);
        assertEquals(1e-3, steps.get(1).learningRates().get("unet"), 1e-12);
    }

    @Test
    void latentsCachedOnDiskAreReusedAndTrainTheSame(@TempDir Path dir) throws Exception {
        Path cfg = TinyRun.setup(dir, 2, 2, """
                max_train_steps = 3
                cache_latents_to_disk = true
                flip_aug = true
                """);
        TinyRun.Result first = TinyRun.train("--config", cfg.toString());
        assertEquals(0, first.code(), first.err());
        Path npz = dir.resolve("img/2_ohwx/img 000.npz");
        Map<String, Npz.Array> cache = Npz.read(npz);
        assertEquals(List.of("latents", "original_size", "crop_ltrb", "latents_flipped"), List.copyOf(cache.keySet()));
        assertArrayEquals(new long[] {4, 8, 8}, cache.get("latents").shape());
        Files.setLastModifiedTime(npz, FileTime.fromMillis(1000));
        byte[] weights = Files.readAllBytes(dir.resolve("out/ohwx.safetensors"));
        Files.delete(dir.resolve("out/ohwx.safetensors"));

        TinyRun.Result second = TinyRun.train("--config", cfg.toString());
        assertEquals(0, second.code(), second.err());
        assertEquals(1000, Files.getLastModifiedTime(npz).toMillis(), "the cache was reused, not rewritten");
        try (SafetensorsReader a = SafetensorsReader.open(dir.resolve("out/ohwx.safetensors"))) {
            Files.write(dir.resolve("first.safetensors"), weights);
            try (SafetensorsReader b = SafetensorsReader.open(dir.resolve("first.safetensors"))) {
                for (String n : a.names()) {
                    assertArrayEquals(b.readFloats(n), a.readFloats(n), 0f, n);
                }
            }
        }
    }

    @Test
    void problemsEndTheRunWithTheirExitCodes(@TempDir Path dir) throws Exception {
        Path unsupported = TinyRun.setup(dir.resolve("u"), 1, 1, "max_train_steps = 1\nnetwork_dropout = 0.1\n");
        TinyRun.Result u = TinyRun.train("--config", unsupported.toString());
        assertEquals(3, u.code(), u.err());
        TrainerEvent.Error e = u.of(TrainerEvent.Error.class).get(0);
        assertEquals(TrainerEvent.ErrorKind.CONFIG, e.kind());
        assertTrue(e.message().contains("network_dropout"), e.message());

        Path diverging = TinyRun.setup(dir.resolve("d"), 1, 4, "max_train_steps = 4\nlearning_rate = 1e30\nmax_grad_norm = 0\n");
        TinyRun.Result d = TinyRun.train("--config", diverging.toString());
        assertEquals(7, d.code(), d.err());
        assertTrue(d.of(TrainerEvent.Error.class).get(0).message().contains("loss became"), d.events().toString());
        assertFalse(d.events().stream().anyMatch(ev -> ev instanceof TrainerEvent.Step s && !Double.isFinite(s.loss())));
        assertEquals(TrainerEvent.Status.FAILED, d.finished().status());
    }
}
