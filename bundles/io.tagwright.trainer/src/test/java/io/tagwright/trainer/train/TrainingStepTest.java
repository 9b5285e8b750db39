package io.tagwright.trainer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import io.tagwright.trainer.lora.LoraComponent;
import io.tagwright.trainer.lora.LoraNetwork;
import io.tagwright.trainer.lora.LoraSettings;
import io.tagwright.trainer.nn.OpsBackend;
import io.tagwright.trainer.optim.AdamW;
import io.tagwright.trainer.optim.Trainable;
import io.tagwright.trainer.schedule.LrSchedules;
import io.tagwright.trainer.sd15.Sd15Model;
import io.tagwright.trainer.sd15.checkpoint.Sd15ModelLoader;
import io.tagwright.trainer.sd15.config.ModelConfig;
import io.tagwright.trainer.sd15.config.ModelConfigReader;
import io.tagwright.trainer.testutil.Golden;
import io.tagwright.trainer.testutil.Shared;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour of the training step beyond the one-step goldens. */
class TrainingStepTest {

    static ModelConfig tiny;
    static NDManager root;
    static Sd15Model model;

    @BeforeAll
    static void load() throws IOException {
        tiny = ModelConfigReader.read(Shared.tinyConfig());
        root = NDManager.newBaseManager();
        model = Sd15ModelLoader.builder().setSource(Shared.diffusersFolder()).optManager(root)
                .optComponents(java.util.EnumSet.of(Sd15ModelLoader.Component.TEXT_ENCODER,
                        Sd15ModelLoader.Component.UNET))
                .optOpsBackend(OpsBackend.FUSED).build().load();
    }

    @AfterAll
    static void close() {
        model.close();
        root.close();
    }

    private static TrainBatch batch(NDManager m, Golden g) {
        return TrainBatch.builder().setLatents(g.array(m, "latents")).setNoise(g.array(m, "noise"))
                .setTimesteps(999, 37).optInputIds(g.array(m, "input_ids")).build();
    }

    /** Repeated steps on one batch lower the loss, and no arrays pile up on any manager. */
    @Test
    void trainsWithoutLeaking() {
        LoraSettings s = LoraSettings.builder().setRank(4).setAlpha(4).build();
        try (NDManager m = root.newSubManager(); LoraNetwork net = LoraNetwork.create(tiny, s, m, 1).applyTo(model);
                AdamW opt = AdamW.builder().build(); Golden g = new Golden("lora_tiny_step_te_unet.safetensors")) {
            LoraTrainingStep step = LoraTrainingStep.builder().setModel(model).setNetwork(net).setOptimizer(opt)
                    .setLearningRate(3e-3).optSchedule(LrSchedules.constantWithWarmup(2)).build();
            TrainBatch b = batch(m, g);
            List<Float> losses = new ArrayList<>();
            int arraysAfterFirst = -1;
            for (int i = 0; i < 12; i++) {
                StepResult r = step.step(b, i);
                losses.add(r.loss());
                assertEquals(3e-3 * Math.min(1.0, i / 2.0), r.learningRates().get("unet"), 1e-12);
                if (i == 1) {
                    arraysAfterFirst = root.getManagedArrays().size();
                }
            }
            assertEquals(arraysAfterFirst, root.getManagedArrays().size(), "arrays pile up across steps");
            assertTrue(losses.get(11) < losses.get(2) * 0.97, "loss should fall: " + losses);
            net.detach();
        }
    }

