package io.tagwright.ui.preferences;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Parts of the workbench that must react when a preference page changes something (e.g. the tag list). */
public final class PreferenceListeners {

    private static final List<Runnable> TAG_LIST = new CopyOnWriteArrayList<>();

    private PreferenceListeners() {
    }

    /** Runs {@code r} whenever the tag list preference was applied. */
    public static void onTagListChanged(Runnable r) {
        TAG_LIST.add(r);
    }

    /** Tells the listeners that the tag list or tokenizer preference changed (the preference page calls this). */
    public static void tagListChanged() {
        TAG_LIST.forEach(Runnable::run);
    }
}
