package io.tagwright.ui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.lint.ViewRecipe;
import io.tagwright.core.overview.DatasetFigures;
import io.tagwright.launching.PlanPreview;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ModelPackage;
import io.tagwright.model.TrainingTarget;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.ui.preferences.LintPreferences;

/**
 * The overview page of a dataset editor: headline numbers, the buckets and step count for the chosen epochs
 * and batch size (the trainer's own bucketing and step maths), and charts of aspect ratios, resolutions and
 * view/framing coverage (bars outside the recipe's range stand out), because a picture of a 40-image set
 * reads faster than a table.
 */
public final class OverviewPage {

    private final DatasetSession session;
    private final ScrolledComposite scroll;
    private final Composite body;
    private final Label headline;
    private final Label captions;
    private final Spinner epochs;
    private final Spinner batch;
    private final Label steps;
    private final BarChart buckets;
    private final BarChart aspects;
    private final BarChart sides;
    private final BarChart views;
    private final BarChart framings;
    private boolean updating;
    private DatasetFigures figures;
    private PlanPreview plan;

    public OverviewPage(Composite parent, DatasetSession session) {
        this.session = session;
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        body = new Composite(scroll, SWT.NONE);
        body.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        body.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(14, 12).spacing(18, 12).equalWidth(true).applyTo(body);
        scroll.setContent(body);

        headline = new Label(body, SWT.WRAP);
        headline.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(headline);
        captions = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(captions);

        Group stepGroup = new Group(body, SWT.NONE);
        stepGroup.setText("Steps for the current settings");
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(stepGroup);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(stepGroup);
        new Label(stepGroup, SWT.NONE).setText("Epochs:");
        epochs = new Spinner(stepGroup, SWT.BORDER);
        epochs.setValues(8, 1, 1000, 0, 1, 5);
        new Label(stepGroup, SWT.NONE).setText("Batch size:");
        batch = new Spinner(stepGroup, SWT.BORDER);
        batch.setValues(1, 1, 64, 0, 1, 4);
        steps = new Label(stepGroup, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(steps);
        epochs.addListener(SWT.Selection, e -> setting(ModelPackage.Literals.TRAINING_TARGET__EPOCHS, epochs.getSelection()));
        batch.addListener(SWT.Selection, e -> setting(ModelPackage.Literals.TRAINING_TARGET__BATCH_SIZE, batch.getSelection()));

        buckets = new BarChart(body, false);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(buckets);
        aspects = new BarChart(body, false);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(aspects);
        sides = new BarChart(body, false);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(sides);
        views = new BarChart(body, true);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(views);
        framings = new BarChart(body, true);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(framings);
        refresh();
    }

    /** Recounts (cheap: one pass over the model) and redraws. */
    public void refresh() {
        if (body.isDisposed()) {
            return;
        }
        figures = DatasetFigures.of(session.dataset());
        DatasetFigures f = figures;
        TrainingTarget t = session.dataset().getSettings();
        updating = true;
        try {
            epochs.setSelection(t == null ? 8 : t.getEpochs());
            batch.setSelection(t == null ? 1 : t.getBatchSize());
        } finally {
            updating = false;
        }
        plan = TrainingPlans.preview(session.dataset());
        headline.setText(String.format(Locale.ROOT, "%,d training images in %d subset(s) · %,d with repeats%s",
                f.trainImages(), f.subsets(), plan.trainImagesWithRepeats(),
                f.regImages() > 0 ? String.format(Locale.ROOT, " · %,d regularisation images", f.regImages()) : ""));
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%.1f tags per caption on average", f.meanTags()));
        notes.add(f.captionsMissing() + " without caption");
        if (f.captionsEmpty() > 0) {
            notes.add(f.captionsEmpty() + " with an empty caption");
        }
        if (f.captionsUnreadable() > 0) {
            notes.add(f.captionsUnreadable() + " with an unreadable caption");
        }
        if (f.unreadableImages() > 0) {
            notes.add(f.unreadableImages() + " image(s) whose size could not be read");
        }
        captions.setText(String.join(" · ", notes));
        updateSteps();
        List<String> bucketLabels = new ArrayList<>();
        int[] bucketCounts = new int[plan.buckets().size()];
        int i = 0;
        for (var b : new java.util.TreeMap<>(plan.buckets()).entrySet()) {
            bucketLabels.add(b.getKey().width() + "×" + b.getKey().height());
            bucketCounts[i++] = (int) Math.min(Integer.MAX_VALUE, b.getValue());
        }
        buckets.setData("Buckets at " + (session.dataset().getSettings() == null ? "?" : session.dataset().getSettings().getResolution())
                + " px (images × repeats per bucket)", bucketLabels, bucketCounts, null);
        aspects.setData("Aspect ratio (width / height)", DatasetFigures.ASPECT_LABELS, f.aspectBins(), null);
        sides.setData("Shorter side (pixels)", DatasetFigures.SHORT_SIDE_LABELS, f.shortSideBins(), null);
        List<String> viewLabels = new ArrayList<>();
        int[] viewCounts = new int[ViewAnnotation.values().length];
        for (ViewAnnotation v : ViewAnnotation.values()) {
            viewLabels.add(v == ViewAnnotation.UNSET ? "not annotated" : v.getLiteral());
            viewCounts[v.getValue()] = f.views().get(v);
        }
        ViewRecipe recipe = LintPreferences.settings().recipe();
        views.setData("Views (green: what the recipe asks for)", viewLabels, viewCounts, RecipeTargets.views(recipe, f.trainImages()));
        List<String> framingLabels = new ArrayList<>();
        int[] framingCounts = new int[FramingAnnotation.values().length];
        for (FramingAnnotation fr : FramingAnnotation.values()) {
            framingLabels.add(fr == FramingAnnotation.UNSET ? "not annotated" : fr.getLiteral());
            framingCounts[fr.getValue()] = f.framings().get(fr);
        }
        framings.setData("Framing (green: what the recipe asks for)", framingLabels, framingCounts, RecipeTargets.framings(recipe));
        body.layout(true, true);
        scroll.setMinSize(body.computeSize(600, SWT.DEFAULT));
    }

    private void updateSteps() {
        String problems = plan.problems().isEmpty() ? "" : "  ⚠ " + String.join("; ", plan.problems());
        steps.setText(String.format(Locale.ROOT, "= %,d steps   (%,d batches per epoch × %d epochs, kohya bucketing%s)%s",
                plan.totalSteps(), plan.batchesPerEpoch(), plan.epochs(),
                figures.regImages() > 0 ? ", regularisation images balanced" : "", problems));
        steps.getParent().layout();
    }

    private void setting(org.eclipse.emf.ecore.EAttribute attribute, int value) {
        if (updating) {
            return;
        }
        TrainingTarget t = session.dataset().getSettings();
        if (t != null && !Integer.valueOf(value).equals(t.eGet(attribute))) {
            session.editingDomain().getCommandStack().execute(SetCommand.create(session.editingDomain(), t, attribute, value));
        }
        refresh();
    }

    /** The step count shown now (for tests). */
    public String stepsText() {
        return steps.getText();
    }

    public String headlineText() {
        return headline.getText();
    }

    public PlanPreview plan() {
        return plan;
    }

    /** The view counts the chart shows, by annotation value (for tests). */
    public int[] viewCounts() {
        return views.values();
    }
}
