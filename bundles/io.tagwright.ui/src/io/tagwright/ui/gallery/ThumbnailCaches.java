package io.tagwright.ui.gallery;

import java.util.HashMap;
import java.util.Map;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.thumbnails.ThumbnailCache;
import io.tagwright.ui.preferences.TagwrightPreferences;

/** One thumbnail cache per open dataset, in its metadata folder, bounded by the preference. UI thread. */
public final class ThumbnailCaches {

    /** Longest side of a stored thumbnail; galleries draw them at this size or smaller. */
    public static final int EDGE = 256;

    private static final Map<DatasetSession, ThumbnailCache> CACHES = new HashMap<>();

    private ThumbnailCaches() {
    }

    public static ThumbnailCache of(DatasetSession session) {
        return CACHES.computeIfAbsent(session, s -> new ThumbnailCache(
                s.metadataDir().resolve(ThumbnailCache.FOLDER), EDGE, TagwrightPreferences.thumbnailCacheBytes()));
    }

    /** Applies a new size bound to every cache (the preference changed). */
    public static void boundChanged() {
        long bytes = TagwrightPreferences.thumbnailCacheBytes();
        CACHES.values().forEach(c -> c.setMaxBytes(bytes));
    }

    public static void forget(DatasetSession session) {
        CACHES.remove(session);
    }
}
