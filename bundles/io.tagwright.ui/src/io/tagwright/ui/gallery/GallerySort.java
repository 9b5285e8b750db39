package io.tagwright.ui.gallery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;

import io.tagwright.model.ImageEntry;

/**
 * The orders a gallery can show its images in. Name order is the order kohya reads them (subset folders,
 * then file names, as on disk), which is the dataset's own order; the others sort by one number per image,
 * computed once, so sorting 100,000 images compares doubles rather than walking the model.
 */
enum GallerySort {
    NAME("Name"), PIXELS("Pixel size"), FILE_SIZE("File size"), ASPECT("Aspect ratio"), TAGS("Tag count"), PROBLEMS("Problems");

    final String label;

    GallerySort(String label) {
        this.label = label;
    }

    /**
     * The images in this order ({@code images} is in the dataset's order, which ties keep).
     *
     * @param problemCount findings per image, for {@link #PROBLEMS}
     */
    List<ImageEntry> sort(List<ImageEntry> images, boolean descending, ToIntFunction<ImageEntry> problemCount) {
        if (this == NAME) {
            List<ImageEntry> out = new ArrayList<>(images);
            if (descending) {
                Collections.reverse(out);
            }
            return out;
        }
        int n = images.size();
        double[] keys = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key(images.get(i), problemCount);
            order[i] = i;
        }
        double sign = descending ? -1 : 1;
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(sign * keys[a], sign * keys[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        List<ImageEntry> out = new ArrayList<>(n);
        for (Integer i : order) {
            out.add(images.get(i));
        }
        return out;
    }

    private double key(ImageEntry e, ToIntFunction<ImageEntry> problemCount) {
        return switch (this) {
            case PIXELS -> (double) e.getWidth() * e.getHeight();
            case FILE_SIZE -> e.getBytes();
            case ASPECT -> e.getHeight() == 0 ? 0 : (double) e.getWidth() / e.getHeight();
            case TAGS -> e.getTags().size();
            case PROBLEMS -> problemCount.applyAsInt(e);
            case NAME -> 0;
        };
    }
}
