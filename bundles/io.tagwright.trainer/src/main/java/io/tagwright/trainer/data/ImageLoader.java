package io.tagwright.trainer.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Decodes training images (PNG, JPEG, BMP through ImageIO; WebP through TwelveMonkeys' ImageIO plugin). */
public final class ImageLoader {

    static {
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    private ImageLoader() {
    }

    /** The image's RGB pixels; EXIF orientation is not applied (sd-scripts does not apply it either). */
    public static RgbImage load(Path file) {
        try (InputStream raw = Files.newInputStream(file); ImageInputStream in = ImageIO.createImageInputStream(raw)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new DatasetException(file + ": not a readable image (the content is not PNG, JPEG, WebP or BMP)");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                BufferedImage img = r.read(0);
                return RgbImage.of(img);
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DatasetException de) {
                throw de;
            }
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (why.contains("Unsupported Image Type")) {
                why = "CMYK or otherwise unsupported JPEG colour type; save it as RGB";
            }
            throw new DatasetException(file + ": cannot decode image: " + why, e);
        }
    }

    /**
     * sd-scripts' {@code trim_and_resize_if_required}: resize (INTER_AREA) to {@code resized} when it
     * differs, then crop to the bucket, centred or at {@code cropX/cropY} when given (random crop).
     * Returns {x, y} of the crop in {@code cropOut} when not null.
     */
    public static RgbImage fitToBucket(RgbImage img, int resizedW, int resizedH, int bucketW, int bucketH,
            java.util.random.RandomGenerator randomCrop, int[] cropOut) {
        RgbImage r = Resize.area(img, resizedW, resizedH);
        int x = 0;
        int y = 0;
        int w = r.width();
        int h = r.height();
        if (w > bucketW) {
            int trim = w - bucketW;
            x = randomCrop == null ? trim / 2 : randomCrop.nextInt(trim + 1);
            w = bucketW;
        }
        if (h > bucketH) {
            int trim = h - bucketH;
            y = randomCrop == null ? trim / 2 : randomCrop.nextInt(trim + 1);
            h = bucketH;
        }
        if (w != bucketW || h != bucketH) {
            throw new IllegalStateException("image resized to " + r.width() + "x" + r.height() + " does not cover bucket "
                    + bucketW + "x" + bucketH);
        }
        if (cropOut != null) {
            cropOut[0] = x;
            cropOut[1] = y;
        }
        return (x == 0 && y == 0 && w == r.width() && h == r.height()) ? r : r.crop(x, y, w, h);
    }
}
