package io.tagwright.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tagwright.core.dataset.DatasetSession;

/**
 * The open indexes, one per session, for code that shares a session (the workbench's views): the first
 * caller attaches, the others get the same index; closing the session's index removes it.
 */
public final class DatasetIndexes {

    private static final Map<DatasetSession, DatasetIndex> OPEN = new ConcurrentHashMap<>();

    private DatasetIndexes() {
    }

    /** The session's index, attached (model thread) on first use; call {@link DatasetIndex#update} in a job. */
    public static DatasetIndex attach(DatasetSession session, IndexSettings settings) throws IOException {
        DatasetIndex existing = OPEN.get(session);
        if (existing != null) {
            return existing;
        }
        DatasetIndex index = DatasetIndex.attach(session, settings);
        OPEN.put(session, index);
        return index;
    }

    /** The session's index, opened and brought up to date on first use (model thread). */
    public static DatasetIndex open(DatasetSession session, IndexSettings settings, IProgressMonitor monitor) throws IOException {
        DatasetIndex index = attach(session, settings);
        index.update(monitor);
        return index;
    }

    /** The session's index, or null. */
    public static DatasetIndex get(DatasetSession session) {
        return OPEN.get(session);
    }

    /** Closes and forgets the session's index (model thread); nothing if it has none. */
    public static void close(DatasetSession session) throws IOException {
        DatasetIndex index = OPEN.remove(session);
        if (index != null) {
            index.close();
        }
    }

    /**
     * Closes and forgets the index of a session that is disposed right after (model thread): its listener stays on
     * the model objects, inert, to go with them (taking it off each object costs a tenth of a second at 10,000
     * images). Nothing if the session has no index.
     */
    public static void closeForDisposal(DatasetSession session) throws IOException {
        DatasetIndex index = OPEN.remove(session);
        if (index != null) {
            index.abandonModel();
            index.close();
        }
    }
}
