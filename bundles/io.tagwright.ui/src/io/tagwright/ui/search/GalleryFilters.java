package io.tagwright.ui.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.index.DatasetIndex;
import io.tagwright.index.query.QuerySyntaxException;
import io.tagwright.model.ImageEntry;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * Runs a query against a dataset's index in a job and hands the matching images back on the UI thread, for
 * the gallery's filter and the Search view. Searching never touches the model; turning keys into images
 * happens on the UI thread.
 */
public final class GalleryFilters {

    /** What a query found: the images, or why there are none. */
    public record Result(String query, Set<ImageEntry> images, List<String> keys, int total, long nanos, String problem) {
    }

    private GalleryFilters() {
    }

    /**
     * Runs {@code query} (blank: every image) and calls {@code done} on the UI thread. Returns the job (or null when
     * the answer was immediate).
     */
    public static Job run(DatasetSession session, String query, BiConsumer<String, Result> done) {
        DatasetIndex index = Indexes.of(session);
        if (index == null) {
            done.accept(query, new Result(query, Set.of(), List.of(), 0, 0,
                    "The index of " + session.dataset().getName() + " is still being built; try again in a moment"));
            return null;
        }
        Job job = Job.create("Searching " + session.dataset().getName(), monitor -> {
            Result r;
            try {
                long t = System.nanoTime();
                List<String> keys = index.keys(query);
                r = new Result(query, null, keys, keys.size(), System.nanoTime() - t, null);
            } catch (QuerySyntaxException e) {
                r = new Result(query, Set.of(), List.of(), 0, 0, "Column " + (e.position() + 1) + ": " + e.reason());
            } catch (IOException e) {
                r = new Result(query, Set.of(), List.of(), 0, 0, "Cannot search: " + e.getMessage());
                TagwrightUi.log("search failed", e);
            }
            Result found = r;
            DatasetRegistry.asyncOnUi(() -> done.accept(query, found.problem() != null ? found : withImages(session, found)));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
        return job;
    }

    private static Result withImages(DatasetSession session, Result r) {
        Set<ImageEntry> images = new HashSet<>(r.keys().size() * 2);
        for (String k : r.keys()) {
            ImageEntry e = session.entry(k);
            if (e != null) {
                images.add(e);
            }
        }
        return new Result(r.query(), images, r.keys(), r.total(), r.nanos(), null);
    }

    /** A query for exactly this tag, quoted as the query language wants it. */
    public static String tagQuery(String tag) {
        return "\"" + tag.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
