package io.tagwright.core.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.tagwright.model.AnnotationTags;
import io.tagwright.model.CaptionStatus;
import io.tagwright.model.Dataset;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.HiddenTags;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ImageFormat;
import io.tagwright.model.Subset;
import io.tagwright.model.SubsetKind;
import io.tagwright.model.ViewAnnotation;

/**
 * An immutable copy of what a dataset holds at one moment: taken on the model's thread in a few
 * milliseconds per 10,000 images, then read from any thread (the index builds from it, lint runs on it).
 * Tag strings are shared with the model, not copied.
 */
public record DatasetSnapshot(String name, Path root, List<String> triggerWords, String captionExtension,
        int targetResolution, List<SubsetInfo> subsets, List<Image> images, Map<ViewAnnotation, List<String>> viewTags,
        Map<FramingAnnotation, List<String>> framingTags, Map<ViewAnnotation, List<String>> hiddenTags,
        List<DatasetProblem> problems, List<String> orphanCaptions, List<String> otherCaptionFiles) {

    /** A subset folder. {@code keyPrefix} is its root-relative path with a trailing '/'. */
    public record SubsetInfo(String folder, SubsetKind kind, int repeats, String classTokens, String keyPrefix, Path dir) {
        /** False for folders without the {@code N_} prefix: kohya ignores them. */
        public boolean usedByKohya() {
            return repeats > 0;
        }
    }

    /** One image and its caption. {@code tags} is immutable. */
    public record Image(String key, SubsetInfo subset, String path, int width, int height, ImageFormat format, long bytes,
            long mtime, String contentHash, List<String> tags, CaptionStatus captionStatus, ViewAnnotation view,
            FramingAnnotation framing, boolean excluded) {

        public Path file() {
            return subset.dir().resolve(path);
        }
    }

    /** Takes a snapshot of the whole dataset; must run on the model's thread. */
    public static DatasetSnapshot of(DatasetSession session) {
        Dataset d = session.dataset();
        List<SubsetInfo> subsets = new ArrayList<>(d.getSubsets().size());
        List<Image> images = new ArrayList<>(session.imageCount());
        for (Subset s : d.getSubsets()) {
            SubsetInfo info = subsetInfo(session, s);
            subsets.add(info);
            for (ImageEntry e : s.getImages()) {
                images.add(image(info, e));
            }
        }
        images = Collections.unmodifiableList(images);
        Map<ViewAnnotation, List<String>> viewTags = new EnumMap<>(ViewAnnotation.class);
        Map<FramingAnnotation, List<String>> framingTags = new EnumMap<>(FramingAnnotation.class);
        for (AnnotationTags a : d.getAnnotationTags()) {
            if (a.getView() != null && a.getView() != ViewAnnotation.UNSET) {
                viewTags.computeIfAbsent(a.getView(), v -> new ArrayList<>()).addAll(a.getTags());
            }
            if (a.getFraming() != null && a.getFraming() != FramingAnnotation.UNSET) {
                framingTags.computeIfAbsent(a.getFraming(), v -> new ArrayList<>()).addAll(a.getTags());
            }
        }
        Map<ViewAnnotation, List<String>> hidden = new EnumMap<>(ViewAnnotation.class);
        for (HiddenTags h : d.getHiddenTags()) {
            if (h.getView() != null) {
                hidden.computeIfAbsent(h.getView(), v -> new ArrayList<>()).addAll(h.getTags());
            }
        }
        viewTags.replaceAll((k, v) -> List.copyOf(v));
        framingTags.replaceAll((k, v) -> List.copyOf(v));
        hidden.replaceAll((k, v) -> List.copyOf(v));
        int resolution = d.getSettings() == null || d.getSettings().getResolution() <= 0 ? 768 : d.getSettings().getResolution();
        return new DatasetSnapshot(d.getName(), session.root(), List.copyOf(d.getTriggerWords()), d.getCaptionExtension(),
                resolution, List.copyOf(subsets), images, Collections.unmodifiableMap(viewTags),
                Collections.unmodifiableMap(framingTags), Collections.unmodifiableMap(hidden),
                session.problems(), session.orphanCaptions(), session.otherCaptionFiles());
    }

    /** The facts of one subset; must run on the model's thread. */
    public static SubsetInfo subsetInfo(DatasetSession session, Subset s) {
        Path dir = session.subsetDir(s);
        return new SubsetInfo(s.getFolder(), s.getKind(), s.getRepeats(), s.getClassTokens() == null ? "" : s.getClassTokens(),
                FolderScan.relative(session.root(), dir) + "/", dir);
    }

    /** A snapshot of one image of {@code subset}; must run on the model's thread. */
    public static Image image(SubsetInfo subset, ImageEntry e) {
        return new Image(subset.keyPrefix() + e.getPath(), subset, e.getPath(), e.getWidth(), e.getHeight(), e.getFormat(),
                e.getBytes(), e.getMtime(), e.getContentHash(), List.copyOf(e.getTags()), e.getCaptionStatus(), e.getView(),
                e.getFraming(), e.isExcluded());
    }

    /** The images of kohya's training subsets (not regularisation, not ignored folders, not excluded). */
    public List<Image> trainingImages() {
        List<Image> out = new ArrayList<>();
        for (Image i : images) {
            if (i.subset().kind() == SubsetKind.TRAIN && i.subset().usedByKohya() && !i.excluded()) {
                out.add(i);
            }
        }
        return out;
    }
}
