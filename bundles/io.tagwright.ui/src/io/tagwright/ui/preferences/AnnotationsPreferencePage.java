package io.tagwright.ui.preferences;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * Tagwright › Annotations: which caption tags each view and framing annotation stands for, and which tags
 * cannot be seen from behind. New and imported datasets start with these; "Apply to Open Datasets" gives
 * them to the open ones as an undoable change.
 */
public final class AnnotationsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private Text mapping;
    private Text hidden;

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(TagwrightPreferences.store());
        setDescription("Annotation → caption tags, one 'view:NAME=tags' or 'framing:NAME=tags' line each.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(c);
        mapping = new Text(c, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 220).applyTo(mapping);
        new Label(c, SWT.NONE).setText("Tags that cannot be seen &from behind (comma-separated):");
        hidden = new Text(c, SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, 70).applyTo(hidden);
        Button apply = new Button(c, SWT.PUSH);
        apply.setText("Apply to &Open Datasets");
        apply.setToolTipText("Replaces the mapping of every open dataset (undoable; saved with the dataset)");
        apply.addListener(SWT.Selection, e -> applyToOpenDatasets());
        IPreferenceStore s = getPreferenceStore();
        mapping.setText(s.getString(TagwrightPreferences.ANNOTATION_TAGS));
        hidden.setText(s.getString(TagwrightPreferences.HIDDEN_FROM_BEHIND));
        mapping.addListener(SWT.Modify, e -> validate());
        hidden.addListener(SWT.Modify, e -> validate());
        return c;
    }

    private AnnotationMapping validate() {
        try {
            AnnotationMapping m = AnnotationMapping.parse(mapping.getText(), hidden.getText());
            setErrorMessage(null);
            setValid(true);
            return m;
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            setValid(false);
            return null;
        }
    }

    private void applyToOpenDatasets() {
        AnnotationMapping m = validate();
        if (m == null) {
            return;
        }
        int n = 0;
        for (DatasetSession s : DatasetRegistry.getDefault().sessions()) {
            s.editingDomain().getCommandStack().execute(m.applyTo(s.editingDomain(), s.dataset()));
            n++;
        }
        MessageDialog.openInformation(getShell(), "Annotations", n == 0 ? "No dataset is open."
                : "The mapping was given to " + n + " open dataset(s). Save them to keep it; Undo takes it back.");
    }

    @Override
    protected void performDefaults() {
        IPreferenceStore s = getPreferenceStore();
        mapping.setText(s.getDefaultString(TagwrightPreferences.ANNOTATION_TAGS));
        hidden.setText(s.getDefaultString(TagwrightPreferences.HIDDEN_FROM_BEHIND));
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (validate() == null) {
            return false;
        }
        getPreferenceStore().setValue(TagwrightPreferences.ANNOTATION_TAGS, mapping.getText());
        getPreferenceStore().setValue(TagwrightPreferences.HIDDEN_FROM_BEHIND, hidden.getText());
        return true;
    }
}