    /** Two accumulated micro-batches of the same data give the gradients of one. */
    @Test
    void gradientAccumulationAveragesMicroBatches() {
        LoraSettings s = LoraSettings.builder().setRank(4).setAlpha(4).optUnetOnly(true).build();
        try (NDManager m = root.newSubManager(); LoraNetwork net = LoraNetwork.create(tiny, s, m, 2);
                AdamW opt = AdamW.builder().build(); Golden g = new Golden("lora_tiny_step_te_unet.safetensors");
                NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            net.applyTo(model);
            for (var mod : net.modules()) {
                mod.up().addi(mod.up().onesLike().mul(mod.up().onesLike().mul(0.01f)));
            }
            TrainBatch b = batch(m, g);
            LoraTrainingStep single = LoraTrainingStep.builder().setModel(model).setNetwork(net).setOptimizer(opt)
                    .setLearningRate(1e-4).optTrainTextEncoder(false).build();
            single.forwardBackward(b);
            List<float[]> once = grads(net.parameters());
            net.zeroGradients();
            LoraTrainingStep twice = LoraTrainingStep.builder().setModel(model).setNetwork(net).setOptimizer(opt)
                    .setLearningRate(1e-4).optTrainTextEncoder(false).optGradientAccumulation(2).build();
            twice.forwardBackward(b);
            twice.forwardBackward(b);
            List<float[]> acc = grads(net.parameters());
            for (int i = 0; i < once.size(); i++) {
                float[] a = once.get(i);
                float[] c = acc.get(i);
                for (int k = 0; k < a.length; k++) {
                    assertEquals(a[k], c[k], 1e-6f * Math.abs(a[k]) + 1e-12f);
                }
            }
            assertTrue(once.stream().anyMatch(x -> x[0] != 0f));
            net.detach();
        }
    }

    private static List<float[]> grads(List<Trainable> params) {
        List<float[]> out = new ArrayList<>();
        for (Trainable p : params) {
            NDArray gr = p.gradient();
            out.add(gr == null ? new float[0] : gr.toFloatArray());
        }
        return out;
    }

    @Test
    void unetOnlyLeavesTheTextEncoderLoraAlone() {
        LoraSettings s = LoraSettings.builder().setRank(4).setAlpha(4).build();
        try (NDManager m = root.newSubManager(); LoraNetwork net = LoraNetwork.create(tiny, s, m, 3).applyTo(model);
                AdamW opt = AdamW.builder().build(); Golden g = new Golden("lora_tiny_step_te_unet.safetensors")) {
            float[] teBefore = net.modules(LoraComponent.TEXT_ENCODER).get(0).down().toFloatArray();
            LoraTrainingStep step = LoraTrainingStep.builder().setModel(model).setNetwork(net).setOptimizer(opt)
                    .setLearningRate(1e-3).optTrainTextEncoder(false).build();
            assertEquals(1, step.groups().size());
            step.step(batch(m, g), 0);
            assertArrayEquals(teBefore, net.modules(LoraComponent.TEXT_ENCODER).get(0).down().toFloatArray());
            net.detach();
        }
    }

    @Test
    void refusesCachedStatesWhenTrainingTheTextEncoder() {
        LoraSettings s = LoraSettings.builder().setRank(4).setAlpha(4).build();
        try (NDManager m = root.newSubManager(); LoraNetwork net = LoraNetwork.create(tiny, s, m, 4).applyTo(model);
                AdamW opt = AdamW.builder().build(); Golden g = new Golden("lora_tiny_step_unet_only.safetensors");
                NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            LoraTrainingStep step = LoraTrainingStep.builder().setModel(model).setNetwork(net).setOptimizer(opt)
                    .setLearningRate(1e-3).build();
            TrainBatch cached = TrainBatch.builder().setLatents(g.array(m, "latents")).setNoise(g.array(m, "noise"))
                    .setTimesteps(500).optEncoderHiddenStates(g.array(m, "encoder_hidden_states")).build();
            assertThrows(IllegalStateException.class, () -> step.forwardBackward(cached));
            assertThrows(IllegalArgumentException.class, () -> TrainBatch.builder().setLatents(g.array(m, "latents"))
                    .setNoise(g.array(m, "noise")).setTimesteps(1, 2).optInputIds(g.array(m, "latents")).build());
            net.detach();
        }
    }
}
