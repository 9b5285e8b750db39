package io.tagwright.ui.gallery;

import java.util.Comparator;
import java.util.function.ToIntFunction;

import io.tagwright.model.ImageEntry;

/** The orders a gallery can show its images in. */
enum GallerySort {
    NAME("Name"), PIXELS("Pixel size"), FILE_SIZE("File size"), ASPECT("Aspect ratio"), TAGS("Tag count"), PROBLEMS("Problems");

    final String label;

    GallerySort(String label) {
        this.label = label;
    }

    /** The comparator; ties fall back to subset and file name so the order is stable and predictable. */
    Comparator<ImageEntry> comparator(ToIntFunction<ImageEntry> problemCount) {
        Comparator<ImageEntry> byName = Comparator.comparing((ImageEntry e) -> e.getSubset().getFolder())
                .thenComparing(ImageEntry::getPath, String.CASE_INSENSITIVE_ORDER);
        Comparator<ImageEntry> primary = switch (this) {
            case NAME -> byName;
            case PIXELS -> Comparator.comparingLong(e -> (long) e.getWidth() * e.getHeight());
            case FILE_SIZE -> Comparator.comparingLong(ImageEntry::getBytes);
            case ASPECT -> Comparator.comparingDouble(e -> e.getHeight() == 0 ? 0 : (double) e.getWidth() / e.getHeight());
            case TAGS -> Comparator.comparingInt(e -> e.getTags().size());
            case PROBLEMS -> Comparator.comparingInt(problemCount);
        };
        return this == NAME ? primary : primary.thenComparing(byName);
    }
}
