package io.tagwright.launching.ui.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.tagwright.launching.session.TrainingSession;
import io.tagwright.launching.session.TrainingSession.Sample;

/**
 * The run's sample images as a grid: one row per prompt, one column per epoch, so the eye follows a prompt
 * across training. Click a sample to see it large with its prompt and seed; "Compare" shows two epochs side
 * by side at a larger size.
 */
public final class SampleGrid extends Composite {

    private static final int LABEL_WIDTH = 180;
    private static final int HEADER = 20;

    private final ScrolledComposite scroll;
    private final Canvas canvas;
    private final Combo epochA;
    private final Combo epochB;
    private final Button compare;
    private final Map<String, Image> thumbnails = new HashMap<>();
    private final Map<String, Boolean> loading = new HashMap<>();
    private TrainingSession session;
    private List<Integer> epochs = List.of();
    private List<Integer> prompts = List.of();
    private final Map<Long, Sample> byCell = new HashMap<>();
    private int cell = 150;

    public SampleGrid(Composite parent) {
        super(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(this);
        new Label(this, SWT.NONE).setText("Compare epochs:");
        epochA = new Combo(this, SWT.READ_ONLY);
        epochB = new Combo(this, SWT.READ_ONLY);
        compare = new Button(this, SWT.TOGGLE);
        compare.setText("Side by side");
        compare.addListener(SWT.Selection, e -> relayout());
        epochA.addListener(SWT.Selection, e -> relayout());
        epochB.addListener(SWT.Selection, e -> relayout());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(new Label(this, SWT.NONE));
        scroll = new ScrolledComposite(this, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(scroll);
        canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
        scroll.setContent(canvas);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseUp, e -> {
            Sample s = sampleAt(e.x, e.y);
            if (s != null) {
                new SampleDialog(getShell(), s).open();
            }
        });
        addDisposeListener(e -> thumbnails.values().forEach(Image::dispose));
    }

    public void show(TrainingSession s) {
        if (s != session) {
            thumbnails.values().forEach(Image::dispose);
            thumbnails.clear();
            loading.clear();
        }
        session = s;
        refresh();
    }

    public void refresh() {
        if (isDisposed()) {
            return;
        }
        List<Sample> samples = session == null ? List.of() : session.samples();
        TreeSet<Integer> e = new TreeSet<>();
        TreeSet<Integer> p = new TreeSet<>();
        byCell.clear();
        for (Sample s : samples) {
            e.add(s.epoch());
            p.add(s.index());
            byCell.put(key(s.epoch(), s.index()), s);
        }
        List<Integer> newEpochs = new ArrayList<>(e);
        if (!newEpochs.equals(epochs)) {
            String a = epochA.getText();
            String b = epochB.getText();
            String[] items = newEpochs.stream().map(String::valueOf).toArray(String[]::new);
            epochA.setItems(items);
            epochB.setItems(items);
            // keep the user's choice; by default compare the first epoch with the latest, which the second
            // choice follows while it is on the latest
            boolean followLatest = b.isEmpty() || (!epochs.isEmpty() && b.equals(String.valueOf(epochs.get(epochs.size() - 1))));
            int ia = epochA.indexOf(a);
            int ib = followLatest ? -1 : epochB.indexOf(b);
            if (items.length > 0) {
                epochA.select(ia >= 0 ? ia : 0);
                epochB.select(ib >= 0 ? ib : items.length - 1);
            }
        }
        epochs = newEpochs;
        prompts = new ArrayList<>(p);
        relayout();
    }

    /** Turns the side-by-side comparison of the two chosen epochs on or off (as the toggle button does). */
    public void setSideBySide(boolean on) {
        compare.setSelection(on);
        relayout();
    }

    /** Epoch columns currently shown. */
    public List<Integer> shownEpochs() {
        if (compare.getSelection() && !epochA.getText().isEmpty() && !epochB.getText().isEmpty()) {
            return List.of(Integer.valueOf(epochA.getText()), Integer.valueOf(epochB.getText()));
        }
        return epochs;
    }

    public int sampleCount() {
        return byCell.size();
    }

    private void relayout() {
        cell = compare.getSelection() ? 360 : 150;
        Point size = new Point(LABEL_WIDTH + shownEpochs().size() * (cell + 4) + 4, HEADER + prompts.size() * (cell + 4) + 4);
        canvas.setSize(size);
        scroll.setMinSize(size);
        canvas.redraw();
    }

    private void paint(GC gc) {
        List<Integer> cols = shownEpochs();
        for (int c = 0; c < cols.size(); c++) {
            gc.drawText("epoch " + cols.get(c), LABEL_WIDTH + c * (cell + 4), 2, true);
        }
        for (int r = 0; r < prompts.size(); r++) {
            int y = HEADER + r * (cell + 4);
            Sample any = null;
            for (int c = 0; c < cols.size(); c++) {
                Sample s = byCell.get(key(cols.get(c), prompts.get(r)));
                if (s == null) {
                    continue;
                }
                any = s;
                Image img = thumbnail(s);
                int x = LABEL_WIDTH + c * (cell + 4);
                if (img != null) {
                    Rectangle b = img.getBounds();
                    double scale = Math.min((double) cell / b.width, (double) cell / b.height);
                    gc.setInterpolation(SWT.HIGH);
                    gc.drawImage(img, 0, 0, b.width, b.height, x, y, (int) (b.width * scale), (int) (b.height * scale));
                } else {
                    gc.drawRectangle(x, y, cell, cell);
                }
            }
            if (any != null) {
                String p = any.prompt().length() > 60 ? any.prompt().substring(0, 60) + "…" : any.prompt();
                gc.drawText(wrap(p, 24), 2, y + 2, true);
            }
        }
    }

    private static String wrap(String s, int width) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (String word : s.split(" ")) {
            if (col + word.length() > width && col > 0) {
                sb.append('\n');
                col = 0;
            }
            sb.append(word).append(' ');
            col += word.length() + 1;
        }
        return sb.toString();
    }

