package io.tagwright.trainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.testutil.Shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LoraKeysCommandTest {

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = LoraKeysCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sd15Rank96() {
        Result r = run("--arch", "sd15", "--dim", "96", "--alpha", "72");
        assertEquals(0, r.status(), r.err());
        Map<String, Object> json = Json.parseObject(r.out());
        assertEquals(264L, json.get("n_modules"));
        assertEquals(792L, json.get("n_keys"));
        assertEquals(56_623_104L, json.get("n_params"));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) json.get("modules")).get(0);
        assertEquals("lora_te_text_model_encoder_layers_0_self_attn_k_proj", first.get("name"));
        assertEquals(List.of(96L, 768L), first.get("lora_down"));
        assertEquals(72.0, first.get("alpha"));
        Result u = run("--dim", "96", "--alpha", "72", "--unet-only");
        assertEquals(192L, Json.parseObject(u.out()).get("n_modules"));
    }

    /** The tiny model's table printed from its config equals sd-scripts' own list. */
    @Test
    void tinyConfigMatchesKohya() throws IOException {
        Result r = run("--config", Shared.tinyConfig().toString(), "--dim", "4", "--alpha", "3");
        assertEquals(0, r.status(), r.err());
        Map<String, Object> json = Json.parseObject(r.out());
        Map<String, Object> golden = Json.parseObject(Files.readString(Shared.tiny().resolve("lora_tiny_modules.json")));
        List<?> ours = (List<?>) json.get("modules");
        List<?> theirs = (List<?>) golden.get("modules");
        assertEquals(theirs.size(), ours.size());
        for (int i = 0; i < ours.size(); i++) {
            Map<?, ?> a = (Map<?, ?>) ours.get(i);
            Map<?, ?> b = (Map<?, ?>) theirs.get(i);
            for (String key : List.of("name", "module", "org_class", "in_features", "out_features", "lora_down",
                    "lora_up", "alpha")) {
                assertEquals(b.get(key), a.get(key), key + " of module " + i);
            }
        }
        assertEquals(golden.get("n_params"), json.get("n_params"));
    }

    @Test
    void usageErrors() {
        Result r = run("--alpha", "3");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--dim is required"), r.err());
        assertEquals(2, run("--dim", "4", "--bogus").status());
        assertEquals(2, run("--dim", "4", "--arch", "sdxl").status());
        Result missing = run("--dim", "4", "--config", "/nonexistent/config.json");
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("/nonexistent/config.json"), missing.err());
        assertEquals(0, run("--help").status());
    }
}
