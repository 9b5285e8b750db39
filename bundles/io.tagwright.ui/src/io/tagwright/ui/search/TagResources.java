package io.tagwright.ui.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.tagwright.core.tags.TagList;
import io.tagwright.index.TagSuggester;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.preferences.PreferenceListeners;
import io.tagwright.ui.preferences.TagwrightPreferences;

/**
 * The tag list and the CLIP tokenizer the preferences point at, loaded in background jobs (a tag list of
 * 140,000 rows takes a moment) and reloaded when the preferences change. Content assist, lint and the
 * index use them; until they are loaded (or when none is configured) they work without.
 */
public final class TagResources {

    private static volatile TagList tagList;
    private static volatile ClipTokenizer tokenizer;
    private static volatile String problem;
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
    private static boolean started;

    private TagResources() {
    }

    /** Starts loading what the preferences name (once; again whenever they change). UI thread. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        PreferenceListeners.onTagListChanged(TagResources::reload);
        reload();
    }

    /** The configured tag list, or null (none configured, not loaded yet, or unreadable: see {@link #problem}). */
    public static TagList tagList() {
        return tagList;
    }

    /** The configured CLIP tokenizer, or null. */
    public static ClipTokenizer tokenizer() {
        return tokenizer;
    }

    /** Why a configured tag list or tokenizer could not be loaded, or null. */
    public static String problem() {
        return problem;
    }

    /** Runs {@code r} (in a job thread) after each (re)load. */
    public static void onLoaded(Runnable r) {
        LISTENERS.add(r);
    }

    private static void reload() {
        String csv = TagwrightPreferences.tagCsv();
        String clip = TagwrightPreferences.clipTokenizer();
        Job job = Job.create("Loading the tag list and tokenizer", monitor -> {
            String trouble = null;
            TagList list = null;
            ClipTokenizer tok = null;
            if (!csv.isEmpty()) {
                try {
                    list = TagList.load(Path.of(csv));
                    new TagSuggester(list, null); // builds the list's completion tables now, not on the first keystroke
                } catch (IOException | RuntimeException e) {
                    trouble = "Cannot read the tag list " + csv + ": " + e.getMessage();
                }
            }
            if (!clip.isEmpty()) {
                try {
                    tok = ClipTokenizer.load(Path.of(clip));
                } catch (RuntimeException e) {
                    trouble = (trouble == null ? "" : trouble + "; ") + "Cannot load the CLIP tokenizer " + clip + ": " + e.getMessage();
                }
            }
            tagList = list;
            tokenizer = tok;
            problem = trouble;
            LISTENERS.forEach(Runnable::run);
            return trouble == null ? Status.OK_STATUS : new Status(IStatus.WARNING, TagwrightUi.PLUGIN_ID, trouble);
        });
        job.setSystem(csv.isEmpty() && clip.isEmpty());
        job.schedule();
    }
}
