package io.tagwright.trainer.testutil;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only test data folder passed in by surefire as {@code tagwright.shared}. */
public final class Shared {

    private Shared() {
    }

    public static Path root() {
        String p = System.getProperty("tagwright.shared");
        if (p == null || p.isBlank()) {
            throw new IllegalStateException("system property tagwright.shared is not set (surefire sets it)");
        }
        Path root = Path.of(p);
        if (!Files.isDirectory(root.resolve("data/sd15-tiny"))) {
            throw new IllegalStateException("no data/sd15-tiny under tagwright.shared=" + root);
        }
        return root;
    }

    public static Path tiny() {
        return root().resolve("data/sd15-tiny");
    }

    public static Path golden(String fileName) {
        return tiny().resolve("goldens").resolve(fileName);
    }

    public static Path ldmCheckpoint() {
        return tiny().resolve("models/tiny_sd15_ldm.safetensors");
    }

    public static Path diffusersFolder() {
        return tiny().resolve("models/tiny_sd15_diffusers");
    }

    public static Path tinyConfig() {
        return tiny().resolve("tiny_config.json");
    }
}
