package io.tagwright.trainer.sd15;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import io.tagwright.trainer.io.DType;
import io.tagwright.trainer.io.HalfFloats;
import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.io.SafetensorsWriter;
import io.tagwright.trainer.nn.OpsBackend;
import io.tagwright.trainer.nn.Parameter;
import io.tagwright.trainer.sd15.checkpoint.CheckpointException;
import io.tagwright.trainer.sd15.checkpoint.Sd15ModelLoader;
import io.tagwright.trainer.testutil.Shared;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kohya's --vae: the VAE's weights from a standalone LDM VAE file (as sd-vae-ft-mse ships) or a checkpoint. */
class VaeOverrideTest {

    private static Sd15Model load(NDManager root, Path vae) throws Exception {
        Sd15ModelLoader.Builder b = Sd15ModelLoader.builder().setSource(Shared.diffusersFolder()).optManager(root)
                .optComponents(EnumSet.of(Sd15ModelLoader.Component.VAE)).optOpsBackend(OpsBackend.COMPOSED);
        if (vae != null) {
            b.optVae(vae);
        }
        return b.build().load();
    }

    @Test
    void aStandaloneLdmVaeReplacesTheModelsVae(@TempDir Path dir) throws Exception {
        // the tiny checkpoint's first_stage_model.* keys without the prefix, scaled so they differ
        Path vaeFile = dir.resolve("vae.safetensors");
        SafetensorsWriter w = new SafetensorsWriter();
        try (SafetensorsReader r = SafetensorsReader.open(Shared.ldmCheckpoint())) {
            for (String k : r.names()) {
                if (k.startsWith("first_stage_model.")) {
                    float[] v = r.readFloats(k);
                    for (int i = 0; i < v.length; i++) {
                        v[i] *= 2;
                    }
                    w.addFloats(k.substring("first_stage_model.".length()), DType.F16, r.info(k).shape(), v);
                }
            }
        }
        w.addFloats("model_ema.decay", DType.F32, new long[0], new float[] {0.999f});
        w.write(vaeFile);
        try (NDManager root = NDManager.newBaseManager(); Sd15Model base = load(root, null);
                Sd15Model replaced = load(root, vaeFile)) {
            Map<String, Parameter> a = base.vae().context().parameters();
            Map<String, Parameter> b = replaced.vae().context().parameters();
            assertEquals(a.keySet(), b.keySet());
            for (String k : a.keySet()) {
                float[] want = a.get(k).get().toFloatArray();
                for (int i = 0; i < want.length; i++) {
                    want[i] = HalfFloats.fromF16(HalfFloats.toF16(want[i] * 2));
                }
                assertArrayEquals(want, b.get(k).get().toFloatArray(), 0f, k);
            }
        }
        Path empty = dir.resolve("empty.safetensors");
        new SafetensorsWriter().addFloats("x", DType.F32, new long[] {1}, new float[] {1}).write(empty);
        try (NDManager root = NDManager.newBaseManager()) {
            assertThrows(CheckpointException.class, () -> load(root, empty));
        }
    }
}
