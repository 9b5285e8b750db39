package io.tagwright.core.thumbnails;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes an image and scales it down to a thumbnail: large images are subsampled while decoding (much
 * faster than decoding every pixel), then halved step by step with bilinear filtering, which looks close to
 * an area average. Opaque thumbnails are stored as JPEG, those with transparency as PNG.
 */
final class Thumbnails {

    static final List<String> EXTENSIONS = List.of(".jpg", ".png");

    record Encoded(byte[] bytes, String extension) {
    }

    private Thumbnails() {
    }

    static boolean isThumbnailName(String name) {
        return EXTENSIONS.stream().anyMatch(name::endsWith) && !name.startsWith(".");
    }

    static Encoded make(Path image, int edge) throws IOException {
        BufferedImage decoded = decode(image, edge);
        BufferedImage scaled = scale(decoded, edge);
        boolean alpha = scaled.getColorModel().hasAlpha();
        return alpha ? new Encoded(png(scaled), ".png") : new Encoded(jpeg(scaled), ".jpg");
    }

    private static BufferedImage decode(Path image, int edge) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            if (in == null) {
                throw new IOException("cannot open " + image);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("cannot make a thumbnail of " + image + ": no decoder for its format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                // keep at least twice the thumbnail's size so the final scaling still smooths
                int step = Math.max(1, Math.max(w, h) / (edge * 2));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } catch (IOException | RuntimeException e) {
                throw new IOException("cannot decode " + image + ": " + e.getMessage(), e);
            } finally {
                reader.dispose();
            }
        }
    }

    static BufferedImage scale(BufferedImage src, int edge) {
        int w = src.getWidth();
        int h = src.getHeight();
        double factor = Math.min(1.0, (double) edge / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * factor));
        int th = Math.max(1, (int) Math.round(h * factor));
        int type = src.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = src;
        int cw = w;
        int ch = h;
        do {
            cw = Math.max(tw, cw / 2);
            ch = Math.max(th, ch / 2);
            BufferedImage next = new BufferedImage(cw, ch, type);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, cw, ch, null);
            g.dispose();
            current = next;
        } while (cw != tw || ch != th);
        return current;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        return bytes.toByteArray();
    }
}
