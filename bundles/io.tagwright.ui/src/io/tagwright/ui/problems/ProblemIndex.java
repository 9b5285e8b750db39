package io.tagwright.ui.problems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.ImageEntry;

/**
 * What is wrong with each image of each open dataset (read problems and lint findings), by image key, so
 * the gallery can badge and sort by problems without asking the marker manager for each cell. Filled by
 * the lint job; UI thread only.
 */
public final class ProblemIndex {

    /** Findings of one image: how many, and the worst severity (1 warning, 2 error). */
    public record Summary(int count, int severity) {
        Summary plus(int otherSeverity) {
            return new Summary(count + 1, Math.max(severity, otherSeverity));
        }
    }

    /** Told when the findings of a dataset were replaced. */
    public interface Listener {
        void problemsChanged(DatasetSession session);
    }

    private static final Map<DatasetSession, Map<String, Summary>> BY_SESSION = new HashMap<>();
    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

    private ProblemIndex() {
    }

    public static Summary of(DatasetSession session, ImageEntry entry) {
        Map<String, Summary> m = BY_SESSION.get(session);
        return m == null ? null : m.get(session.keyOf(entry));
    }

    /** Worst severity of an image's findings: 0 none, 1 warning, 2 error. */
    public static int severity(DatasetSession session, ImageEntry entry) {
        Summary s = of(session, entry);
        return s == null ? 0 : s.severity();
    }

    public static int count(DatasetSession session, ImageEntry entry) {
        Summary s = of(session, entry);
        return s == null ? 0 : s.count();
    }

    /** Replaces a dataset's findings: image key → (count, worst severity). */
    public static void set(DatasetSession session, Map<String, Summary> byImage) {
        BY_SESSION.put(session, Map.copyOf(byImage));
        for (Listener l : LISTENERS) {
            l.problemsChanged(session);
        }
    }

    /** Adds one finding with {@code severity} (1 warning, 2 error) for an image key to a map being built. */
    public static void add(Map<String, Summary> byImage, String imageKey, int severity) {
        byImage.merge(imageKey, new Summary(1, severity), (a, b) -> a.plus(b.severity()));
    }

    public static void forget(DatasetSession session) {
        BY_SESSION.remove(session);
    }

    public static void addListener(Listener l) {
        LISTENERS.add(l);
    }

    public static void removeListener(Listener l) {
        LISTENERS.remove(l);
    }
}
