package io.tagwright.trainer.data;

import java.util.random.RandomGenerator;

/**
 * sd-scripts' {@code color_aug} (v0.7.1 AugHelper): with probability 0.33, either a hue shift of up
 * to ±8 on OpenCV's 0..180 hue scale, or a "gamma" that raises the raw 0..255 values to a power
 * in [0.95, 1.05] and clips. As in sd-scripts, the RGB image goes through OpenCV's BGR
 * conversion, so red and blue trade places in the hue computation; OpenCV's 8-bit HSV arithmetic
 * is reproduced.
 */
public final class ColorAugment {
    private static final int HUE_SHIFT_LIMIT = 8;
    private static final int[] SDIV = new int[256];
    private static final int[] HDIV = new int[256];

    static {
        for (int i = 1; i < 256; i++) {
            SDIV[i] = (int) Math.round((255 << 12) / (double) i);
            HDIV[i] = (int) Math.round((180 << 12) / (6.0 * i));
        }
    }

    private ColorAugment() {
    }

    public static RgbImage apply(RgbImage img, RandomGenerator rng) {
        if (rng.nextDouble() > 0.33) {
            return img;
        }
        if (rng.nextDouble() > 0.5) {
            double shift = -HUE_SHIFT_LIMIT + rng.nextDouble() * (2 * HUE_SHIFT_LIMIT);
            if (shift < 0) {
                shift = 180 + shift;
            }
            return hueShift(img, shift);
        }
        double gamma = 0.95 + rng.nextDouble() * 0.1;
        return gamma(img, gamma);
    }

    static RgbImage gamma(RgbImage img, double gamma) {
        byte[] s = img.rgb();
        byte[] out = new byte[s.length];
        for (int i = 0; i < s.length; i++) {
            double v = Math.pow(s[i] & 0xFF, gamma);
            out[i] = (byte) (int) Math.min(255, Math.max(0, v));
        }
        return new RgbImage(img.width(), img.height(), out);
    }

    static RgbImage hueShift(RgbImage img, double shift) {
        byte[] s = img.rgb();
        byte[] out = new byte[s.length];
        for (int i = 0; i < s.length; i += 3) {
            // OpenCV's BGR order applied to RGB data: its "b" is our R, its "r" is our B
            int b = s[i] & 0xFF;
            int g = s[i + 1] & 0xFF;
            int r = s[i + 2] & 0xFF;
            int[] hsv = bgrToHsv(b, g, r);
            int h = (int) ((hsv[0] + shift) % 180); // float result stored into uint8: truncated
            int[] bgr = hsvToBgr(h, hsv[1], hsv[2]);
            out[i] = (byte) bgr[0];
            out[i + 1] = (byte) bgr[1];
            out[i + 2] = (byte) bgr[2];
        }
        return new RgbImage(img.width(), img.height(), out);
    }

    /** OpenCV's 8-bit BGR2HSV (H 0..180). */
    static int[] bgrToHsv(int b, int g, int r) {
        int v = Math.max(b, Math.max(g, r));
        int vmin = Math.min(b, Math.min(g, r));
        int diff = v - vmin;
        int vr = v == r ? -1 : 0;
        int vg = v == g ? -1 : 0;
        int s = (diff * SDIV[v] + (1 << 11)) >> 12;
        int h = (vr & (g - b)) + (~vr & ((vg & (b - r + 2 * diff)) + ((~vg) & (r - g + 4 * diff))));
        h = (h * HDIV[diff] + (1 << 11)) >> 12;
        h += h < 0 ? 180 : 0;
        return new int[] {h, s, v};
    }

    /** OpenCV's 8-bit HSV2BGR (H 0..180). */
    static int[] hsvToBgr(int h8, int s8, int v8) {
        float h = h8;
        float s = s8 * (1 / 255.f);
        float v = v8 * (1 / 255.f);
        float b;
        float g;
        float r;
        if (s == 0) {
            b = g = r = v;
        } else {
            int[][] sector = {{1, 3, 0}, {1, 0, 2}, {3, 0, 1}, {0, 2, 1}, {0, 1, 3}, {2, 1, 0}};
            h *= 6.f / 180;
            while (h < 0) {
                h += 6;
            }
            while (h >= 6) {
                h -= 6;
            }
            int sec = (int) Math.floor(h);
            h -= sec;
            if (sec < 0 || sec >= 6) {
                sec = 0;
                h = 0;
            }
            float[] tab = {v, v * (1.f - s), v * (1.f - s * h), v * (1.f - s * (1.f - h))};
            b = tab[sector[sec][0]];
            g = tab[sector[sec][1]];
            r = tab[sector[sec][2]];
        }
        return new int[] {sat(b * 255), sat(g * 255), sat(r * 255)};
    }

    private static int sat(float v) {
        return (int) Math.max(0, Math.min(255, Math.rint(v)));
    }
}
