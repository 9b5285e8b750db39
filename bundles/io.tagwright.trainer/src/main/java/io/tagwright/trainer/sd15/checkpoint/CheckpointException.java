package io.tagwright.trainer.sd15.checkpoint;

import java.io.IOException;
import java.nio.file.Path;

/** A checkpoint that cannot be loaded: wrong format, missing or unexpected weights, wrong shapes. */
public final class CheckpointException extends IOException {
    private static final long serialVersionUID = 1L;

    public CheckpointException(Path source, String problem) {
        super(source + ": " + problem);
    }
}
