package io.tagwright.ui.preferences;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.tagwright.core.lint.LintRule;
import io.tagwright.ui.problems.LintScheduler;

/** Tagwright › Lint: the thresholds the rules use and which rules run. Open datasets are checked again on OK. */
public final class LintPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private Spinner minSide;
    private Text extremeAspect;
    private Spinner minImages;
    private Spinner maxImages;
    private Spinner recipeMax;
    private Spinner everyImageMin;
    private Spinner maxTokens;
    private Table rules;

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(TagwrightPreferences.store());
        setDescription("What lint checks datasets against. The defaults follow the usual SD1.5 character-LoRA recipe.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
        minSide = spinner(c, "Images whose shorter side is below (px):", 64, 8192);
        Label l = new Label(c, SWT.NONE);
        l.setText("Extreme aspect ratio (width:height or height:width) above:");
        extremeAspect = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(extremeAspect);
        extremeAspect.addListener(SWT.Modify, e -> validate());
        minImages = spinner(c, "Fewest training images for one subject:", 1, 100_000);
        maxImages = spinner(c, "Most training images for one subject:", 1, 1_000_000);
        recipeMax = spinner(c, "Check view coverage on sets of at most:", 1, 1_000_000);
        everyImageMin = spinner(c, "Report a tag in every caption from (captions):", 2, 1_000_000);
        maxTokens = spinner(c, "Most CLIP tokens per caption:", 1, 1000);
        Label r = new Label(c, SWT.NONE);
        r.setText("Rules (unchecked rules do not run):");
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(r);
        rules = new Table(c, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        rules.setHeaderVisible(true);
        new TableColumn(rules, SWT.NONE).setText("Rule");
        new TableColumn(rules, SWT.NONE).setText("What it finds");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(480, 200).applyTo(rules);
        for (LintRule rule : LintPreferences.rules()) {
            TableItem item = new TableItem(rules, SWT.NONE);
            item.setText(new String[] { rule.id(), rule.description() });
            item.setData(rule.id());
        }
        rules.getColumn(0).pack();
        rules.getColumn(1).pack();
        load(false);
        return c;
    }

    private Spinner spinner(Composite c, String label, int min, int max) {
        new Label(c, SWT.NONE).setText(label);
        Spinner s = new Spinner(c, SWT.BORDER);
        s.setMinimum(min);
        s.setMaximum(max);
        return s;
    }

    private void load(boolean defaults) {
        IPreferenceStore s = getPreferenceStore();
        minSide.setSelection(defaults ? s.getDefaultInt(LintPreferences.MIN_IMAGE_SIDE) : s.getInt(LintPreferences.MIN_IMAGE_SIDE));
        extremeAspect.setText(defaults ? s.getDefaultString(LintPreferences.EXTREME_ASPECT) : s.getString(LintPreferences.EXTREME_ASPECT));
        minImages.setSelection(defaults ? s.getDefaultInt(LintPreferences.MIN_IMAGES) : s.getInt(LintPreferences.MIN_IMAGES));
        maxImages.setSelection(defaults ? s.getDefaultInt(LintPreferences.MAX_IMAGES) : s.getInt(LintPreferences.MAX_IMAGES));
        recipeMax.setSelection(defaults ? s.getDefaultInt(LintPreferences.RECIPE_MAX_IMAGES) : s.getInt(LintPreferences.RECIPE_MAX_IMAGES));
        everyImageMin.setSelection(defaults ? s.getDefaultInt(LintPreferences.EVERY_IMAGE_MIN_IMAGES)
                : s.getInt(LintPreferences.EVERY_IMAGE_MIN_IMAGES));
        maxTokens.setSelection(defaults ? s.getDefaultInt(LintPreferences.MAX_TOKENS) : s.getInt(LintPreferences.MAX_TOKENS));
        Set<String> off = defaults ? Set.of() : new HashSet<>(LintPreferences.disabledRules());
        for (TableItem item : rules.getItems()) {
            item.setChecked(!off.contains(item.getData()));
        }
    }

    private boolean validate() {
        try {
            double v = Double.parseDouble(extremeAspect.getText().strip());
            if (v < 1) {
                throw new NumberFormatException();
            }
            setErrorMessage(null);
            setValid(true);
            return true;
        } catch (NumberFormatException e) {
            setErrorMessage("The extreme aspect ratio is a number of at least 1, e.g. 2.0");
            setValid(false);
            return false;
        }
    }

    @Override
    protected void performDefaults() {
        load(true);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (!validate()) {
            return false;
        }
        if (minImages.getSelection() > maxImages.getSelection()) {
            setErrorMessage("The fewest images cannot be more than the most");
            return false;
        }
        IPreferenceStore s = getPreferenceStore();
        s.setValue(LintPreferences.MIN_IMAGE_SIDE, minSide.getSelection());
        s.setValue(LintPreferences.EXTREME_ASPECT, extremeAspect.getText().strip());
        s.setValue(LintPreferences.MIN_IMAGES, minImages.getSelection());
        s.setValue(LintPreferences.MAX_IMAGES, maxImages.getSelection());
        s.setValue(LintPreferences.RECIPE_MAX_IMAGES, recipeMax.getSelection());
        s.setValue(LintPreferences.EVERY_IMAGE_MIN_IMAGES, everyImageMin.getSelection());
        s.setValue(LintPreferences.MAX_TOKENS, maxTokens.getSelection());
        List<String> off = new java.util.ArrayList<>();
        for (TableItem item : rules.getItems()) {
            if (!item.getChecked()) {
                off.add((String) item.getData());
            }
        }
        s.setValue(LintPreferences.DISABLED_RULES, String.join(",", off));
        LintScheduler.checkAll();
        return true;
    }
}
