package io.tagwright.tests.common;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only test data beside the repository ({@code ../shared/data}); its location comes from the build. */
public final class SharedData {

    private SharedData() {
    }

    public static Path path(String relative) {
        String base = System.getProperty("tagwright.shared");
        if (base == null) {
            throw new IllegalStateException("system property tagwright.shared is not set (the build sets it)");
        }
        Path p = Path.of(base, "data", relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared test data missing: " + p);
        }
        return p;
    }
}
