package io.tagwright.trainer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Which files are training images, and listing them in sd-scripts' order (sorted by path). */
public final class ImageFiles {

    /** The extensions sd-scripts accepts (it globs the lower- and upper-case forms). */
    public static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "webp", "bmp");

    private ImageFiles() {
    }

    public static boolean isImage(Path p) {
        String ext = extension(p.getFileName().toString());
        return ext != null && EXTENSIONS.contains(ext.toLowerCase(Locale.ROOT));
    }

    /**
     * True for an extension sd-scripts' case-sensitive glob misses on Linux ({@code .Png}): only the
     * all-lower and all-upper forms are matched there.
     */
    public static boolean hasMixedCaseExtension(Path p) {
        String ext = extension(p.getFileName().toString());
        return ext != null && !ext.equals(ext.toLowerCase(Locale.ROOT)) && !ext.equals(ext.toUpperCase(Locale.ROOT));
    }

    /** The images directly in {@code dir} (not in sub-folders), sorted by path as sd-scripts sorts them. */
    public static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> isImage(p) && Files.isRegularFile(p)).sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
        } catch (IOException e) {
            throw new DatasetException(dir + ": cannot list the image folder: " + e.getMessage(), e);
        }
    }

    /** The part of {@code name} after the last dot, or null. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? null : name.substring(dot + 1);
    }

    /** {@code os.path.splitext(path)[0]}: the path without its last extension. */
    static String stem(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1) {
            return path;
        }
        // splitext keeps leading dots of a name (".hidden" has no extension)
        int i = slash + 1;
        while (i < dot && path.charAt(i) == '.') {
            i++;
        }
        return i == dot ? path : path.substring(0, dot);
    }
}
