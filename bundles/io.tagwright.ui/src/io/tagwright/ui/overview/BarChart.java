package io.tagwright.ui.overview;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A small bar chart drawn with GC: vertical bars for histograms, horizontal bars for coverage (with an
 * optional target range per bar, drawn as a band, and bars outside their range in the warning colour).
 */
final class BarChart extends Canvas {

    private final boolean horizontal;
    private final Color bar;
    private final Color warn;
    private final Color band;
    private String title = "";
    private List<String> labels = List.of();
    private int[] values = new int[0];
    private int[][] targets;

    BarChart(Composite parent, boolean horizontal) {
        super(parent, SWT.DOUBLE_BUFFERED);
        this.horizontal = horizontal;
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        bar = new Color(getDisplay(), new RGB(0x3b, 0x6f, 0xb6));
        warn = new Color(getDisplay(), new RGB(0xe0, 0x8a, 0x1e));
        band = new Color(getDisplay(), new RGB(0xd7, 0xec, 0xd9));
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Dispose, e -> {
            bar.dispose();
            warn.dispose();
            band.dispose();
        });
    }

    /**
     * @param targets per bar {min, max} (max -1: no upper bound), or null without targets
     */
    void setData(String newTitle, List<String> newLabels, int[] newValues, int[][] newTargets) {
        title = newTitle;
        labels = newLabels;
        values = newValues.clone();
        targets = newTargets;
        redraw();
    }

    int[] values() {
        return values.clone();
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        GC gc = new GC(this);
        int line = gc.getFontMetrics().getHeight();
        gc.dispose();
        int h = horizontal ? line * 2 + labels.size() * (line + 6) + 8 : line * 3 + 150;
        return new Point(wHint == SWT.DEFAULT ? 360 : wHint, hHint == SWT.DEFAULT ? h : hHint);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        int line = gc.getFontMetrics().getHeight();
        gc.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawText(title, 4, 2, true);
        gc.setFont(getFont());
        int max = 1;
        for (int i = 0; i < values.length; i++) {
            max = Math.max(max, values[i]);
            if (targets != null && targets[i] != null) {
                max = Math.max(max, targets[i][1] > 0 ? targets[i][1] : targets[i][0]);
            }
        }
        if (horizontal) {
            paintHorizontal(gc, area, line, max);
        } else {
            paintVertical(gc, area, line, max);
        }
    }

    private void paintHorizontal(GC gc, Rectangle area, int line, int max) {
        int labelWidth = 0;
        for (String l : labels) {
            labelWidth = Math.max(labelWidth, gc.textExtent(l).x);
        }
        int x0 = 8 + labelWidth + 8;
        int width = Math.max(10, area.width - x0 - 50);
        int y = line * 2;
        for (int i = 0; i < values.length; i++) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(labels.get(i), 8, y + 1, true);
            boolean off = false;
            if (targets != null && targets[i] != null) {
                int lo = targets[i][0];
                int hi = targets[i][1] < 0 ? max : targets[i][1];
                gc.setBackground(band);
                gc.fillRectangle(x0 + lo * width / max, y - 1, Math.max(2, (hi - lo) * width / max), line + 4);
                off = values[i] < targets[i][0] || (targets[i][1] >= 0 && values[i] > targets[i][1]);
            }
            gc.setBackground(off ? warn : bar);
            int w = values[i] * width / max;
            gc.fillRectangle(x0, y + 2, Math.max(values[i] > 0 ? 2 : 0, w), line - 2);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(Integer.toString(values[i]), x0 + w + 5, y + 1, true);
            y += line + 6;
        }
    }

    private void paintVertical(GC gc, Rectangle area, int line, int max) {
        int top = line * 2 + 4;
        int bottom = area.height - line * 2;
        int height = Math.max(10, bottom - top);
        int n = Math.max(1, values.length);
        int slot = Math.max(8, (area.width - 16) / n);
        for (int i = 0; i < values.length; i++) {
            int x = 8 + i * slot;
            int h = values[i] * height / max;
            gc.setBackground(bar);
            gc.fillRectangle(x + 4, bottom - h, slot - 8, h);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            String v = Integer.toString(values[i]);
            Point ve = gc.textExtent(v);
            gc.drawText(v, x + (slot - ve.x) / 2, bottom - h - ve.y - 1, true);
            String l = labels.get(i);
            Point le = gc.textExtent(l);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText(l, x + (slot - le.x) / 2, bottom + 3 + (i % 2 == 1 && le.x > slot - 2 ? line : 0), true);
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.drawLine(8, bottom, 8 + n * slot, bottom);
    }
}
