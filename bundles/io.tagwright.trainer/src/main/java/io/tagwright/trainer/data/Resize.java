package io.tagwright.trainer.data;

/**
 * OpenCV's {@code INTER_AREA} resize, which sd-scripts uses for every training image: exact area
 * averaging when both sides shrink, and OpenCV's area-weighted linear coefficients otherwise.
 * Results are rounded to 8 bits as {@code cv2.resize} on a uint8 image is. This follows OpenCV's
 * formulas; it has not been compared pixel by pixel with cv2 (not available here), so expect
 * differences of one grey level at most where OpenCV's fixed-point arithmetic rounds differently.
 */
public final class Resize {
    private Resize() {
    }

    public static RgbImage area(RgbImage src, int dstW, int dstH) {
        if (dstW == src.width() && dstH == src.height()) {
            return src;
        }
        if (dstW <= 0 || dstH <= 0) {
            throw new IllegalArgumentException("target size " + dstW + "x" + dstH);
        }
        boolean shrink = src.width() >= dstW && src.height() >= dstH;
        Weights wx = shrink ? areaWeights(src.width(), dstW) : linearAreaWeights(src.width(), dstW);
        Weights wy = shrink ? areaWeights(src.height(), dstH) : linearAreaWeights(src.height(), dstH);
        // horizontal pass into floats, then vertical pass
        int sw = src.width();
        float[] tmp = new float[dstW * src.height() * 3];
        byte[] s = src.rgb();
        for (int y = 0; y < src.height(); y++) {
            int row = y * sw * 3;
            for (int dx = 0; dx < dstW; dx++) {
                float r = 0;
                float g = 0;
                float b = 0;
                for (int k = wx.start[dx]; k < wx.start[dx + 1]; k++) {
                    int si = row + wx.index[k] * 3;
                    float w = wx.weight[k];
                    r += w * (s[si] & 0xFF);
                    g += w * (s[si + 1] & 0xFF);
                    b += w * (s[si + 2] & 0xFF);
                }
                int t = (y * dstW + dx) * 3;
                tmp[t] = r;
                tmp[t + 1] = g;
                tmp[t + 2] = b;
            }
        }
        byte[] out = new byte[dstW * dstH * 3];
        for (int dy = 0; dy < dstH; dy++) {
            for (int dx = 0; dx < dstW; dx++) {
                float r = 0;
                float g = 0;
                float b = 0;
                for (int k = wy.start[dy]; k < wy.start[dy + 1]; k++) {
                    int t = (wy.index[k] * dstW + dx) * 3;
                    float w = wy.weight[k];
                    r += w * tmp[t];
                    g += w * tmp[t + 1];
                    b += w * tmp[t + 2];
                }
                int o = (dy * dstW + dx) * 3;
                out[o] = clamp(r);
                out[o + 1] = clamp(g);
                out[o + 2] = clamp(b);
            }
        }
        return new RgbImage(dstW, dstH, out);
    }

    private static byte clamp(float v) {
        long r = Math.round(Math.rint(v));
        return (byte) Math.max(0, Math.min(255, r));
    }

    /** Sparse per-output-pixel weights: entries {@code start[i]..start[i+1]} of index/weight. */
    private record Weights(int[] start, int[] index, float[] weight) {
    }

    /** Area coverage of each source pixel by the output pixel's box, normalized by the box size. */
    static Weights areaWeights(int src, int dst) {
        double scale = (double) src / dst;
        int[] start = new int[dst + 1];
        java.util.List<int[]> idx = new java.util.ArrayList<>();
        java.util.List<Float> wts = new java.util.ArrayList<>();
        for (int d = 0; d < dst; d++) {
            start[d] = idx.size();
            double f0 = d * scale;
            double f1 = f0 + scale;
            int s0 = (int) Math.floor(f0);
            int s1 = (int) Math.ceil(f1);
            for (int s = s0; s < Math.min(s1, src); s++) {
                double cover = Math.min(f1, s + 1) - Math.max(f0, s);
                if (cover > 1e-9) {
                    idx.add(new int[] {s});
                    wts.add((float) (cover / scale));
                }
            }
        }
        start[dst] = idx.size();
        int[] index = new int[idx.size()];
        float[] weight = new float[idx.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = idx.get(i)[0];
            weight[i] = wts.get(i);
        }
        return new Weights(start, index, weight);
    }

    /** OpenCV's INTER_AREA coefficients when enlarging: linear, with the fraction measured from the area edge. */
    static Weights linearAreaWeights(int src, int dst) {
        double scale = (double) src / dst;
        double inv = (double) dst / src;
        int[] start = new int[dst + 1];
        int[] index = new int[dst * 2];
        float[] weight = new float[dst * 2];
        int k = 0;
        for (int d = 0; d < dst; d++) {
            start[d] = k;
            int sx = (int) Math.floor(d * scale);
            float fx = (float) ((d + 1) - (sx + 1) * inv);
            fx = fx <= 0 ? 0f : fx - (float) Math.floor(fx);
            if (sx < 0) {
                fx = 0;
                sx = 0;
            }
            if (sx >= src - 1) {
                fx = 0;
                sx = src - 1;
            }
            index[k] = sx;
            weight[k++] = 1 - fx;
            if (fx > 0) {
                index[k] = sx + 1;
                weight[k++] = fx;
            }
        }
        start[dst] = k;
        return new Weights(start, java.util.Arrays.copyOf(index, k), java.util.Arrays.copyOf(weight, k));
    }
}
