package io.tagwright.core.dataset;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tagwright.core.image.ImageHeaders;
import io.tagwright.core.io.AtomicFiles;

/**
 * Adds image files to a subset folder: copies each image, and the caption beside it (same stem, the
 * dataset's caption extension) when there is one. Never moves or overwrites anything: a name already
 * taken gets a number ({@code a (2).png} with {@code a (2).txt}). Files that are not readable images are
 * skipped with the reason. Touches no model object (safe in a background job); the dataset picks the new
 * files up on its next scan.
 */
public final class ImageImport {

    /** What was copied (file names in the subset folder) and what was skipped, with why. */
    public record Result(List<String> added, List<String> skipped) {
    }

    private ImageImport() {
    }

    public static Result copy(List<Path> files, Path subsetDir, String captionExtension, IProgressMonitor monitor)
            throws IOException {
        if (!Files.isDirectory(subsetDir)) {
            throw new IOException(subsetDir + " is not a folder");
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Adding " + files.size() + " images", files.size());
        List<String> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : files) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            String name = file.getFileName().toString();
            if (!ImageHeaders.isImageName(name)) {
                skipped.add(name + ": not a PNG, JPEG, WebP or BMP file name");
            } else {
                try {
                    ImageHeaders.read(file);
                    added.add(copyOne(file, subsetDir, captionExtension));
                } catch (IOException e) {
                    skipped.add(name + ": " + e.getMessage());
                }
            }
            sub.worked(1);
        }
        return new Result(added, skipped);
    }

    private static String copyOne(Path image, Path dir, String captionExtension) throws IOException {
        String name = image.getFileName().toString();
        String stem = FolderScan.stem(name);
        String ext = name.substring(stem.length());
        Path caption = image.resolveSibling(stem + captionExtension);
        for (int n = 1;; n++) {
            String newStem = n == 1 ? stem : stem + " (" + n + ")";
            Path target = dir.resolve(newStem + ext);
            Path targetCaption = dir.resolve(newStem + captionExtension);
            if (Files.exists(target) || Files.exists(targetCaption)) {
                continue;
            }
            try {
                copyNew(image, target);
            } catch (FileAlreadyExistsException e) {
                continue; // someone else took the name meanwhile
            }
            if (Files.isRegularFile(caption)) {
                copyNew(caption, targetCaption);
            }
            return target.getFileName().toString();
        }
    }

    /** Copies to a temporary name beside the target, then renames it into place unless the name is taken. */
    private static void copyNew(Path from, Path to) throws IOException {
        Path temp = to.resolveSibling("." + to.getFileName() + ".import" + AtomicFiles.TEMP_SUFFIX);
        try {
            Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, to);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
