package io.tagwright.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tagwright.core.dataset.DatasetSession;

/**
 * The open indexes, one per session, for code that shares a session (the workbench's views): the first
 * caller attaches, the others get the same index; closing the session's index removes it.
 */
public final class DatasetIndexes {

    private static final Map<DatasetSession, DatasetIndex> OPEN = new ConcurrentHashMap<>();
    /** Indexes closing in the background, by their dataset's metadata folder. */
    private static final Map<Path, CompletableFuture<Void>> CLOSING = new ConcurrentHashMap<>();

    private DatasetIndexes() {
    }

    /** The session's index, attached (model thread) on first use; call {@link DatasetIndex#update} in a job. */
    public static DatasetIndex attach(DatasetSession session, IndexSettings settings) throws IOException {
        DatasetIndex existing = OPEN.get(session);
        if (existing != null) {
            return existing;
        }
        CompletableFuture<Void> closing = CLOSING.get(session.metadataDir());
        if (closing != null) {
            closing.join(); // the dataset's previous index still holds the folder: wait until it is written and closed
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
     * Forgets the index of a session that is disposed right after (model thread) and closes it in the
     * background: its listener stays on the model objects, inert, to go with them (taking it off each object
     * costs a tenth of a second at 10,000 images), and writing the last changes need not hold up the caller.
     * Attaching an index to the same dataset folder waits for the close. Nothing if the session has no index.
     */
    public static void closeForDisposal(DatasetSession session) {
        DatasetIndex index = OPEN.remove(session);
        if (index == null) {
            return;
        }
        index.abandonModel();
        Path folder = session.metadataDir();
        CompletableFuture<Void> closing = new CompletableFuture<>();
        CLOSING.put(folder, closing);
        Thread.ofPlatform().daemon().name("close index of " + folder).start(() -> {
            try {
                index.close();
            } catch (IOException | RuntimeException e) {
                System.getLogger(DatasetIndexes.class.getName()).log(System.Logger.Level.WARNING, "cannot close the index in " + folder, e);
            } finally {
                CLOSING.remove(folder, closing);
                closing.complete(null);
            }
        });
    }
}
