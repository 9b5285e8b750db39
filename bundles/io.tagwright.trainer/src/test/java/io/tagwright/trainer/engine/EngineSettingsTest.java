package io.tagwright.trainer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.io.DType;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.event.TrainerEvent.ErrorKind;
import io.tagwright.trainer.run.TrainingException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EngineSettingsTest {

    private final List<String> warnings = new ArrayList<>();

    private EngineSettings read(String toml) throws TrainingException {
        return EngineSettings.from(RunConfig.parse("network_dim = 8\nnetwork_alpha = 4\n" + toml, "t.toml"), warnings::add);
    }

    @Test
    void kohyaDefaults() throws Exception {
        EngineSettings s = read("");
        assertEquals(8, s.lora().rank());
        assertEquals("AdamW", s.optimizer().type());
        assertEquals("constant", s.scheduler());
        assertEquals(2e-6, s.learningRate());
        assertEquals(1.0, s.maxGradNorm());
        assertEquals(1, s.clipSkip());
        assertEquals(75, s.maxTokenLength());
        assertEquals(DType.F32, s.saveDtype());
        assertEquals("ddim", s.sampler());
        assertEquals(0, s.noise().minTimestep());
        assertEquals(1000, s.noise().maxTimestep());
        assertTrue(s.lora().textEncoder() && s.lora().unet());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void relativeStepAdafactorIgnoresTheLearningRateAndUsesItsScheduler() throws Exception {
        EngineSettings s = read("optimizer_type = \"Adafactor\"\nlr_scheduler = \"cosine\"\nunet_lr = 1e-4\n");
        assertTrue(s.optimizer().relativeStep());
        assertEquals("adafactor", s.scheduler());
        assertNull(s.learningRate());
        assertNull(s.unetLr());
        EngineSettings fixed = read("optimizer_type = \"Adafactor\"\noptimizer_args = [\"scale_parameter=False\", "
                + "\"relative_step=False\", \"warmup_init=False\"]\nlearning_rate = 1e-4\nlr_scheduler = \"linear\"\n");
        assertFalse(fixed.optimizer().relativeStep());
        assertEquals("linear", fixed.scheduler());
        assertEquals(1e-4, fixed.learningRate());
    }

    @Test
    void adamW8bitTrainsAsAdamWAndSaysSo() throws Exception {
        EngineSettings s = read("optimizer_type = \"AdamW8bit\"\noptimizer_args = [\"weight_decay=0.1\"]\n");
        assertEquals("AdamW", s.optimizer().type());
        assertEquals("torch.optim.adamw.AdamW(weight_decay=0.1)", s.optimizer().metadataName());
        assertTrue(warnings.get(0).contains("AdamW8bit"), warnings.toString());
        assertNull(read("optimizer_type = \"AdamW\"\n").optimizer().metadataName());
    }

    @Test
    void optionsThatWouldChangeTheResultAreRefused() {
        for (String bad : List.of("network_dropout = 0.1", "multires_noise_iterations = 6", "optimizer_type = \"Lion\"",
                "lr_scheduler = \"polynomial\"", "network_args = [\"rank_dropout=0.1\"]", "scale_weight_norms = 1.0",
                "adaptive_noise_scale = 0.01", "optimizer_args = [\"foo=1\"]", "min_timestep = 500\nmax_timestep = 100")) {
            TrainingException e = assertThrows(TrainingException.class, () -> read(bad + "\n"), bad);
            assertEquals(ErrorKind.CONFIG, e.kind(), bad);
        }
    }

    @Test
    void samplersLoConAndTextEncoderRateZero() throws Exception {
        EngineSettings s = read("sample_sampler = \"k_dpm_2\"\nsample_prompts = \"p.txt\"\n"
                + "network_args = [\"conv_dim=4\", \"conv_alpha=2\"]\ntext_encoder_lr = 0\nsave_precision = \"bf16\"\n");
        assertEquals("ddim", s.sampler());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("k_dpm_2")), warnings.toString());
        assertEquals(4, s.lora().convRank());
        assertEquals(2f, s.lora().convAlpha());
        assertTrue(s.textEncoderLrZero());
        assertEquals(DType.BF16, s.saveDtype());
        assertEquals("euler_a", read("sample_sampler = \"euler_a\"\n").sampler());
    }
}
