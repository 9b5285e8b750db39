package io.tagwright.trainer.lora;

import java.io.IOException;
import java.nio.file.Path;

/** A LoRA file that does not fit the model or is not in kohya's format; the message names the file. */
public final class LoraFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public LoraFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
