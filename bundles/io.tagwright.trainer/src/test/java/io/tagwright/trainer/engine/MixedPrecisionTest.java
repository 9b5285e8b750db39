package io.tagwright.trainer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.protocol.event.TrainerEvent;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.tagwright.trainer.nn.OpsBackend;
import io.tagwright.trainer.sd15.Sd15Model;
import io.tagwright.trainer.sd15.checkpoint.Sd15ModelLoader;
import io.tagwright.trainer.testutil.Shared;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GPU's mixed-precision path (half-precision base weights and activations, float32 LoRA, float16
 * loss scaling) forced onto the CPU: it trains, samples and saves, and its losses stay close to the
 * float32 run's under the same seed (same data, noise and timesteps).
 */
class MixedPrecisionTest {

    private static final String SETTINGS = """
            max_train_steps = 4
            sample_prompts = "prompts.txt"
            sample_every_n_epochs = 1
            """;

    private static List<Double> losses(TinyRun.Result r) {
        return r.of(TrainerEvent.Step.class).stream().map(TrainerEvent.Step::loss).toList();
    }

    private static TinyRun.Result train(Path dir, String mixed) throws Exception {
        Path cfg = TinyRun.setup(dir, 2, 2, SETTINGS + "mixed_precision = \"" + mixed + "\"\n");
        String old = System.getProperty("tagwright.mixedPrecisionOnCpu");
        System.setProperty("tagwright.mixedPrecisionOnCpu", "true");
        try {
            return TinyRun.train("--config", cfg.toString());
        } finally {
            if (old == null) {
                System.clearProperty("tagwright.mixedPrecisionOnCpu");
            } else {
                System.setProperty("tagwright.mixedPrecisionOnCpu", old);
            }
        }
    }

    @Test
    void halfPrecisionTrainsLikeFloat32(@TempDir Path dir) throws Exception {
        TinyRun.Result fp32 = train(dir.resolve("fp32"), "no");
        assertEquals(0, fp32.code(), fp32.err());
        for (String mixed : List.of("bf16", "fp16")) {
            TinyRun.Result r = train(dir.resolve(mixed), mixed);
            assertEquals(0, r.code(), mixed + ": " + r.err());
            assertFalse(r.of(TrainerEvent.Warning.class).stream().anyMatch(w -> w.message().contains("float32")),
                    mixed + " ran in half precision: " + r.of(TrainerEvent.Warning.class));
            List<Double> a = losses(fp32);
            List<Double> b = losses(r);
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i), b.get(i), 0.02 * a.get(i), mixed + " step " + (i + 1) + ": " + a + " vs " + b);
            }
            assertEquals(2, r.of(TrainerEvent.SampleWritten.class).size());
            try (SafetensorsReader f = SafetensorsReader.open(dir.resolve(mixed).resolve("out/ohwx.safetensors"))) {
                assertEquals(mixed, f.metadata().get("ss_mixed_precision"));
                assertEquals("F32", f.info("lora_unet_mid_block_attentions_0_proj_in.lora_down.weight").dtype().headerName(),
                        "the LoRA itself trains in float32");
            }
        }
    }

    @Test
    void theFrozenUnetAndTextEncoderGoToHalfPrecisionTheVaeStays() throws Exception {
        try (NDManager root = NDManager.newBaseManager();
                Sd15Model model = Sd15ModelLoader.builder().setSource(Shared.diffusersFolder()).optManager(root)
                        .optOpsBackend(OpsBackend.FUSED).build().load()) {
            List<String> warnings = new ArrayList<>();
            assertEquals(Precision.Mode.FLOAT16, Precision.apply(model, Precision.Mode.FLOAT16, warnings::add));
            assertTrue(warnings.isEmpty(), warnings.toString());
            assertTrue(model.unet().context().parameters().values().stream()
                    .allMatch(p -> p.get().getDataType() == DataType.FLOAT16));
            assertTrue(model.textEncoder().context().parameters().values().stream()
                    .allMatch(p -> p.get().getDataType() == DataType.FLOAT16));
            assertTrue(model.vae().context().parameters().values().stream()
                    .allMatch(p -> p.get().getDataType() == DataType.FLOAT32));
        }
    }
}
