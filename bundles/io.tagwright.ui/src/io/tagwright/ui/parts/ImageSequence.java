package io.tagwright.ui.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.Subset;

/**
 * The order in which Previous/Next walk a dataset's images: the order its gallery shows (filtered and
 * sorted) while a gallery is open, otherwise subset by subset as on disk. UI thread only.
 */
public final class ImageSequence {

    private static final Map<DatasetSession, Supplier<List<ImageEntry>>> ORDERS = new HashMap<>();

    private ImageSequence() {
    }

    /** Makes {@code order} the walking order of a dataset (a gallery does this while it is open). */
    public static void register(DatasetSession session, Supplier<List<ImageEntry>> order) {
        ORDERS.put(session, order);
    }

    public static void unregister(DatasetSession session, Supplier<List<ImageEntry>> order) {
        ORDERS.remove(session, order);
    }

    /** The images in walking order. */
    public static List<ImageEntry> order(DatasetSession session) {
        Supplier<List<ImageEntry>> s = ORDERS.get(session);
        if (s != null) {
            return s.get();
        }
        List<ImageEntry> all = new ArrayList<>(session.imageCount());
        for (Subset subset : session.dataset().getSubsets()) {
            all.addAll(subset.getImages());
        }
        return all;
    }

    /**
     * The image {@code delta} steps from {@code entry} (wrapping around), or null if the order is empty. An image
     * the order does not hold (filtered out of the gallery) steps to the order's first or last image.
     */
    public static ImageEntry neighbour(DatasetSession session, ImageEntry entry, int delta) {
        List<ImageEntry> order = order(session);
        if (order.isEmpty()) {
            return null;
        }
        int i = order.indexOf(entry);
        if (i < 0) {
            return delta > 0 ? order.get(0) : order.get(order.size() - 1);
        }
        return order.get(Math.floorMod(i + delta, order.size()));
    }

    /** 1-based position of the image in the order and the order's size, for "12 / 42". */
    public static int[] position(DatasetSession session, ImageEntry entry) {
        List<ImageEntry> order = order(session);
        return new int[] { order.indexOf(entry) + 1, order.size() };
    }
}
