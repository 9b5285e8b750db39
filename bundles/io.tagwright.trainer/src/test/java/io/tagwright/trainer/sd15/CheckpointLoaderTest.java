package io.tagwright.trainer.sd15;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import io.tagwright.trainer.io.DType;
import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.io.SafetensorsWriter;
import io.tagwright.trainer.io.TensorInfo;
import io.tagwright.trainer.nn.OpsBackend;
import io.tagwright.trainer.sd15.checkpoint.CheckpointException;
import io.tagwright.trainer.sd15.checkpoint.Sd15ModelLoader;
import io.tagwright.trainer.sd15.checkpoint.Sd15ModelLoader.Component;
import io.tagwright.trainer.sd15.config.ModelConfig;
import io.tagwright.trainer.sd15.config.ModelConfigReader;
import io.tagwright.trainer.testutil.Shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointLoaderTest {

    @TempDir
    Path dir;

    static ModelConfig tiny;

    @BeforeAll
    static void config() throws IOException {
        tiny = ModelConfigReader.read(Shared.tinyConfig());
    }

    private static Sd15Model load(Path p, ModelConfig c) throws IOException {
        return Sd15ModelLoader.builder().setSource(p).optConfig(c).optOpsBackend(OpsBackend.COMPOSED).build().load();
    }

    /** Copies the tiny LDM checkpoint, dropping keys, converting dtypes and adding extras. */
    private Path variant(String name, Predicate<String> keep, DType floatType, String extraKey) throws IOException {
        SafetensorsWriter w = new SafetensorsWriter();
        try (SafetensorsReader r = SafetensorsReader.open(Shared.ldmCheckpoint())) {
            for (TensorInfo t : r.tensors().values()) {
                if (!keep.test(t.name())) {
                    continue;
                }
                if (t.dtype() == DType.F32) {
                    w.addFloats(t.name(), floatType, t.shape(), r.readFloats(t.name()));
                } else {
                    w.add(t.name(), t.dtype(), t.shape(), r.bytes(t.name()));
                }
            }
        }
        if (extraKey != null) {
            w.addFloats(extraKey, DType.F32, new long[] {2}, new float[] {1, 2});
        }
        Path p = dir.resolve(name);
        w.write(p);
        return p;
    }

    @Test
    void refusesPickles() throws IOException {
        for (String ext : new String[] {"model.ckpt", "model.pt", "model.bin", "model.pth"}) {
            Path p = dir.resolve(ext);
            Files.write(p, new byte[] {1, 2, 3});
            CheckpointException e = assertThrows(CheckpointException.class, () -> load(p, tiny));
            assertTrue(e.getMessage().contains(p.toString()) && e.getMessage().contains("pickle"), e.getMessage());
        }
        Path pickled = dir.resolve("disguised.safetensors");
        Files.write(pickled, new byte[] {(byte) 0x80, 2, '}', 'q', 0});
        assertTrue(assertThrows(CheckpointException.class, () -> load(pickled, tiny)).getMessage()
                .contains("pickle header"));
        Path zip = dir.resolve("zipped.safetensors");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 0, 0});
        assertTrue(assertThrows(CheckpointException.class, () -> load(zip, tiny)).getMessage().contains("zip"));
        Path folder = dir.resolve("diffusers");
        Files.createDirectories(folder.resolve("unet"));
        Files.copy(Shared.diffusersFolder().resolve("unet/config.json"), folder.resolve("unet/config.json"));
        Files.write(folder.resolve("unet/diffusion_pytorch_model.bin"), new byte[] {(byte) 0x80, 2});
        CheckpointException e = assertThrows(CheckpointException.class, () -> Sd15ModelLoader.builder()
                .setSource(folder).optConfig(tiny).optComponents(EnumSet.of(Component.UNET)).build().load());
        assertTrue(e.getMessage().contains("pickle"), e.getMessage());
    }

    @Test
    void halfPrecisionCheckpointLoadsAsFloat32() throws IOException {
        Path p = variant("f16.safetensors", k -> k.startsWith("cond_stage_model"), DType.F16, null);
        try (Sd15Model m = Sd15ModelLoader.builder().setSource(p).optConfig(tiny)
                .optComponents(EnumSet.of(Component.TEXT_ENCODER)).build().load();
                SafetensorsReader r = SafetensorsReader.open(Shared.ldmCheckpoint())) {
            String key = "text_model.encoder.layers.0.mlp.fc1.weight";
            NDArray w = m.textEncoder().context().parameters().get(key).get();
            assertEquals(ai.djl.ndarray.types.DataType.FLOAT32, w.getDataType());
            float[] original = r.readFloats("cond_stage_model.transformer." + key);
            float[] loaded = w.toFloatArray();
            for (int i = 0; i < loaded.length; i++) {
                assertEquals(Float.float16ToFloat(Float.floatToFloat16(original[i])), loaded[i]);
            }
            assertTrue(!m.hasUnet() && !m.hasVae());
        }
    }

    @Test
    void ignoresEmaAndScheduleBuffers() throws IOException {
        Path p = variant("ema.safetensors", k -> true, DType.F32, "model_ema.decay");
        try (Sd15Model m = load(p, tiny)) {
            assertTrue(m.hasUnet());
        }
    }

    @Test
    void reportsMissingUnexpectedAndMisshapen() throws IOException {
        Path missing = variant("missing.safetensors",
                k -> !k.equals("model.diffusion_model.input_blocks.1.1.proj_in.weight"), DType.F32, null);
        CheckpointException e = assertThrows(CheckpointException.class, () -> load(missing, tiny));
        assertTrue(e.getMessage().contains("1 missing weights: model.diffusion_model.input_blocks.1.1.proj_in.weight")
                && e.getMessage().contains(missing.toString()), e.getMessage());

        Path extra = variant("extra.safetensors", k -> true, DType.F32, "model.diffusion_model.surprise.weight");
        e = assertThrows(CheckpointException.class, () -> load(extra, tiny));
        assertTrue(e.getMessage().contains("1 unexpected keys: model.diffusion_model.surprise.weight"), e.getMessage());

        // the tiny file read with SD1.5's sizes: every shape is wrong, and the message says what to do
        e = assertThrows(CheckpointException.class, () -> load(Shared.ldmCheckpoint(), null));
        assertTrue(e.getMessage().contains("wrong shape") && e.getMessage().contains("pass the model's config"),
                e.getMessage());
    }

    @Test
    void missingSource() {
        assertThrows(CheckpointException.class, () -> load(dir.resolve("nope.safetensors"), tiny));
    }
}
