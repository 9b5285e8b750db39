package io.tagwright.trainer.sd15.config;

import java.io.IOException;
import java.nio.file.Path;

/** A model configuration that cannot be read or describes an architecture the trainer does not build. */
public final class ModelConfigException extends IOException {
    private static final long serialVersionUID = 1L;

    public ModelConfigException(Path source, String problem) {
        super((source == null ? "model config" : source.toString()) + ": " + problem);
    }

    public ModelConfigException(Path source, String problem, Throwable cause) {
        super((source == null ? "model config" : source.toString()) + ": " + problem, cause);
    }
}
