package io.tagwright.ui.preferences;

import org.eclipse.jface.preference.IPreferenceStore;

import io.tagwright.ui.TagwrightUi;

/** Preference keys of the workbench and typed access to them (defaults in {@link PreferenceDefaults}). */
public final class TagwrightPreferences {

    /** Path of a tag list in tagcomplete's CSV format (empty: only the datasets' own tags are proposed). */
    public static final String TAG_CSV = "tagCsv";
    /** A CLIP tokenizer (a folder with vocab.json and merges.txt, or bpe_simple_vocab_16e6.txt.gz) for token counts. */
    public static final String CLIP_TOKENIZER = "clipTokenizer";
    /** Size bound of each dataset's thumbnail folder, in MiB. */
    public static final String THUMBNAIL_CACHE_MB = "thumbnailCacheMb";
    /** Annotation → tags mapping for new datasets, one {@code view:front=tag, tag} line per annotation. */
    public static final String ANNOTATION_TAGS = "annotationTags";
    /** Tags that cannot be seen from behind, comma-separated, for new datasets. */
    public static final String HIDDEN_FROM_BEHIND = "hiddenFromBehind";

    private TagwrightPreferences() {
    }

    public static IPreferenceStore store() {
        return TagwrightUi.getDefault().getPreferenceStore();
    }

    public static long thumbnailCacheBytes() {
        return Math.max(16, store().getInt(THUMBNAIL_CACHE_MB)) * 1024L * 1024L;
    }

    public static String tagCsv() {
        return store().getString(TAG_CSV).strip();
    }

    public static String clipTokenizer() {
        return store().getString(CLIP_TOKENIZER).strip();
    }
}
