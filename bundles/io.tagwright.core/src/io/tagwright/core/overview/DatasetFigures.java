package io.tagwright.core.overview;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.tagwright.model.CaptionStatus;
import io.tagwright.model.Dataset;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.Subset;
import io.tagwright.model.SubsetKind;
import io.tagwright.model.ViewAnnotation;

/**
 * The numbers a dataset overview shows, counted in one pass over the model: images and repeats, captions,
 * aspect ratios and resolutions in bins, view and framing coverage. (Buckets and steps are the trainer's
 * arithmetic: see the launching bundle's plan preview.)
 * Must be computed on the model's thread; the result is immutable.
 */
public record DatasetFigures(int subsets, int trainImages, int regImages,
        int captionsMissing, int captionsEmpty, int captionsUnreadable, long tagsTotal,
        int[] aspectBins, int[] shortSideBins, Map<ViewAnnotation, Integer> views,
        Map<FramingAnnotation, Integer> framings, int unreadableImages) {

    /** Upper bounds (exclusive) of the aspect-ratio bins (width / height); the last bin is open. */
    public static final double[] ASPECT_BOUNDS = { 0.6, 0.7, 0.8, 0.9, 1.1, 1.25, 1.45, 1.7 };
    public static final List<String> ASPECT_LABELS = List.of("< 0.6", "0.6–0.7", "0.7–0.8", "0.8–0.9", "≈ 1",
            "1.1–1.25", "1.25–1.45", "1.45–1.7", "≥ 1.7");

    /** Upper bounds (exclusive) of the shorter-side bins in pixels; the last bin is open. */
    public static final int[] SHORT_SIDE_BOUNDS = { 512, 640, 768, 1024, 1536 };
    public static final List<String> SHORT_SIDE_LABELS = List.of("< 512", "512–639", "640–767", "768–1023", "1024–1535", "≥ 1536");

    public static DatasetFigures of(Dataset dataset) {
        int trainImages = 0;
        int regImages = 0;
        int missing = 0;
        int empty = 0;
        int unreadable = 0;
        int badImages = 0;
        long tags = 0;
        int[] aspects = new int[ASPECT_BOUNDS.length + 1];
        int[] sides = new int[SHORT_SIDE_BOUNDS.length + 1];
        Map<ViewAnnotation, Integer> views = new EnumMap<>(ViewAnnotation.class);
        Map<FramingAnnotation, Integer> framings = new EnumMap<>(FramingAnnotation.class);
        for (ViewAnnotation v : ViewAnnotation.values()) {
            views.put(v, 0);
        }
        for (FramingAnnotation f : FramingAnnotation.values()) {
            framings.put(f, 0);
        }
        for (Subset s : dataset.getSubsets()) {
            boolean train = s.getKind() == SubsetKind.TRAIN;
            int n = s.getImages().size();
            if (train) {
                trainImages += n;
            } else {
                regImages += n;
                continue; // regularisation images do not count towards the subject's figures
            }
            for (ImageEntry e : s.getImages()) {
                CaptionStatus c = e.getCaptionStatus();
                if (c == CaptionStatus.MISSING) {
                    missing++;
                } else if (c == CaptionStatus.EMPTY) {
                    empty++;
                } else if (c == CaptionStatus.UNREADABLE) {
                    unreadable++;
                }
                tags += e.getTags().size();
                views.merge(e.getView(), 1, Integer::sum);
                framings.merge(e.getFraming(), 1, Integer::sum);
                if (e.getWidth() <= 0 || e.getHeight() <= 0) {
                    badImages++;
                    continue;
                }
                aspects[bin((double) e.getWidth() / e.getHeight())]++;
                sides[bin(Math.min(e.getWidth(), e.getHeight()))]++;
            }
        }
        return new DatasetFigures(dataset.getSubsets().size(), trainImages, regImages, missing, empty, unreadable,
                tags, aspects, sides, views, framings, badImages);
    }

    private static int bin(double aspect) {
        for (int i = 0; i < ASPECT_BOUNDS.length; i++) {
            if (aspect < ASPECT_BOUNDS[i]) {
                return i;
            }
        }
        return ASPECT_BOUNDS.length;
    }

    private static int bin(int side) {
        for (int i = 0; i < SHORT_SIDE_BOUNDS.length; i++) {
            if (side < SHORT_SIDE_BOUNDS[i]) {
                return i;
            }
        }
        return SHORT_SIDE_BOUNDS.length;
    }

    /** Mean number of tags per training caption (0 without images). */
    public double meanTags() {
        return trainImages == 0 ? 0 : (double) tagsTotal / trainImages;
    }
}
