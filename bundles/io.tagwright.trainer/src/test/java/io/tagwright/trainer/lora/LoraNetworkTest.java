package io.tagwright.trainer.lora;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import io.tagwright.trainer.io.DType;
import io.tagwright.trainer.io.HalfFloats;
import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.io.SafetensorsWriter;
import io.tagwright.trainer.io.TensorInfo;
import io.tagwright.trainer.nn.OpsBackend;
import io.tagwright.trainer.sd15.Sd15Model;
import io.tagwright.trainer.sd15.checkpoint.Sd15ModelLoader;
import io.tagwright.trainer.sd15.config.ModelConfig;
import io.tagwright.trainer.sd15.config.ModelConfigReader;
import io.tagwright.trainer.testutil.Golden;
import io.tagwright.trainer.testutil.Parity;
import io.tagwright.trainer.testutil.Shared;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoraNetworkTest {

    static ModelConfig tiny;
    static Sd15Model model;
    static NDManager manager;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        tiny = ModelConfigReader.read(Shared.tinyConfig());
        model = Sd15ModelLoader.builder().setSource(Shared.ldmCheckpoint()).optConfig(tiny)
                .optComponents(java.util.EnumSet.of(Sd15ModelLoader.Component.TEXT_ENCODER,
                        Sd15ModelLoader.Component.UNET))
                .optOpsBackend(OpsBackend.FUSED).build().load();
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void close() {
        model.close();
        manager.close();
    }

    private static void assertSameTensors(Path expected, Path actual) throws IOException {
        try (SafetensorsReader a = SafetensorsReader.open(expected); SafetensorsReader b = SafetensorsReader.open(actual)) {
            assertEquals(new java.util.TreeSet<>(a.names()), new java.util.TreeSet<>(b.names()));
            for (String n : a.names()) {
                TensorInfo ia = a.info(n);
                TensorInfo ib = b.info(n);
                assertEquals(ia.dtype(), ib.dtype(), n);
                assertArrayEquals(ia.shape(), ib.shape(), n);
                ByteBuffer x = a.bytes(n);
                ByteBuffer y = b.bytes(n);
                assertEquals(0, x.compareTo(y), n + " bytes differ");
            }
        }
    }

    @Test
    void loadsKohyasFileAndResavesIdenticalTensors() throws IOException {
        Path golden = Shared.golden("lora_tiny_init.safetensors");
        try (LoraNetwork net = LoraNetwork.load(golden, tiny, manager); SafetensorsReader g = SafetensorsReader.open(golden)) {
            assertEquals(204, net.modules().size());
            assertEquals(87_120, net.parameterCount());
            LoraModule first = net.modules().get(0);
            assertEquals("lora_te_text_model_encoder_layers_0_self_attn_k_proj", first.name());
            assertEquals(4, first.rank());
            assertEquals(3f, first.alpha());
            assertEquals(0.75, first.scale());
            // same modules, same order as a freshly planned network
            LoraPlan plan = LoraPlan.sd15(tiny, LoraSettings.builder().setRank(4).setAlpha(3).build());
            for (int i = 0; i < plan.moduleCount(); i++) {
                assertEquals(plan.targets().get(i), net.modules().get(i).target());
            }
            Path out = dir.resolve("resaved.safetensors");
            net.save(out, DType.F32, g.metadata());
            assertSameTensors(golden, out);
            try (SafetensorsReader r = SafetensorsReader.open(out)) {
                // kohya's sshs_model_hash is the sha256 of the data section: ours equals the golden's
                assertEquals(g.metadata().get("sshs_model_hash"), r.metadata().get("sshs_model_hash"));
                assertEquals("e3b0c442", r.metadata().get("sshs_legacy_hash"));
                assertEquals("tiny_lora", r.metadata().get("modelspec.title"));
            }
        }
    }

    @Test
    void fp16FileRoundTripsBitExactly() throws IOException {
        Path golden = Shared.golden("lora_tiny_init_fp16.safetensors");
        try (LoraNetwork net = LoraNetwork.load(golden, tiny, manager)) {
            Path out = dir.resolve("fp16.safetensors");
            net.save(out, DType.F16, Map.of());
            assertSameTensors(golden, out);
            Path bf = dir.resolve("bf16.safetensors");
            net.save(bf, DType.BF16, Map.of("ss_network_dim", "4"));
            try (SafetensorsReader r = SafetensorsReader.open(bf); SafetensorsReader f32 = SafetensorsReader.open(
                    Shared.golden("lora_tiny_init.safetensors"))) {
                String name = "lora_unet_mid_block_attentions_0_proj_in.lora_up.weight";
                assertEquals(DType.BF16, r.info(name).dtype());
                assertEquals(DType.BF16, r.info("lora_unet_mid_block_attentions_0_proj_in.alpha").dtype());
                float[] fromFp16 = net.modules().stream().filter(m -> m.name().equals(
                        "lora_unet_mid_block_attentions_0_proj_in")).findFirst().orElseThrow().up().toFloatArray();
                float[] saved = r.readFloats(name);
                for (int i = 0; i < saved.length; i++) {
                    assertEquals(HalfFloats.fromBF16(HalfFloats.toBF16(fromFp16[i])), saved[i]);
                }
                assertEquals("4", r.metadata().get("ss_network_dim"));
                assertTrue(f32.contains(name));
            }
        }
    }

    @Test
    void createInitialisesLikeKohya() {
        LoraSettings s = LoraSettings.builder().setRank(4).setAlpha(3).build();
        try (LoraNetwork a = LoraNetwork.create(tiny, s, manager, 42); LoraNetwork b = LoraNetwork.create(tiny, s,
                manager, 42); LoraNetwork c = LoraNetwork.create(tiny, s, manager, 43)) {
            assertEquals(204, a.modules().size());
            for (LoraModule m : a.modules()) {
                float[] down = m.down().toFloatArray();
                long[] ds = m.down().getShape().getShape();
                double bound = 1 / Math.sqrt(ds[1] * (ds.length == 4 ? ds[2] * ds[3] : 1));
                double max = 0;
                for (float v : down) {
                    max = Math.max(max, Math.abs(v));
                }
                assertTrue(max <= bound && max > bound * 0.5, m.name() + " down within Kaiming bound");
                assertEquals(0f, m.up().abs().max().getFloat(), m.name() + " up is zero");
            }
            assertArrayEquals(a.modules().get(5).down().toFloatArray(), b.modules().get(5).down().toFloatArray());
            assertFalse(java.util.Arrays.equals(a.modules().get(5).down().toFloatArray(),
                    c.modules().get(5).down().toFloatArray()));
        }
    }

    @Test
    void forwardWithLoraMatchesKohya() throws IOException {
        try (LoraNetwork net = LoraNetwork.load(Shared.golden("lora_tiny_init.safetensors"), tiny, manager);
                Golden fwd = new Golden("lora_tiny_forward.safetensors"); Golden clip = new Golden("clip_text.safetensors");
                Golden unet = new Golden("unet.safetensors"); NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            net.applyTo(model);
            NDArray ids = clip.array(manager, "input_ids");
            Parity.check("lora_forward", "te_last_hidden_state", model.textEncoder().encode(ids, 1),
                    fwd.floats("te_last_hidden_state"), fwd.shape("te_last_hidden_state"));
            Parity.check("lora_forward", "te_clip_skip2", model.textEncoder().encode(ids, 2),
                    fwd.floats("te_clip_skip2"), fwd.shape("te_clip_skip2"));
            NDArray ehs1 = unet.array(manager, "ehs1");
            NDArray t999 = manager.create(new long[] {999});
            NDArray t37 = manager.create(new long[] {37});
            NDArray sq = unet.array(manager, "lat_sq");
            NDArray wide = unet.array(manager, "lat_wide");
            check(fwd, "eps_sq_t999", model.unet().forward(sq, t999, ehs1));
            check(fwd, "eps_sq_t37", model.unet().forward(sq, t37, ehs1));
            check(fwd, "eps_wide_t999", model.unet().forward(wide, t999, ehs1));
            check(fwd, "eps_wide_t37", model.unet().forward(wide, t37, ehs1));
            check(fwd, "eps_b2_t999_37", model.unet().forward(unet.array(manager, "lat_b2"),
                    manager.create(new long[] {999, 37}), unet.array(manager, "ehs2")));
            net.setMultiplier(0.5);
            check(fwd, "eps_sq_t999_mult0.5", model.unet().forward(sq, t999, ehs1));
            net.setMultiplier(1.0);
            net.detach();
            // without the network the base model's output returns
            Parity.check("lora_forward", "detached", model.unet().forward(sq, t999, ehs1),
                    unet.floats("eps_sq_t999"), unet.shape("eps_sq_t999"));
        }
    }

    private static void check(Golden g, String name, NDArray actual) {
        Parity.check("lora_forward", name, actual, g.floats(name), g.shape(name));
    }

    /** LoCon: a 3×3 stride-2 conv gets conv2d(conv2d(x, down, stride 2, pad 1), up 1×1)·scale added. */
    @Test
    void loconAdaptsConvLayersAndRoundTrips() throws IOException {
        LoraSettings s = LoraSettings.builder().setRank(4).setAlpha(2).optConv(3, 1.5f).optUnetOnly(true).build();
        try (LoraNetwork net = LoraNetwork.create(tiny, s, manager, 5); NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            for (LoraModule m : net.modules()) {
                m.up().addi(manager.randomNormal(0f, 0.1f, m.up().getShape(), ai.djl.ndarray.types.DataType.FLOAT32));
            }
            String path = "down_blocks.1.downsamplers.0.conv";
            LoraModule mod = net.modules().stream().filter(m -> m.target().modulePath().equals(path)).findFirst()
                    .orElseThrow();
            assertEquals(3, mod.rank());
            assertArrayEquals(new long[] {3, 32, 3, 3}, mod.down().getShape().getShape());
            io.tagwright.trainer.nn.AdaptableLayer layer = model.unet().context().layers().get(path);
            io.tagwright.trainer.nn.Ops ops = model.ops();
            NDArray x = manager.randomNormal(new ai.djl.ndarray.types.Shape(1, 32, 8, 8));
            NDArray bias = model.unet().context().parameters().get(path + ".bias").get();
            NDArray base = ops.conv2d(x, layer.weight(), bias, 2, 1);
            NDArray lora = ops.conv2d(ops.conv2d(x, mod.down(), null, 2, 1), mod.up(), null, 1, 0).mul(0.5f);
            net.applyTo(model);
            NDArray adapted = ((io.tagwright.trainer.nn.Conv2d) layer).forward(x);
            Parity.check("locon", "downsampler", adapted, base.add(lora).toFloatArray(), new long[] {1, 32, 4, 4}, 1e-6);
            // the whole UNet runs with conv modules on resnets and samplers
            NDArray eps = model.unet().forward(manager.randomNormal(new ai.djl.ndarray.types.Shape(1, 4, 8, 8)),
                    manager.create(new long[] {10}), manager.randomNormal(new ai.djl.ndarray.types.Shape(1, 77, 32)));
            assertEquals(4, eps.getShape().get(1));
            net.detach();
            Path out = dir.resolve("locon.safetensors");
            net.save(out, DType.F32, Map.of());
            try (LoraNetwork back = LoraNetwork.load(out, tiny, manager)) {
                assertEquals(net.modules().size(), back.modules().size());
                LoraModule again = back.modules().stream().filter(m -> m.target().modulePath().equals(path))
                        .findFirst().orElseThrow();
                assertEquals(1.5f, again.alpha());
                assertArrayEquals(mod.up().toFloatArray(), again.up().toFloatArray());
            }
        }
    }

    /** Base weights never take gradients; only LoRA tensors do. */
    @Test
    void baseWeightsAreFrozen() {
        for (var p : model.unet().context().parameters().values()) {
            assertFalse(p.get().hasGradient(), p.name());
        }
        for (var p : model.textEncoder().context().parameters().values()) {
            assertFalse(p.get().hasGradient(), p.name());
        }
    }

    @Test
    void refusesForeignFiles() throws IOException {
        Path foreign = dir.resolve("foreign.safetensors");
        new SafetensorsWriter().addFloats("lora_unet_input_blocks_4_1_proj_in.lora_down.weight", DType.F32,
                new long[] {1, 1}, new float[] {1}).write(foreign);
        LoraFormatException e = assertThrows(LoraFormatException.class, () -> LoraNetwork.load(foreign, tiny, manager));
        assertTrue(e.getMessage().contains("does not exist in this model") && e.getMessage().contains(foreign.toString()));
        Path wrongShape = dir.resolve("shape.safetensors");
        new SafetensorsWriter()
                .addFloats("lora_unet_mid_block_attentions_0_proj_in.lora_down.weight", DType.F32, new long[] {4, 3},
                        new float[12])
                .addFloats("lora_unet_mid_block_attentions_0_proj_in.lora_up.weight", DType.F32, new long[] {64, 4},
                        new float[256])
                .write(wrongShape);
        e = assertThrows(LoraFormatException.class, () -> LoraNetwork.load(wrongShape, tiny, manager));
        assertTrue(e.getMessage().contains("needs [4, 64, 1, 1]"), e.getMessage());
        Path odd = dir.resolve("odd.safetensors");
        new SafetensorsWriter().addFloats("lora_unet_mid_block_attentions_0_proj_in.hada_w1_a", DType.F32,
                new long[] {1}, new float[1]).write(odd);
        assertThrows(LoraFormatException.class, () -> LoraNetwork.load(odd, tiny, manager));
    }
}
