package io.tagwright.trainer.sd15;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import io.tagwright.trainer.nn.OpsBackend;
import io.tagwright.trainer.sd15.checkpoint.Sd15ModelLoader;
import io.tagwright.trainer.sd15.config.ModelConfigReader;
import io.tagwright.trainer.sd15.vae.LatentDistribution;
import io.tagwright.trainer.testutil.Golden;
import io.tagwright.trainer.testutil.Parity;
import io.tagwright.trainer.testutil.Shared;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forward parity of CLIP, VAE and UNet with the goldens, for the model loaded from the LDM single file
 * (fused ops) and from the diffusers folder (composed ops).
 */
class Sd15ParityTest {

    static Sd15Model ldm;
    static Sd15Model diffusers;
    static NDManager manager;

    @BeforeAll
    static void load() throws IOException {
        ldm = Sd15ModelLoader.builder().setSource(Shared.ldmCheckpoint())
                .optConfig(ModelConfigReader.read(Shared.tinyConfig())).optOpsBackend(OpsBackend.FUSED).build().load();
        diffusers = Sd15ModelLoader.builder().setSource(Shared.diffusersFolder())
                .optOpsBackend(OpsBackend.COMPOSED).build().load();
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void close() {
        ldm.close();
        diffusers.close();
        manager.close();
    }

    static Stream<String> sources() {
        return Stream.of("ldm", "diffusers");
    }

    static Sd15Model model(String source) {
        return source.equals("ldm") ? ldm : diffusers;
    }

    static String group(String what, String source) {
        return what + "[" + source + "," + model(source).ops().name() + "]";
    }

    @Test
    void backendsAreTheOnesAsked() {
        assertEquals("fused", ldm.ops().name());
        assertEquals("composed", diffusers.ops().name());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void clipText(String source) {
        Sd15Model m = model(source);
        String g = group("clip", source);
        try (Golden gold = new Golden("clip_text.safetensors"); NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray ids = gold.array(manager, "input_ids");
            List<NDArray> hs = m.textEncoder().hiddenStates(ids, m.textEncoder().layerCount());
            Parity.check(g, "embeddings", hs.get(0), gold.floats("embeddings"), gold.shape("embeddings"));
            Parity.check(g, "hidden_states_1", hs.get(1), gold.floats("hidden_states_1"), gold.shape("hidden_states_1"));
            Parity.check(g, "hidden_states_2", hs.get(2), gold.floats("hidden_states_2"), gold.shape("hidden_states_2"));
            Parity.check(g, "last_hidden_state", m.textEncoder().encode(ids, 1), gold.floats("last_hidden_state"),
                    gold.shape("last_hidden_state"));
            Parity.check(g, "clip_skip2", m.textEncoder().encode(ids, 2), gold.floats("clip_skip2"),
                    gold.shape("clip_skip2"));
        }
    }

    @ParameterizedTest
    @MethodSource("sources")
    void vae(String source) {
        Sd15Model m = model(source);
        String g = group("vae", source);
        try (Golden gold = new Golden("vae.safetensors"); NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray image = gold.array(manager, "image");
            NDArray encoderOut = m.vae().encoderOutput(image);
            Parity.check(g, "encoder_out", encoderOut, gold.floats("encoder_out"), gold.shape("encoder_out"));
            NDArray moments = m.vae().moments(image);
            Parity.check(g, "moments", moments, gold.floats("moments"), gold.shape("moments"));
            LatentDistribution dist = LatentDistribution.fromMoments(moments);
            Parity.check(g, "mean", dist.mean(), gold.floats("mean"), gold.shape("mean"));
            Parity.check(g, "logvar", dist.logvar(), gold.floats("logvar"), gold.shape("logvar"));
            Parity.check(g, "std", dist.std(), gold.floats("std"), gold.shape("std"));
            Parity.check(g, "latents_scaled", m.vae().scale(dist.mean()), gold.floats("latents_scaled"),
                    gold.shape("latents_scaled"));
            Parity.check(g, "sample", dist.sample(gold.array(manager, "sample_eps")), gold.floats("sample"),
                    gold.shape("sample"));
            NDArray latents = m.vae().unscale(gold.array(manager, "latents_scaled"));
            Parity.check(g, "decoded", m.vae().decode(latents), gold.floats("decoded"), gold.shape("decoded"));
        }
    }

    @ParameterizedTest
    @MethodSource("sources")
    void unet(String source) {
        Sd15Model m = model(source);
        String g = group("unet", source);
        try (Golden gold = new Golden("unet.safetensors"); NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray t999 = manager.create(new long[] {999});
            NDArray t37 = manager.create(new long[] {37});
            Parity.check(g, "time_proj_t999", m.unet().timeEmbedding().project(t999), gold.floats("time_proj_t999"),
                    gold.shape("time_proj_t999"));
            Parity.check(g, "time_proj_t37", m.unet().timeEmbedding().project(t37), gold.floats("time_proj_t37"),
                    gold.shape("time_proj_t37"));
            Parity.check(g, "time_emb_t999", m.unet().timeEmbedding().forward(t999), gold.floats("time_emb_t999"),
                    gold.shape("time_emb_t999"));
            Parity.check(g, "time_emb_t37", m.unet().timeEmbedding().forward(t37), gold.floats("time_emb_t37"),
                    gold.shape("time_emb_t37"));
            NDArray ehs1 = gold.array(manager, "ehs1");
            NDArray sq = gold.array(manager, "lat_sq");
            NDArray wide = gold.array(manager, "lat_wide");
            check(g, gold, "eps_sq_t999", m.unet().forward(sq, t999, ehs1));
            check(g, gold, "eps_sq_t37", m.unet().forward(sq, t37, ehs1));
            check(g, gold, "eps_wide_t999", m.unet().forward(wide, t999, ehs1));
            check(g, gold, "eps_wide_t37", m.unet().forward(wide, t37, ehs1));
            check(g, gold, "eps_b2_t999_37", m.unet().forward(gold.array(manager, "lat_b2"),
                    manager.create(new long[] {999, 37}), gold.array(manager, "ehs2")));
        }
    }

    private static void check(String g, Golden gold, String name, NDArray actual) {
        Parity.check(g, name, actual, gold.floats(name), gold.shape(name));
    }

    /** The same weights from the two layouts give bit-identical outputs with the same ops. */
    @Test
    void ldmFileAndDiffusersFolderAgree() throws IOException {
        try (Sd15Model ldmComposed = Sd15ModelLoader.builder().setSource(Shared.ldmCheckpoint())
                .optConfig(ModelConfigReader.read(Shared.tinyConfig())).optOpsBackend(OpsBackend.COMPOSED).build()
                .load(); Golden gu = new Golden("unet.safetensors"); Golden gc = new Golden("clip_text.safetensors");
                Golden gv = new Golden("vae.safetensors"); NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            for (var e : diffusers.unet().context().parameters().entrySet()) {
                NDArray other = ldmComposed.unet().context().parameters().get(e.getKey()).get();
                assertEquals(0f, e.getValue().get().sub(other).abs().max().getFloat(), e.getKey());
            }
            NDArray t = manager.create(new long[] {999, 37});
            NDArray a = ldmComposed.unet().forward(gu.array(manager, "lat_b2"), t, gu.array(manager, "ehs2"));
            NDArray b = diffusers.unet().forward(gu.array(manager, "lat_b2"), t, gu.array(manager, "ehs2"));
            assertEquals(0f, a.sub(b).abs().max().getFloat());
            NDArray ids = gc.array(manager, "input_ids");
            assertEquals(0f, ldmComposed.textEncoder().encode(ids, 1).sub(diffusers.textEncoder().encode(ids, 1))
                    .abs().max().getFloat());
            NDArray img = gv.array(manager, "image");
            assertEquals(0f, ldmComposed.vae().moments(img).sub(diffusers.vae().moments(img)).abs().max().getFloat());
        }
    }
}
