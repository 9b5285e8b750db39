package io.tagwright.core.dataset;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.tagwright.core.caption.CaptionFile;
import io.tagwright.core.image.ImageFacts;
import io.tagwright.core.image.ImageHeaders;
import io.tagwright.model.SubsetKind;

/**
 * One pass over a kohya folder as sd-scripts sees it: the subset folders of the train (and optional
 * regularisation) folder, the images directly inside each, and their caption files. It reads only what
 * changed since {@link Known} was recorded, touches no model object and is safe to run in a background
 * thread. Files are read in parallel: on a warm disk opening is bounded by system calls, not bytes.
 */
final class FolderScan {

    /** Captions larger than this are not edited: only their first line is read. */
    static final int MAX_CAPTION_BYTES = 1 << 20;

    /** What the session already knows about a file, so unchanged files are not read again. */
    interface Known {
        /** Cached header facts if the image still has this size and time, else null. */
        ImageFacts imageFacts(String key, long size, long mtime);

        /** The caption snapshot of an image, or null if the image is new. */
        CaptionSnapshot caption(String key);
    }

    /** A subset folder; {@code keyPrefix} is its path relative to the dataset root, with a trailing '/'. */
    record SubsetDir(Path dir, String folder, SubsetKind kind, String keyPrefix) {
    }

    /**
     * One image.
     *
     * @param facts      header facts, null if they could not be read (see problem)
     * @param caption    the caption now on disk, or null when it has the snapshot's stamp (unchanged)
     */
    record ImageState(String key, SubsetDir subset, String fileName, long size, long mtime, ImageFacts facts,
            String imageProblem, CaptionSnapshot caption, String captionProblem) {
    }

    record Result(List<SubsetDir> subsets, List<ImageState> images, List<String> orphanCaptions,
            List<String> otherCaptionFiles) {
    }

    private FolderScan() {
    }

    static Result run(Path root, Path trainDir, Path regDir, String captionExtension, Known known,
            UnaryOperator<String> interner, IProgressMonitor monitor) throws IOException {
        List<SubsetDir> subsets = new ArrayList<>();
        listSubsets(root, trainDir, SubsetKind.TRAIN, subsets);
        if (regDir != null && Files.isDirectory(regDir)) {
            listSubsets(root, regDir, SubsetKind.REGULARIZATION, subsets);
        }
        record Item(SubsetDir subset, String name, boolean hasCaption) {
        }
        List<Item> items = new ArrayList<>();
        List<String> orphans = new ArrayList<>();
        List<String> otherCaptions = new ArrayList<>();
        String ext = captionExtension.toLowerCase(Locale.ROOT);
        for (SubsetDir subset : subsets) {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(subset.dir())) {
                for (Path p : ds) {
                    names.add(p.getFileName().toString());
                }
            }
            Collections.sort(names);
            Set<String> captions = new HashSet<>();
            Set<String> imageStems = new HashSet<>();
            for (String n : names) {
                if (n.toLowerCase(Locale.ROOT).endsWith(ext) && n.length() > ext.length()) {
                    captions.add(n);
                } else if (ImageHeaders.isImageName(n)) {
                    imageStems.add(stem(n));
                }
            }
            for (String n : names) {
                if (ImageHeaders.isImageName(n)) {
                    items.add(new Item(subset, n, captions.contains(stem(n) + captionExtension)));
                } else if (captions.contains(n) && !imageStems.contains(n.substring(0, n.length() - ext.length()))) {
                    orphans.add(subset.keyPrefix() + n);
                } else if (isOtherCaption(n, ext)) {
                    otherCaptions.add(subset.keyPrefix() + n);
                }
            }
        }
        monitor.beginTask("Reading " + items.size() + " images and captions", items.size());
        AtomicInteger done = new AtomicInteger();
        List<ImageState> images = items.parallelStream().map(item -> {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            ImageState s = read(root, item.subset(), item.name(), item.hasCaption(), captionExtension, known, interner);
            if (done.incrementAndGet() % 256 == 0) {
                monitor.worked(256);
            }
            return s;
        }).toList();
        monitor.done();
        return new Result(subsets, images, orphans, otherCaptions);
    }

    private static boolean isOtherCaption(String name, String ext) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.endsWith(ext) && (lower.endsWith(".txt") || lower.endsWith(".caption"));
    }

    private static void listSubsets(Path root, Path dir, SubsetKind kind, List<SubsetDir> out) throws IOException {
        List<SubsetDir> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".")) {
                    found.add(new SubsetDir(p, name, kind, relative(root, p) + "/"));
                }
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(dir.toString(), null, "the dataset's image folder does not exist");
        }
        found.sort((a, b) -> a.folder().compareTo(b.folder()));
        out.addAll(found);
    }

    private static ImageState read(Path root, SubsetDir subset, String name, boolean hasCaption, String captionExtension,
            Known known, UnaryOperator<String> interner) {
        Path image = subset.dir().resolve(name);
        String key = subset.keyPrefix() + name;
        long size = -1;
        long mtime = -1;
        ImageFacts facts = null;
        String imageProblem = null;
        try {
            BasicFileAttributes a = Files.readAttributes(image, BasicFileAttributes.class);
            size = a.size();
            mtime = a.lastModifiedTime().toMillis();
            facts = known.imageFacts(key, size, mtime);
            if (facts == null) {
                facts = ImageHeaders.read(image);
            }
        } catch (IOException e) {
            imageProblem = e instanceof NoSuchFileException ? "image vanished while reading" : message(e);
        }
        CaptionSnapshot previous = known.caption(key);
        CaptionSnapshot caption;
        String captionProblem = null;
        if (!hasCaption) {
            caption = previous != null && !previous.exists() ? null : CaptionSnapshot.MISSING;
        } else {
            Path capPath = subset.dir().resolve(stem(name) + captionExtension);
            try {
                BasicFileAttributes a = Files.readAttributes(capPath, BasicFileAttributes.class);
                long capMtime = a.lastModifiedTime().to(TimeUnit.MICROSECONDS);
                if (previous != null && previous.sameStamp(a.size(), capMtime)) {
                    caption = null;
                } else if (a.size() > MAX_CAPTION_BYTES) {
                    caption = new CaptionSnapshot(CaptionFile.decode(firstBytes(capPath), interner), a.size(), capMtime, false);
                    captionProblem = "caption file is " + (a.size() >> 10) + " KiB; only its first line is used and it is not edited";
                } else {
                    CaptionFile file = CaptionFile.decode(Files.readAllBytes(capPath), interner);
                    caption = new CaptionSnapshot(file, a.size(), capMtime);
                    captionProblem = file.problem();
                }
            } catch (NoSuchFileException e) {
                caption = CaptionSnapshot.MISSING;
            } catch (IOException e) {
                caption = CaptionSnapshot.MISSING;
                captionProblem = "caption cannot be read: " + message(e);
            }
        }
        return new ImageState(key, subset, name, size, mtime, facts, imageProblem, caption, captionProblem);
    }

    private static byte[] firstBytes(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(64 * 1024);
        }
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String message(IOException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
