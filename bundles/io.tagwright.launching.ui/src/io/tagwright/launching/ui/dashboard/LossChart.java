package io.tagwright.launching.ui.dashboard;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import io.tagwright.launching.session.TrainingSession;
import io.tagwright.launching.session.TrainingSession.EpochRow;
import io.tagwright.launching.session.TrainingSession.StepPoint;

/**
 * The loss chart: kohya's {@code loss/current} (faint), {@code loss/average}, {@code loss/epoch} and the
 * validation loss (markers at the end of each epoch) against the step, and the U-Net learning rate on a
 * second axis; a TensorBoard-style smoothing slider and a log scale.
 */
public final class LossChart extends Composite {

    public static final String CURRENT = "loss/current";
    public static final String AVERAGE = "loss/average";
    public static final String EPOCH = "loss/epoch";
    public static final String VALIDATION = "loss/validation";
    public static final String LEARNING_RATE = "lr/unet";

    private final Chart chart;
    private final Scale smoothing;
    private final Button logScale;
    private final int lrAxis;
    private TrainingSession session;

    public LossChart(Composite parent) {
        super(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(this);
        chart = new Chart(this, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(chart);
        chart.getTitle().setVisible(false);
        chart.getAxisSet().getXAxis(0).getTitle().setText("step");
        chart.getAxisSet().getYAxis(0).getTitle().setText("loss");
        lrAxis = chart.getAxisSet().createYAxis();
        IAxis lr = chart.getAxisSet().getYAxis(lrAxis);
        lr.setPosition(IAxis.Position.Secondary);
        lr.getTitle().setText("learning rate");
        line(CURRENT, new RGB(170, 190, 230), 1, false);
        line(AVERAGE, new RGB(30, 80, 200), 2, false);
        line(EPOCH, new RGB(220, 120, 20), 2, true);
        line(VALIDATION, new RGB(40, 160, 60), 2, true);
        ILineSeries<?> lrSeries = line(LEARNING_RATE, new RGB(150, 150, 150), 1, false);
        lrSeries.setLineStyle(LineStyle.DASH);
        lrSeries.setYAxisId(lrAxis);

        new Label(this, SWT.NONE).setText("Smoothing:");
        smoothing = new Scale(this, SWT.HORIZONTAL);
        smoothing.setMinimum(0);
        smoothing.setMaximum(99);
        smoothing.setSelection(60);
        smoothing.setToolTipText("Exponential moving average of loss/current, as in TensorBoard");
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(smoothing);
        smoothing.addListener(SWT.Selection, e -> refresh());
        logScale = new Button(this, SWT.CHECK);
        logScale.setText("Log scale");
        logScale.addListener(SWT.Selection, e -> refresh());
        Label spacer = new Label(this, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(spacer);
    }

    private ILineSeries<?> line(String id, RGB rgb, int width, boolean markers) {
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        Color c = new Color(getDisplay(), rgb);
        s.setLineColor(c);
        s.setLineWidth(width);
        s.setSymbolType(markers ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
        s.setSymbolColor(c);
        s.setSymbolSize(4);
        if (markers) {
            s.setLineStyle(LineStyle.DOT);
        }
        return s;
    }

    public void show(TrainingSession s) {
        session = s;
        refresh();
    }

    /** Redraws from the session (UI thread). */
    public void refresh() {
        if (isDisposed()) {
            return;
        }
        List<StepPoint> steps = session == null ? List.of() : session.steps();
        List<EpochRow> epochs = session == null ? List.of() : session.epochs();
        int n = steps.size();
        double[] x = new double[n];
        double[] cur = new double[n];
        double[] avg = new double[n];
        double[] lr = new double[n];
        double alpha = smoothing.getSelection() / 100.0;
        double ema = Double.NaN;
        for (int i = 0; i < n; i++) {
            StepPoint p = steps.get(i);
            x[i] = p.step();
            ema = Double.isNaN(ema) ? p.loss() : alpha * ema + (1 - alpha) * p.loss();
            cur[i] = alpha > 0 ? ema : p.loss();
            avg[i] = p.averageLoss();
            Double unet = p.learningRates().getOrDefault("unet", p.learningRates().values().stream().findFirst().orElse(Double.NaN));
            lr[i] = unet;
        }
        set(CURRENT, x, cur);
        set(AVERAGE, x, avg);
        set(LEARNING_RATE, x, lr);
        double[] ex = new double[epochs.size()];
        double[] el = new double[epochs.size()];
        int valCount = (int) epochs.stream().filter(e -> e.validationLoss() != null).count();
        double[] vx = new double[valCount];
        double[] vl = new double[valCount];
        int vi = 0;
        for (int i = 0; i < epochs.size(); i++) {
            EpochRow e = epochs.get(i);
            ex[i] = lastStepOf(steps, e.epoch(), i + 1);
            el[i] = e.loss();
            if (e.validationLoss() != null) {
                vx[vi] = ex[i];
                vl[vi++] = e.validationLoss();
            }
        }
        set(EPOCH, ex, el);
        set(VALIDATION, vx, vl);
        boolean log = logScale.getSelection() && allPositive(cur) && allPositive(avg) && allPositive(el);
        chart.getAxisSet().getYAxis(0).enableLogScale(log);
        chart.getAxisSet().adjustRange();
        if (!log) {
            fit(chart.getAxisSet().getYAxis(0), cur, avg, el, vl);
        }
        fit(chart.getAxisSet().getYAxis(1), lr);
        chart.redraw();
    }

    /** The data's own span with a small margin, never below zero (losses and learning rates are not negative). */
    private static void fit(IAxis axis, double[]... series) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] ys : series) {
            for (double y : ys) {
                if (Double.isFinite(y)) {
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
        }
        if (lo > hi) {
            return;
        }
        double margin = hi > lo ? (hi - lo) * 0.05 : Math.max(Math.abs(hi) * 0.05, 1e-9);
        axis.setRange(new Range(Math.max(0, lo - margin), hi + margin));
    }

    /** Epoch losses are drawn at the last step of their epoch (where kohya logs them). */
    private static double lastStepOf(List<StepPoint> steps, int epoch, double fallback) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).epoch() == epoch) {
                return steps.get(i).step();
            }
        }
        return fallback;
    }

    private static boolean allPositive(double[] v) {
        for (double d : v) {
            if (!(d > 0)) {
                return false;
            }
        }
        return true;
    }

    private void set(String id, double[] x, double[] y) {
        ISeries<?> s = chart.getSeriesSet().getSeries(id);
        s.setXSeries(x);
        s.setYSeries(y);
    }

    /** Number of points in a series (tests check that charts fill). */
    public int points(String id) {
        double[] y = chart.getSeriesSet().getSeries(id).getYSeries();
        return y == null ? 0 : y.length;
    }

    public Chart chart() {
        return chart;
    }
}
