package io.tagwright.trainer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reads an image's width and height from its header without decoding the pixels. */
public final class ImageHeaders {

    static {
        ImageIO.scanForPlugins(); // picks up the WebP reader when the JAR came in late (OSGi, custom class loaders)
    }

    private ImageHeaders() {
    }

    /** {width, height}; throws {@link DatasetException} naming the file for unreadable or corrupt images. */
    public static int[] size(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(Files.newInputStream(file))) {
            if (in == null) {
                throw new DatasetException(file + ": cannot open image");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new DatasetException(file + ": not a readable image (the content is not PNG, JPEG, WebP or BMP)");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                int w = r.getWidth(0);
                int h = r.getHeight(0);
                if (w <= 0 || h <= 0) {
                    throw new DatasetException(file + ": image has no pixels");
                }
                return new int[] {w, h};
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DatasetException de) {
                throw de;
            }
            throw new DatasetException(file + ": corrupt or unreadable image: " + e.getMessage(), e);
        }
    }
}