    private Image thumbnail(Sample s) {
        Image img = thumbnails.get(s.path());
        if (img == null && loading.putIfAbsent(s.path(), Boolean.TRUE) == null) {
            Job job = Job.create("Loading sample " + s.path(), monitor -> {
                ImageData data;
                try {
                    data = new ImageData(s.path());
                    int longest = Math.max(data.width, data.height);
                    if (longest > 360) {
                        data = data.scaledTo(data.width * 360 / longest, data.height * 360 / longest);
                    }
                } catch (RuntimeException e) {
                    data = null;
                }
                ImageData loaded = data;
                if (loaded != null && !isDisposed()) {
                    getDisplay().asyncExec(() -> {
                        if (!isDisposed()) {
                            thumbnails.put(s.path(), new Image(getDisplay(), loaded));
                            canvas.redraw();
                        }
                    });
                }
                return Status.OK_STATUS;
            });
            job.setSystem(true);
            job.schedule();
        }
        return img;
    }

    private Sample sampleAt(int x, int y) {
        if (x < LABEL_WIDTH || y < HEADER) {
            return null;
        }
        int c = (x - LABEL_WIDTH) / (cell + 4);
        int r = (y - HEADER) / (cell + 4);
        List<Integer> cols = shownEpochs();
        if (c >= cols.size() || r >= prompts.size()) {
            return null;
        }
        return byCell.get(key(cols.get(c), prompts.get(r)));
    }

    private static long key(int epoch, int index) {
        return ((long) epoch << 32) | index;
    }

    /** A sample, enlarged to fit the screen, with its prompt, seed and epoch. */
    private static final class SampleDialog extends Dialog {
        private final Sample sample;
        private Image image;

        SampleDialog(Shell shell, Sample sample) {
            super(shell);
            this.sample = sample;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText("Sample, epoch " + sample.epoch() + ", seed " + sample.seed());
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            try {
                image = enlarged(parent.getDisplay(), new ImageData(sample.path()));
                Label l = new Label(area, SWT.NONE);
                l.setImage(image);
            } catch (RuntimeException e) {
                new Label(area, SWT.NONE).setText("Cannot read " + sample.path() + ": " + e.getMessage());
            }
            Label prompt = new Label(area, SWT.WRAP);
            prompt.setText(sample.prompt() + "\nseed " + sample.seed() + " · epoch " + sample.epoch() + "\n" + sample.path());
            GridDataFactory.fillDefaults().hint(520, SWT.DEFAULT).applyTo(prompt);
            area.addDisposeListener(e -> {
                if (image != null) {
                    image.dispose();
                }
            });
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, OK, "Close", true);
        }

        /**
         * The sample scaled to fill a box that fits the screen: small samples (the tiny model's 64 px) grow by
         * whole pixels, large ones shrink to fit.
         */
        private static Image enlarged(Display display, ImageData data) {
            int box = Math.max(256, Math.min(768, display.getPrimaryMonitor().getClientArea().height - 260));
            int side = Math.max(data.width, data.height);
            double factor = side < box ? Math.floor((double) box / side) : (double) box / side;
            if (factor == 1) {
                return new Image(display, data);
            }
            return new Image(display, data.scaledTo(Math.max(1, (int) Math.round(data.width * factor)),
                    Math.max(1, (int) Math.round(data.height * factor))));
        }
    }
}
