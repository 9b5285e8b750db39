package io.tagwright.core.image;

import java.io.IOException;
import java.nio.file.Path;

/** An image whose header cannot be understood: corrupt, truncated, or not an image at all. */
public final class ImageHeaderException extends IOException {
    private static final long serialVersionUID = 1L;

    public ImageHeaderException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
    }
}
