package io.tagwright.core.intake;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tagwright.core.image.ImageHeaders;
import io.tagwright.core.io.AtomicFiles;

/**
 * Copies image files from elsewhere (a drop from the desktop) into a subset folder, each with its sidecar
 * caption when it has one. Nothing is moved and nothing in the subset is overwritten: an image whose name
 * (stem) is taken gets a free one ({@code a (2).png}), and its caption follows the new stem, because kohya
 * pairs captions with images by stem. Each file appears under its final name only once it is complete.
 */
public final class ImageIntake {

    /** What was copied, and what was left out and why. */
    public record Result(List<Path> images, List<Path> captions, List<String> skipped) {
    }

    private ImageIntake() {
    }

    /**
     * Copies {@code sources} (image files, or folders whose images are taken) into {@code subsetDir}.
     *
     * @param captionExtension the dataset's caption extension (e.g. {@code .txt}); a source caption with this
     *                         extension, or else {@code .txt} or {@code .caption}, is copied beside its image
     */
    public static Result copyInto(Path subsetDir, List<Path> sources, String captionExtension, IProgressMonitor monitor)
            throws IOException {
        if (!Files.isDirectory(subsetDir)) {
            throw new IOException(subsetDir + " is not a folder");
        }
        List<Path> images = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                try (DirectoryStream<Path> in = Files.newDirectoryStream(source)) {
                    for (Path p : in) {
                        if (Files.isRegularFile(p) && ImageHeaders.isImageName(p.getFileName().toString())) {
                            images.add(p);
                        }
                    }
                }
            } else if (!Files.isRegularFile(source)) {
                skipped.add(source + ": not a file");
            } else if (ImageHeaders.isImageName(source.getFileName().toString())) {
                images.add(source);
            } else if (!isCaptionOf(source, sources, captionExtension)) {
                skipped.add(source.getFileName() + ": not an image kohya reads (png, jpg, jpeg, webp, bmp)");
            }
        }
        images.sort(null);
        Set<String> stems = stemsIn(subsetDir);
        List<Path> copiedImages = new ArrayList<>();
        List<Path> copiedCaptions = new ArrayList<>();
        SubMonitor sub = SubMonitor.convert(monitor, "Copying images into " + subsetDir.getFileName(), images.size());
        for (Path image : images) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            String name = image.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String stem = name.substring(0, dot);
            String ext = name.substring(dot);
            String free = freeStem(stem, stems);
            Path caption = sidecar(image, stem, captionExtension);
            Path target = subsetDir.resolve(free + ext);
            copyNew(image, target);
            stems.add(free.toLowerCase(Locale.ROOT));
            copiedImages.add(target);
            if (caption != null) {
                Path captionTarget = subsetDir.resolve(free + captionExtension);
                copyNew(caption, captionTarget);
                copiedCaptions.add(captionTarget);
            }
            sub.worked(1);
        }
        return new Result(copiedImages, copiedCaptions, skipped);
    }

    private static boolean isCaptionOf(Path file, List<Path> sources, String captionExtension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String ext = name.substring(dot).toLowerCase(Locale.ROOT);
        if (!ext.equals(captionExtension.toLowerCase(Locale.ROOT)) && !ext.equals(".txt") && !ext.equals(".caption")) {
            return false;
        }
        String stem = name.substring(0, dot);
        for (Path s : sources) {
            String n = s.getFileName().toString();
            int d = n.lastIndexOf('.');
            if (d > 0 && n.substring(0, d).equals(stem) && ImageHeaders.isImageName(n)
                    && file.getParent() != null && file.getParent().equals(s.getParent())) {
                return true;
            }
        }
        return false;
    }

    /** The caption beside a source image: the dataset's extension first, then the two usual ones. */
    private static Path sidecar(Path image, String stem, String captionExtension) {
        for (String ext : new String[] { captionExtension, ".txt", ".caption" }) {
            Path p = image.resolveSibling(stem + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** Lower-cased stems of every file in the folder (images and captions pair by stem). */
    private static Set<String> stemsIn(Path dir) throws IOException {
        Set<String> stems = new HashSet<>();
        try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
            for (Path p : in) {
                String n = p.getFileName().toString();
                int dot = n.lastIndexOf('.');
                stems.add((dot > 0 ? n.substring(0, dot) : n).toLowerCase(Locale.ROOT));
            }
        }
        return stems;
    }

    private static String freeStem(String stem, Set<String> taken) {
        if (!taken.contains(stem.toLowerCase(Locale.ROOT))) {
            return stem;
        }
        for (int n = 2;; n++) {
            String candidate = stem + " (" + n + ")";
            if (!taken.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }

    /** Copies to a temporary name, then renames to the target, refusing to replace an existing file. */
    private static void copyNew(Path from, Path to) throws IOException {
        Path temp = to.resolveSibling("." + to.getFileName() + "." + System.nanoTime() + AtomicFiles.TEMP_SUFFIX);
        Files.copy(from, temp, StandardCopyOption.COPY_ATTRIBUTES);
        try {
            if (Files.exists(to)) {
                throw new FileAlreadyExistsException(to.toString(), null, "appeared while copying; nothing was replaced");
            }
            Files.move(temp, to);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
