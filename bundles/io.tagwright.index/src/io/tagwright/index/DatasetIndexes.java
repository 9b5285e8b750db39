package io.tagwright.index;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    /** Indexes closing in the background, by their session's project file. */
    private static final Map<Path, CompletableFuture<Void>> CLOSING = new ConcurrentHashMap<>();

    private DatasetIndexes() {
    }

    /** The session's index, attached (model thread) on first use; call {@link DatasetIndex#update} in a job. */
    public static DatasetIndex attach(DatasetSession session, IndexSettings settings) throws IOException {
        DatasetIndex existing = OPEN.get(session);
        if (existing != null) {
            return existing;
        }
        awaitClosed(session.projectFile()); // the same dataset's previous index still holds the folder's lock
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
     * Forgets the index of a session that is disposed right after (model thread) and closes it in a thread of its
     * own: committing and releasing its memory-mapped files (which waits for every thread of the JVM) would
     * otherwise hold up the model's thread. Its listener stays on the model objects, inert, to go with them (taking
     * it off each object costs a tenth of a second at 10,000 images). Opening the same dataset's index again, and
     * {@link #awaitClosed}, wait for the close. Returns the close, done at once if the session has no index.
     */
    public static CompletableFuture<Void> closeForDisposal(DatasetSession session) {
        DatasetIndex index = OPEN.remove(session);
        if (index == null) {
            return CompletableFuture.completedFuture(null);
        }
        index.abandonModel();
        Path key = session.projectFile();
        CompletableFuture<Void> closing = new CompletableFuture<>();
        CLOSING.put(key, closing);
        Thread t = new Thread(() -> {
            try {
                index.close();
                closing.complete(null);
            } catch (IOException | RuntimeException e) {
                closing.completeExceptionally(e instanceof IOException io ? new UncheckedIOException(io) : e);
            } finally {
                CLOSING.remove(key, closing);
            }
        }, "Closing the index of " + session.root().getFileName());
        t.start(); // not a daemon: the JVM does not exit in the middle of a commit
        return closing;
    }

    /** Waits until the index of the dataset with this project file, if one is closing, has closed. */
    public static void awaitClosed(Path projectFile) {
        CompletableFuture<Void> closing = CLOSING.get(projectFile);
        if (closing != null) {
            try {
                closing.join();
            } catch (RuntimeException e) {
                // the closing side reports its failure
            }
        }
    }
}
