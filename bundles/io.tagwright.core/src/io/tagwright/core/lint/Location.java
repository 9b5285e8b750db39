package io.tagwright.core.lint;

/**
 * Where a finding is: an image (by its key, see {@code DatasetSession.keyOf}), a file or folder (relative
 * to the dataset root, '/' separated), or the dataset as a whole ({@code path} null).
 */
public record Location(Kind kind, String path) {

    public enum Kind {
        /** {@code path} is an image key: the image and its caption. */
        IMAGE,
        /** {@code path} is a file that is not an image (a caption without image, a caption with another extension). */
        FILE,
        /** {@code path} is a subset folder, with a trailing '/'. */
        FOLDER,
        /** The whole dataset; {@code path} is null. */
        DATASET
    }

    public static final Location DATASET = new Location(Kind.DATASET, null);

    public static Location image(String key) {
        return new Location(Kind.IMAGE, key);
    }

    public static Location file(String path) {
        return new Location(Kind.FILE, path);
    }

    public static Location folder(String path) {
        return new Location(Kind.FOLDER, path);
    }

    @Override
    public String toString() {
        return kind == Kind.DATASET ? "dataset" : path;
    }
}
