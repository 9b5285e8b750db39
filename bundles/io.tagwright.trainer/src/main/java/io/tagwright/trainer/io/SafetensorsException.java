package io.tagwright.trainer.io;

import java.io.IOException;
import java.nio.file.Path;

/** A safetensors file that is malformed, truncated, or otherwise unusable; the message names the file. */
public final class SafetensorsException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public SafetensorsException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public SafetensorsException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
