package io.tagwright.ui.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.index.DatasetIndex;
import io.tagwright.index.DatasetIndexes;
import io.tagwright.index.IndexSettings;
import io.tagwright.index.SuggestMode;
import io.tagwright.index.Suggestion;
import io.tagwright.index.TagSuggester;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * Each open dataset's search index: attached on the UI thread when the dataset opens, brought up to date in
 * a job, closed with the dataset. Queries, counts and completions go to it; it follows every edit by itself.
 */
public final class Indexes implements DatasetRegistry.Listener {

    private static Indexes instance;

    private final Map<DatasetSession, Job> updating = new HashMap<>();
    private final java.util.List<DatasetSession> waiting = new java.util.ArrayList<>();
    private boolean warm;
    private final Map<DatasetSession, Boolean> ready = new ConcurrentHashMap<>();
    private final Map<DatasetSession, TagSuggester> suggesters = new ConcurrentHashMap<>();
    private final List<java.util.function.Consumer<DatasetSession>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.Set<DatasetSession> notifyQueued = ConcurrentHashMap.newKeySet();

    private Indexes() {
    }

    /** Starts following the registry (once). UI thread. */
    public static synchronized void start() {
        if (instance == null) {
            instance = new Indexes();
            TagResources.start();
            TagResources.onLoaded(instance.suggesters::clear);
            DatasetRegistry.getDefault().addListener(instance);
            DatasetRegistry.getDefault().sessions().forEach(instance::datasetOpened);
            instance.warmUp();
        }
    }

    /** The dataset's index once it is up to date, else null (searching a half-built index would mislead). */
    public static DatasetIndex of(DatasetSession session) {
        return session != null && instance != null && Boolean.TRUE.equals(instance.ready.get(session)) ? DatasetIndexes.get(session) : null;
    }

    /** The job that brings the index up to date, or null when it is ready (for waiting in tests and views). */
    public static Job updateJob(DatasetSession session) {
        return instance == null ? null : instance.updating.get(session);
    }

    /** Completions of {@code typed} from the tag list and the dataset's tags (empty while the index is not ready). */
    public static List<Suggestion> suggest(DatasetSession session, String typed, int limit) {
        DatasetIndex index = of(session);
        if (index == null) {
            return List.of();
        }
        TagSuggester s = instance.suggesters.computeIfAbsent(session, k -> TagSuggester.forIndex(TagResources.tagList(), index));
        return s.suggest(typed, SuggestMode.PREFIX, limit);
    }

    /**
     * Tells {@code l} (on the UI thread, at most a few times a second) when a dataset's index became ready or
     * its content changed, so views that show counts can ask again.
     */
    public static void addListener(java.util.function.Consumer<DatasetSession> l) {
        start();
        instance.listeners.add(l);
    }

    public static void removeListener(java.util.function.Consumer<DatasetSession> l) {
        if (instance != null) {
            instance.listeners.remove(l);
        }
    }

    private void changed(DatasetSession session) {
        if (notifyQueued.add(session)) {
            org.eclipse.swt.widgets.Display display = org.eclipse.ui.PlatformUI.getWorkbench().getDisplay();
            display.asyncExec(() -> display.timerExec(150, () -> {
                notifyQueued.remove(session);
                listeners.forEach(l -> l.accept(session));
            }));
        }
    }

    @Override
    public void datasetsChanged() {
        // opening and closing arrive separately
    }

    /**
     * Opens and closes a throw-away index on disk in a job, so that the search engine's one-time start-up (its
     * classes, the native memory-mapping lookup: a few hundred milliseconds) happens there. Attaching an index
     * must run on the UI thread (it snapshots the model); until the warm-up is done, opened datasets wait.
     */
    private void warmUp() {
        Job job = Job.create("Preparing the search index", monitor -> {
            java.nio.file.Path dir = null;
            try {
                dir = java.nio.file.Files.createTempDirectory("tagwright-warmup");
                DatasetSession scratch = DatasetSession.create(dir, "warm-up", "warmup", 1);
                DatasetIndex.open(scratch, IndexSettings.defaults(), monitor).close();
                scratch.dispose();
            } catch (IOException | RuntimeException e) {
                TagwrightUi.log("warming up the search index failed; the first dataset opens a little slower", e);
            } finally {
                deleteTree(dir);
                DatasetRegistry.asyncOnUi(() -> {
                    warm = true;
                    List<DatasetSession> queued = List.copyOf(waiting);
                    waiting.clear();
                    queued.stream().filter(DatasetRegistry.getDefault().sessions()::contains).forEach(this::datasetOpened);
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private static void deleteTree(java.nio.file.Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it up
        }
    }

    @Override
    public void datasetOpened(DatasetSession session) {
        if (DatasetIndexes.get(session) != null) {
            return;
        }
        if (!warm) {
            if (!waiting.contains(session)) {
                waiting.add(session);
            }
            return;
        }
        DatasetIndex index;
        try {
            // one processor stays with the UI thread: on two cores a build on both made the event loop wait
            IndexSettings.Builder b = IndexSettings.builder().setBuildThreads(Runtime.getRuntime().availableProcessors() - 1);
            if (TagResources.tokenizer() != null) {
                b.optTokenizer(TagResources.tokenizer(), null);
            }
            index = DatasetIndexes.attach(session, b.build());
        } catch (IOException e) {
            TagwrightUi.log("cannot open the index of " + session.dataset().getName() + "; search is unavailable for it", e);
            return;
        }
        Job job = Job.create("Indexing " + session.dataset().getName(), monitor -> {
            try {
                index.update(monitor);
                ready.put(session, Boolean.TRUE);
                index.addListener((i, generation) -> changed(session));
                changed(session);
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                return new Status(IStatus.ERROR, TagwrightUi.PLUGIN_ID, "Cannot index " + session.root() + ": " + e.getMessage(), e);
            } finally {
                DatasetRegistry.asyncOnUi(() -> updating.remove(session));
            }
        });
        job.setPriority(Job.LONG);
        updating.put(session, job);
        job.schedule();
    }

    @Override
    public void datasetClosed(DatasetSession session) {
        waiting.remove(session);
        Job job = updating.remove(session);
        if (job != null) {
            job.cancel();
        }
        ready.remove(session);
        suggesters.remove(session);
        String name = session.dataset().getName();
        DatasetIndexes.closeForDisposal(session).exceptionally(e -> { // the registry disposes the session next
            TagwrightUi.log("cannot close the index of " + name, e);
            return null;
        });
    }
}
