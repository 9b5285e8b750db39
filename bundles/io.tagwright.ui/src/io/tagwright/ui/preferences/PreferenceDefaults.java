package io.tagwright.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

/** Default preference values (registered in plugin.xml). */
public final class PreferenceDefaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IPreferenceStore store = TagwrightPreferences.store();
        store.setDefault(TagwrightPreferences.TAG_CSV, "");
        store.setDefault(TagwrightPreferences.CLIP_TOKENIZER, "");
        LintPreferences.initializeDefaults(store);
        store.setDefault(TagwrightPreferences.THUMBNAIL_CACHE_MB, 512);
        AnnotationMapping builtIn = AnnotationMapping.builtIn();
        store.setDefault(TagwrightPreferences.ANNOTATION_TAGS, builtIn.mappingText());
        store.setDefault(TagwrightPreferences.HIDDEN_FROM_BEHIND, builtIn.hiddenText());
    }
}
