package io.tagwright.ui.preferences;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.tagwright.ui.gallery.ThumbnailCaches;

/** Tagwright › the tag list for content assist and the thumbnail cache size. */
public final class TagwrightPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public TagwrightPreferencePage() {
        super(GRID);
        setDescription("Tag list for content assist and lint, CLIP tokenizer for token counts, and how much disk space thumbnails may use.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(TagwrightPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        FileFieldEditor csv = new FileFieldEditor(TagwrightPreferences.TAG_CSV, "&Tag list (tagcomplete CSV):", true,
                getFieldEditorParent()) {
            @Override
            protected boolean checkState() {
                String v = getStringValue().strip();
                if (v.isEmpty()) {
                    clearErrorMessage();
                    return true;
                }
                if (!Files.isReadable(Path.of(v))) {
                    showErrorMessage(v + " cannot be read");
                    return false;
                }
                clearErrorMessage();
                return true;
            }
        };
        csv.setFileExtensions(new String[] { "*.csv", "*.*" });
        csv.setEmptyStringAllowed(true);
        csv.getLabelControl(getFieldEditorParent()).setToolTipText(
                "tag,category,count,\"aliases\" per line, as the a1111 tagcomplete extension uses (e.g. danbooru.csv). "
                        + "Empty: content assist proposes the datasets' own tags only.");
        addField(csv);
        DirectoryFieldEditor clip = new DirectoryFieldEditor(TagwrightPreferences.CLIP_TOKENIZER, "CLIP &tokenizer folder:",
                getFieldEditorParent());
        clip.setEmptyStringAllowed(true);
        clip.getLabelControl(getFieldEditorParent()).setToolTipText("A diffusers tokenizer/ folder (vocab.json and merges.txt): "
                + "lets lint count CLIP tokens per caption and makes tokens: queries work. Empty: no token counts.");
        addField(clip);
        IntegerFieldEditor cache = new IntegerFieldEditor(TagwrightPreferences.THUMBNAIL_CACHE_MB,
                "Thumbnail &cache per dataset (MiB):", getFieldEditorParent());
        cache.setValidRange(16, 1 << 20);
        addField(cache);
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        ThumbnailCaches.boundChanged();
        PreferenceListeners.tagListChanged();
        return ok;
    }
}
