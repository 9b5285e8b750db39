package io.tagwright.trainer.protocol.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kohya's aspect-ratio bucketing (sd-scripts' {@code BucketManager} and
 * {@code make_bucket_resolutions}), with the same integer and rounding steps.
 */
public final class BucketManager {

    /** A bucket choice for one image: the bucket, the size to resize to before cropping, and the aspect-ratio error. */
    public record Selection(Reso bucket, Reso resized, double arError) {
    }

    /** A width × height pair ordered as Python orders tuples. */
    public record Reso(int width, int height) implements Comparable<Reso> {
        @Override
        public int compareTo(Reso o) {
            return width != o.width ? Integer.compare(width, o.width) : Integer.compare(height, o.height);
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    private final boolean noUpscale;
    private final int maxArea;
    private final int resoSteps;
    private final List<Reso> predefined = new ArrayList<>();
    private final Set<Reso> predefinedSet = new HashSet<>();
    private final Map<Reso, Integer> used = new LinkedHashMap<>();

    private BucketManager(boolean noUpscale, int maxWidth, int maxHeight, int resoSteps) {
        this.noUpscale = noUpscale;
        this.maxArea = maxWidth * maxHeight;
        this.resoSteps = resoSteps;
    }

    /** Buckets for {@code enable_bucket}: predefined resolutions unless {@code noUpscale}, where each image defines its own. */
    public static BucketManager forBuckets(boolean noUpscale, int maxWidth, int maxHeight, int minSize, int maxSize, int steps) {
        if (maxSize < maxWidth || maxSize < maxHeight) {
            throw new IllegalArgumentException("max_bucket_reso " + maxSize + " is smaller than the resolution " + maxWidth + "x" + maxHeight);
        }
        if (maxSize < minSize) {
            throw new IllegalArgumentException("max_bucket_reso is smaller than min_bucket_reso");
        }
        if (Math.min(maxWidth, maxHeight) < minSize) {
            throw new IllegalArgumentException("min_bucket_reso " + minSize + " is larger than the resolution " + maxWidth + "x" + maxHeight);
        }
        BucketManager m = new BucketManager(noUpscale, maxWidth, maxHeight, steps);
        if (!noUpscale) {
            m.setPredefined(makeResolutions(maxWidth, maxHeight, minSize, maxSize, steps));
        }
        return m;
    }

    /** Without bucketing: one fixed bucket; every image is resized to cover it and cropped. */
    public static BucketManager fixed(int width, int height) {
        BucketManager m = new BucketManager(false, width, height, 64);
        m.setPredefined(List.of(new Reso(width, height)));
        return m;
    }

    /** sd-scripts' {@code make_bucket_resolutions}: sorted, de-duplicated. */
    public static List<Reso> makeResolutions(int maxWidth, int maxHeight, int minSize, int maxSize, int divisible) {
        long maxArea = (long) maxWidth * maxHeight;
        Set<Reso> resos = new HashSet<>();
        int side = (int) (Math.floor(Math.sqrt(maxArea) / divisible)) * divisible;
        resos.add(new Reso(side, side));
        for (int width = minSize; width <= maxSize; width += divisible) {
            int height = (int) Math.min(maxSize, (maxArea / width) / divisible * divisible);
            if (height >= minSize) {
                resos.add(new Reso(width, height));
                resos.add(new Reso(height, width));
            }
        }
        List<Reso> out = new ArrayList<>(resos);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private void setPredefined(List<Reso> resos) {
        predefined.clear();
        predefined.addAll(resos);
        predefinedSet.clear();
        predefinedSet.addAll(resos);
    }

    public List<Reso> predefinedResolutions() {
        return List.copyOf(predefined);
    }

    /** sd-scripts' {@code select_bucket}. */
    public Selection select(int imageWidth, int imageHeight) {
        double aspect = (double) imageWidth / imageHeight;
        Reso reso;
        Reso resized;
        if (!noUpscale) {
            reso = new Reso(imageWidth, imageHeight);
            if (!predefinedSet.contains(reso)) {
                int best = 0;
                double bestErr = Double.POSITIVE_INFINITY;
                for (int i = 0; i < predefined.size(); i++) {
                    Reso r = predefined.get(i);
                    double err = Math.abs((double) r.width() / r.height() - aspect);
                    if (err < bestErr) { // first minimum wins, as numpy's argmin
                        bestErr = err;
                        best = i;
                    }
                }
                reso = predefined.get(best);
            }
            double arReso = (double) reso.width() / reso.height();
            double scale = aspect > arReso ? (double) reso.height() / imageHeight : (double) reso.width() / imageWidth;
            resized = new Reso((int) (imageWidth * scale + 0.5), (int) (imageHeight * scale + 0.5));
        } else {
            if ((long) imageWidth * imageHeight > maxArea) {
                double resizedW = Math.sqrt(maxArea * aspect);
                double resizedH = maxArea / resizedW;
                int bWidthRounded = roundToSteps(resizedW);
                int bHeightInWr = roundToSteps(bWidthRounded / aspect);
                double arWidthRounded = (double) bWidthRounded / bHeightInWr;
                int bHeightRounded = roundToSteps(resizedH);
                int bWidthInHr = roundToSteps(bHeightRounded * aspect);
                double arHeightRounded = (double) bWidthInHr / bHeightRounded;
                if (Math.abs(arWidthRounded - aspect) < Math.abs(arHeightRounded - aspect)) {
                    resized = new Reso(bWidthRounded, (int) (bWidthRounded / aspect + 0.5));
                } else {
                    resized = new Reso((int) (bHeightRounded * aspect + 0.5), bHeightRounded);
                }
            } else {
                resized = new Reso(imageWidth, imageHeight);
            }
            reso = new Reso(resized.width() - resized.width() % resoSteps, resized.height() - resized.height() % resoSteps);
            if (reso.width() == 0 || reso.height() == 0) {
                throw new IllegalArgumentException("image " + imageWidth + "x" + imageHeight
                        + " is smaller than bucket_reso_steps " + resoSteps + "; with bucket_no_upscale it gets no bucket");
            }
        }
        used.putIfAbsent(reso, used.size());
        return new Selection(reso, resized, (double) reso.width() / reso.height() - aspect);
    }

    private int roundToSteps(double x) {
        int v = (int) (x + 0.5);
        return v - v % resoSteps;
    }

    /** The buckets that images were put into, sorted as sd-scripts' {@code sort()} leaves them. */
    public List<Reso> usedResolutions() {
        List<Reso> out = new ArrayList<>(used.keySet());
        out.sort(Comparator.naturalOrder());
        return out;
    }
}
