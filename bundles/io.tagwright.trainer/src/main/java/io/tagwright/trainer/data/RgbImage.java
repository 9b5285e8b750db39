package io.tagwright.trainer.data;

import java.awt.image.BufferedImage;

/**
 * An 8-bit RGB image, rows top to bottom, pixels interleaved R,G,B (numpy's HWC uint8), the form
 * sd-scripts' resize, crop and augmentation work on.
 */
public record RgbImage(int width, int height, byte[] rgb) {

    public RgbImage {
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("rgb has " + rgb.length + " bytes, not " + width + "*" + height + "*3");
        }
    }

    /** The RGB channels of {@code img}; alpha is dropped without compositing, as PIL's {@code convert("RGB")} does. */
    public static RgbImage of(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] row = new int[w];
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            int o = y * w * 3;
            for (int x = 0; x < w; x++) {
                int p = row[x];
                out[o++] = (byte) (p >> 16);
                out[o++] = (byte) (p >> 8);
                out[o++] = (byte) p;
            }
        }
        return new RgbImage(w, h, out);
    }

    public int get(int x, int y, int c) {
        return rgb[(y * width + x) * 3 + c] & 0xFF;
    }

    public BufferedImage toBufferedImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            int o = y * width * 3;
            for (int x = 0; x < width; x++) {
                row[x] = ((rgb[o] & 0xFF) << 16) | ((rgb[o + 1] & 0xFF) << 8) | (rgb[o + 2] & 0xFF);
                o += 3;
            }
            img.setRGB(0, y, width, 1, row, 0, width);
        }
        return img;
    }

    /** The columns {@code x0..x0+w} and rows {@code y0..y0+h}. */
    public RgbImage crop(int x0, int y0, int w, int h) {
        if (x0 < 0 || y0 < 0 || x0 + w > width || y0 + h > height) {
            throw new IllegalArgumentException("crop outside the image");
        }
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            System.arraycopy(rgb, ((y0 + y) * width + x0) * 3, out, y * w * 3, w * 3);
        }
        return new RgbImage(w, h, out);
    }

    /** Mirrored left to right ({@code img[:, ::-1]}). */
    public RgbImage flipHorizontal() {
        byte[] out = new byte[rgb.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int s = (y * width + x) * 3;
                int d = (y * width + (width - 1 - x)) * 3;
                out[d] = rgb[s];
                out[d + 1] = rgb[s + 1];
                out[d + 2] = rgb[s + 2];
            }
        }
        return new RgbImage(width, height, out);
    }

    /**
     * Writes the image as CHW floats normalized to [-1, 1] at {@code offset}: torchvision's
     * {@code ToTensor()} then {@code Normalize([0.5], [0.5])}, in float32 as torch computes it.
     */
    public void toChw(float[] dst, int offset) {
        int plane = width * height;
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < 3; c++) {
                float v = (rgb[i * 3 + c] & 0xFF) / 255.0f;
                dst[offset + c * plane + i] = (v - 0.5f) / 0.5f;
            }
        }
    }
}
