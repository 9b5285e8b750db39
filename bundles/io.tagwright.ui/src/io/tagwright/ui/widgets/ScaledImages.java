package io.tagwright.ui.widgets;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * Scaling pictures once instead of on every paint: drawing an image scaled with good interpolation costs a
 * few milliseconds per image in cairo, which adds up to a sluggish gallery when done for every cell on every
 * repaint. Thumbnails are scaled in background jobs ({@link #read}); previews keep one scaled copy per size
 * ({@link Cache}).
 */
public final class ScaledImages {

    private ScaledImages() {
    }

    /**
     * Reads an image file and scales it (never up) to fit {@code edge} × {@code edge}, as SWT image data.
     * Safe in any thread; no display needed.
     */
    public static ImageData read(Path file, int edge) throws IOException {
        BufferedImage src = ImageIO.read(file.toFile());
        if (src == null) {
            throw new IOException("cannot decode " + file);
        }
        double s = Math.min(1.0, Math.min((double) edge / src.getWidth(), (double) edge / src.getHeight()));
        int w = Math.max(1, (int) Math.round(src.getWidth() * s));
        int h = Math.max(1, (int) Math.round(src.getHeight() * s));
        BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = dst.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return toImageData(dst);
    }

    /** Converts an ARGB image to SWT image data (24-bit direct colour with an alpha channel). */
    static ImageData toImageData(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[w];
        byte[] alpha = new byte[w * h];
        boolean transparent = false;
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int a = row[x] >>> 24;
                alpha[y * w + x] = (byte) a;
                transparent |= a != 255;
                row[x] &= 0xFFFFFF;
            }
            data.setPixels(0, y, w, row, 0);
        }
        if (transparent) {
            data.alphaData = alpha;
        }
        return data;
    }

    /** One scaled copy of an image, remade when the size changes; dispose it with its owner. */
    public static final class Cache {
        private Image source;
        private Image scaled;
        private int width;
        private int height;

        /** The source drawn at {@code w} × {@code h} with high-quality interpolation (cached). UI thread. */
        public Image get(Display display, Image src, int w, int h) {
            if (src != source || w != width || h != height || scaled == null || scaled.isDisposed()) {
                dispose();
                source = src;
                width = w;
                height = h;
                Rectangle b = src.getBounds();
                if (b.width == w && b.height == h) {
                    return src;
                }
                scaled = new Image(display, Math.max(1, w), Math.max(1, h));
                GC gc = new GC(scaled);
                gc.setInterpolation(SWT.HIGH);
                gc.drawImage(src, 0, 0, b.width, b.height, 0, 0, w, h);
                gc.dispose();
            }
            return scaled == null ? src : scaled;
        }

        public void dispose() {
            if (scaled != null && !scaled.isDisposed()) {
                scaled.dispose();
            }
            scaled = null;
            source = null;
        }
    }
}
