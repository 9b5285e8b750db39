package io.tagwright.trainer.testdata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only test data in {@code shared/data}, located through the {@code tagwright.shared} system property. */
public final class SharedData {
    private SharedData() {
    }

    public static Path path(String relative) {
        String root = System.getProperty("tagwright.shared");
        assertTrue(root != null, "system property tagwright.shared is not set (surefire sets it)");
        Path p = Path.of(root, "data").resolve(relative);
        assertTrue(Files.exists(p), "missing test data " + p);
        return p;
    }
}
