package io.tagwright.trainer.sd15;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.sd15.config.ModelConfig;
import io.tagwright.trainer.sd15.config.ModelConfigException;
import io.tagwright.trainer.sd15.config.ModelConfigReader;
import io.tagwright.trainer.testutil.Shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelConfigReaderTest {

    @TempDir
    Path dir;

    @Test
    void tinyConfigFileAndDiffusersFolderAgree() throws IOException {
        ModelConfig combined = ModelConfigReader.read(Shared.tinyConfig());
        ModelConfig folder = ModelConfigReader.read(Shared.diffusersFolder());
        assertEquals(combined, folder);
        assertEquals(folder, ModelConfigReader.read(Shared.diffusersFolder().resolve("model_index.json")));
        assertEquals(List.of(16, 32, 64, 64), combined.unet().blockOutChannels());
        assertEquals(List.of(8, 8, 8, 8), combined.unet().attentionHeads());
        assertEquals(64, combined.unet().timeEmbedDim());
        assertEquals(32, combined.textEncoder().hiddenSize());
        assertEquals(37, combined.textEncoder().intermediateSize());
        assertEquals(8, combined.vae().normNumGroups());
    }

    @Test
    void singleComponentConfigKeepsSd15ForTheRest() throws IOException {
        ModelConfig m = ModelConfigReader.read(Shared.diffusersFolder().resolve("unet/config.json"));
        assertEquals(16, m.unet().channels(0));
        assertEquals(ModelConfig.sd15().textEncoder(), m.textEncoder());
    }

    @Test
    void refusesWhatItDoesNotBuild() throws IOException {
        String unet = Files.readString(Shared.diffusersFolder().resolve("unet/config.json"));
        Path bad = dir.resolve("config.json");
        Files.writeString(bad, unet.replace("\"class_embed_type\": null", "\"class_embed_type\": \"timestep\""));
        ModelConfigException e = assertThrows(ModelConfigException.class, () -> ModelConfigReader.read(bad));
        assertTrue(e.getMessage().contains("class_embed_type") && e.getMessage().contains(bad.toString()),
                e.getMessage());
        Files.writeString(bad, "{\"hello\": 1}");
        assertThrows(ModelConfigException.class, () -> ModelConfigReader.read(bad));
        Files.writeString(bad, "{nope");
        e = assertThrows(ModelConfigException.class, () -> ModelConfigReader.read(bad));
        assertTrue(e.getMessage().contains("invalid JSON"));
        e = assertThrows(ModelConfigException.class, () -> ModelConfigReader.read(dir));
        assertTrue(e.getMessage().contains("unet/config.json"), e.getMessage());
    }
}
