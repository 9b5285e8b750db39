package io.tagwright.trainer.data;

import java.nio.file.Path;

/**
 * One registered image: its size (read from the header), caption (first caption line, or the
 * class tokens when the file is missing), subset, and repeat count (for regularization images the
 * count sd-scripts' balancing loop gives it). Bucket fields are set by {@link BucketPlan}.
 */
public final class ImageInfo {
    private final Path path;
    private final int width;
    private final int height;
    private final String caption;
    private final SubsetSpec subset;
    private final boolean captionMissing;
    private int numRepeats;
    int bucketWidth;
    int bucketHeight;
    int resizedWidth;
    int resizedHeight;

    ImageInfo(Path path, int width, int height, String caption, SubsetSpec subset, boolean captionMissing) {
        this.path = path;
        this.width = width;
        this.height = height;
        this.caption = caption;
        this.subset = subset;
        this.captionMissing = captionMissing;
        this.numRepeats = subset.numRepeats();
    }

    public Path path() {
        return path;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String caption() {
        return caption;
    }

    public SubsetSpec subset() {
        return subset;
    }

    public boolean isReg() {
        return subset.isReg();
    }

    public boolean captionMissing() {
        return captionMissing;
    }

    public int numRepeats() {
        return numRepeats;
    }

    void setNumRepeats(int n) {
        numRepeats = n;
    }

    /** The bucket resolution (width); 0 before planning. */
    public int bucketWidth() {
        return bucketWidth;
    }

    public int bucketHeight() {
        return bucketHeight;
    }

    /** The size the image is resized to before cropping to the bucket. */
    public int resizedWidth() {
        return resizedWidth;
    }

    public int resizedHeight() {
        return resizedHeight;
    }

    @Override
    public String toString() {
        return path + " " + width + "x" + height + " x" + numRepeats;
    }
}
