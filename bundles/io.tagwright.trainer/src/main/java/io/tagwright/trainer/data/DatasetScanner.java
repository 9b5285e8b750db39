package io.tagwright.trainer.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Scans a {@link DatasetSpec} as sd-scripts' DreamBoothDataset does: lists each subset's images,
 * reads captions and image sizes, counts tags, registers training images, then repeats
 * regularization images until they balance the training images (with repeats).
 */
public final class DatasetScanner {

    /** At most this many individual "caption missing" warnings; then one summary line. */
    private static final int MISSING_CAPTION_WARNINGS = 20;

    private DatasetScanner() {
    }

    public static ScannedDataset scan(DatasetSpec spec) {
        List<String> warnings = new ArrayList<>();
        Map<String, Map<String, Integer>> tagFrequency = new LinkedHashMap<>();
        Map<Path, ImageInfo> registered = new LinkedHashMap<>();
        List<ImageInfo> regInfos = new ArrayList<>();
        List<SubsetSpec> used = new ArrayList<>();
        Map<SubsetSpec, Integer> counts = new LinkedHashMap<>();
        int numTrain = 0;
        int numReg = 0;
        int missing = 0;
        for (SubsetSpec s : spec.subsets()) {
            if (used.contains(s)) {
                warnings.add(s.imageDir() + ": the same subset is listed twice; the second is ignored");
                continue;
            }
            if (!Files.isDirectory(s.imageDir())) {
                warnings.add(s.imageDir() + ": not a folder; ignored");
                continue;
            }
            List<Path> paths = ImageFiles.list(s.imageDir());
            for (Path p : paths) {
                if (ImageFiles.hasMixedCaseExtension(p)) {
                    warnings.add(p + ": mixed-case extension; sd-scripts on Linux would not see this image");
                }
            }
            ImageInfo[] infos = new ImageInfo[paths.size()];
            RuntimeException[] failure = new RuntimeException[1];
            IntStream.range(0, paths.size()).parallel().forEach(i -> {
                try {
                    Path p = paths.get(i);
                    int[] size = ImageHeaders.size(p);
                    String caption = Captions.read(p, s.captionExtension());
                    boolean isMissing = caption == null;
                    if (isMissing) {
                        caption = s.classTokens() == null ? "" : s.classTokens();
                    }
                    infos[i] = new ImageInfo(p, size[0], size[1], caption, s, isMissing);
                } catch (RuntimeException e) {
                    synchronized (failure) {
                        if (failure[0] == null) {
                            failure[0] = e;
                        }
                    }
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            // as sd-scripts: an existing folder gets an entry even when it holds no images
            Map<String, Integer> freq = tagFrequency.computeIfAbsent(s.dirName(), k -> new LinkedHashMap<>());
            for (ImageInfo info : infos) {
                countTags(info.caption(), freq);
                if (info.captionMissing()) {
                    if (++missing <= MISSING_CAPTION_WARNINGS) {
                        warnings.add(Captions.candidates(info.path(), s.captionExtension()).get(0) + ": caption file missing; "
                                + (s.classTokens() == null || s.classTokens().isEmpty() ? "using an empty caption"
                                        : "using the class tokens \"" + s.classTokens() + "\""));
                    }
                }
            }
            if (infos.length == 0) {
                warnings.add(s.imageDir() + ": no images found (png, jpg, jpeg, webp, bmp); ignored");
                continue;
            }
            if (s.isReg()) {
                numReg += s.numRepeats() * infos.length;
                regInfos.addAll(List.of(infos));
            } else {
                numTrain += s.numRepeats() * infos.length;
                for (ImageInfo info : infos) {
                    registered.put(info.path(), info);
                }
            }
            counts.put(s, infos.length);
            used.add(s);
        }
        if (missing > MISSING_CAPTION_WARNINGS) {
            warnings.add((missing - MISSING_CAPTION_WARNINGS) + " more images have no caption file");
        }
        if (missing > 0) {
            warnings.add(missing + " image(s) without a caption file in total; check caption_extension (sd-scripts' default is .caption)");
        }
        balanceRegularization(regInfos, numTrain, registered, warnings);
        return new ScannedDataset(spec, new ArrayList<>(registered.values()), used, counts, numTrain, numReg, tagFrequency, warnings);
    }

    /**
     * sd-scripts' loop: register regularization images one by one (counting their repeats) until
     * they reach the training count; if they fall short, add one repeat at a time round-robin.
     * Images not reached in the first round are not used at all.
     */
    static void balanceRegularization(List<ImageInfo> regInfos, int numTrain, Map<Path, ImageInfo> registered,
            List<String> warnings) {
        if (regInfos.isEmpty()) {
            return;
        }
        int n = 0;
        boolean first = true;
        int registeredReg = 0;
        while (n < numTrain) {
            for (ImageInfo info : regInfos) {
                if (first) {
                    registered.put(info.path(), info);
                    registeredReg++;
                    n += info.numRepeats();
                } else {
                    info.setNumRepeats(info.numRepeats() + 1);
                    n += 1;
                }
                if (n >= numTrain) {
                    break;
                }
            }
            first = false;
        }
        if (registeredReg < regInfos.size()) {
            warnings.add((regInfos.size() - registeredReg) + " of " + regInfos.size()
                    + " regularization images are not used (more than the training images with repeats need)");
        }
    }

    /** sd-scripts' tag count: split on commas, strip, skip empty, lower-case. */
    static void countTags(String caption, Map<String, Integer> freq) {
        for (String tag : caption.split(",", -1)) {
            String t = Captions.pyStrip(tag);
            if (!t.isEmpty()) {
                freq.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
    }
}
