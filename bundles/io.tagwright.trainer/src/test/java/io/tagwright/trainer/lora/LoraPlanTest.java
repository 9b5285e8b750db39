package io.tagwright.trainer.lora;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.sd15.config.ModelConfig;
import io.tagwright.trainer.sd15.config.ModelConfigReader;
import io.tagwright.trainer.testutil.Shared;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LoraPlanTest {

    private static long[] longs(Object list) {
        return ((List<?>) list).stream().mapToLong(o -> (Long) o).toArray();
    }

    /** The module set, order, shapes and alphas equal the list sd-scripts produced for the tiny model. */
    @Test
    void tinyPlanEqualsKohyasModuleList() throws IOException {
        Map<String, Object> golden = Json.parseObject(Files.readString(Shared.tiny().resolve("lora_tiny_modules.json")));
        List<?> modules = (List<?>) golden.get("modules");
        ModelConfig tiny = ModelConfigReader.read(Shared.tinyConfig());
        LoraPlan plan = LoraPlan.sd15(tiny, LoraSettings.builder().setRank(4).setAlpha(3f).build());
        assertEquals(204, plan.moduleCount());
        assertEquals(modules.size(), plan.moduleCount());
        assertEquals(golden.get("n_params"), plan.parameterCount());
        assertEquals(golden.get("n_keys"), (long) plan.tensorCount());
        for (int i = 0; i < modules.size(); i++) {
            Map<?, ?> m = (Map<?, ?>) modules.get(i);
            LoraTarget t = plan.targets().get(i);
            String where = "module " + i + " " + m.get("name");
            assertEquals(m.get("name"), t.name(), where);
            assertEquals(m.get("module"), t.modulePath(), where);
            assertEquals(m.get("org_class"), t.orgClass(), where);
            assertEquals(((Long) m.get("in_features")).intValue(), t.in(), where);
            assertEquals(((Long) m.get("out_features")).intValue(), t.out(), where);
            assertArrayEquals(longs(m.get("lora_down")), t.downShape(), where);
            assertArrayEquals(longs(m.get("lora_up")), t.upShape(), where);
            assertEquals(((Number) m.get("alpha")).floatValue(), t.alpha(), where);
        }
    }

    @Test
    void realSd15AtRank96() {
        LoraPlan plan = LoraPlan.sd15(ModelConfig.sd15(), LoraSettings.builder().setRank(96).setAlpha(72f).build());
        assertEquals(264, plan.moduleCount());
        assertEquals(792, plan.tensorCount());
        assertEquals(56_623_104L, plan.parameterCount());
        assertEquals(15_925_248L, plan.parameterCount(LoraComponent.TEXT_ENCODER));
        assertEquals(40_697_856L, plan.parameterCount(LoraComponent.UNET));
        assertEquals(32, plan.targets().stream().filter(t -> t.orgClass().equals("Conv2d1x1")).count());
        assertEquals(232, plan.targets().stream().filter(t -> t.orgClass().equals("Linear")).count());
        assertEquals(0.75, plan.targets().get(0).scale(), 1e-12);
    }

    @Test
    void unetOnlyAndTextEncoderOnly() {
        LoraPlan u = LoraPlan.sd15(ModelConfig.sd15(),
                LoraSettings.builder().setRank(8).setAlpha(4).optUnetOnly(true).build());
        assertEquals(192, u.moduleCount());
        assertEquals(LoraComponent.UNET, u.targets().get(0).component());
        LoraPlan t = LoraPlan.sd15(ModelConfig.sd15(),
                LoraSettings.builder().setRank(8).setAlpha(4).optTextEncoderOnly(true).build());
        assertEquals(72, t.moduleCount());
    }

    @Test
    void loconAddsResnetAndSamplerConvs() {
        LoraPlan plan = LoraPlan.sd15(ModelConfig.sd15(),
                LoraSettings.builder().setRank(16).setAlpha(8).optConv(8, 4).optUnetOnly(true).build());
        Map<String, LoraTarget> byName = new java.util.HashMap<>();
        plan.targets().forEach(x -> byName.put(x.name(), x));
        LoraTarget conv1 = byName.get("lora_unet_down_blocks_0_resnets_0_conv1");
        assertArrayEquals(new long[] {8, 320, 3, 3}, conv1.downShape());
        assertArrayEquals(new long[] {320, 8, 1, 1}, conv1.upShape());
        assertEquals(4f, conv1.alpha());
        LoraTarget shortcut = byName.get("lora_unet_down_blocks_1_resnets_0_conv_shortcut");
        assertArrayEquals(new long[] {16, 320, 1, 1}, shortcut.downShape());
        LoraTarget temb = byName.get("lora_unet_up_blocks_0_resnets_2_time_emb_proj");
        assertArrayEquals(new long[] {16, 1280}, temb.downShape());
        LoraTarget down = byName.get("lora_unet_down_blocks_2_downsamplers_0_conv");
        assertEquals(2, down.stride());
        assertEquals(1, down.padding());
        assertEquals(3, down.kernel());
        LoraTarget up = byName.get("lora_unet_up_blocks_2_upsamplers_0_conv");
        assertEquals(1, up.stride());
        // 22 resnets x (conv1, conv2, time_emb_proj) + 14 shortcuts (2 down, all 12 up) + 3 + 3 samplers + the 192
        assertEquals(192 + 22 * 3 + 14 + 6, plan.moduleCount());
    }
}
