package io.tagwright.ui.editor;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import io.tagwright.ui.widgets.ScaledImages;

/**
 * The image being captioned, fitted to the space (the default) or zoomed; when zoomed it pans with the
 * scroll bars or by dragging. Decoding happens in a job; only the finished picture touches the UI thread.
 */
final class ImagePreview extends Canvas {

    private static final double[] STEPS = { 0.125, 0.25, 0.333, 0.5, 0.667, 1, 1.5, 2, 3, 4, 6, 8 };

    private Image image;
    private final ScaledImages.Cache scaled = new ScaledImages.Cache();
    private String message = "Loading…";
    private boolean fit = true;
    private double zoom = 1;
    private Job loading;
    private Point dragFrom;
    private Runnable zoomListener = () -> { };

    ImagePreview(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> updateScrollBars());
        getHorizontalBar().addListener(SWT.Selection, e -> redraw());
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
        addListener(SWT.MouseDown, e -> dragFrom = e.button == 1 && !fit ? new Point(e.x, e.y) : null);
        addListener(SWT.MouseUp, e -> dragFrom = null);
        addListener(SWT.MouseMove, this::drag);
        addListener(SWT.MouseVerticalWheel, e -> {
            if ((e.stateMask & SWT.MOD1) != 0) {
                e.doit = false;
                if (e.count > 0) {
                    zoomIn();
                } else {
                    zoomOut();
                }
            }
        });
        addListener(SWT.Dispose, e -> {
            if (loading != null) {
                loading.cancel();
            }
            disposeImage();
        });
        updateScrollBars();
    }

    /** Shows the image in this file, decoded in the background. */
    void show(Path file) {
        if (loading != null) {
            loading.cancel();
        }
        message = "Loading " + file.getFileName() + "…";
        redraw();
        loading = Job.create("Loading " + file.getFileName(), monitor -> {
            ImageData data = null;
            String problem = null;
            try {
                data = new ImageData(file.toString());
            } catch (RuntimeException e) {
                problem = "Cannot show " + file.getFileName() + ": " + (e.getMessage() == null ? "unsupported format" : e.getMessage());
            }
            if (monitor.isCanceled() || isDisposed()) {
                return Status.CANCEL_STATUS;
            }
            ImageData loaded = data;
            String failure = problem;
            getDisplay().asyncExec(() -> {
                if (!isDisposed() && !monitor.isCanceled()) {
                    setImage(loaded, failure);
                }
            });
            return Status.OK_STATUS;
        });
        loading.setSystem(true);
        loading.setPriority(Job.INTERACTIVE);
        loading.schedule();
    }

    /** Shows a message instead of an image. */
    void showMessage(String text) {
        if (loading != null) {
            loading.cancel();
        }
        disposeImage();
        message = text;
        updateScrollBars();
        redraw();
    }

    private void setImage(ImageData data, String problem) {
        disposeImage();
        image = data == null ? null : new Image(getDisplay(), data);
        message = problem;
        updateScrollBars();
        redraw();
        zoomListener.run();
    }

    private void disposeImage() {
        scaled.dispose();
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    void onZoomChange(Runnable listener) {
        zoomListener = listener;
    }

    boolean isFit() {
        return fit;
    }

    /** The scale the image is drawn at now (when fitted, the fitting scale). */
    double scale() {
        if (image == null) {
            return 1;
        }
        if (!fit) {
            return zoom;
        }
        Rectangle b = image.getBounds();
        Rectangle area = getClientArea();
        return Math.min(1.0 * Math.max(1, area.width) / b.width, 1.0 * Math.max(1, area.height) / b.height);
    }

    String zoomLabel() {
        return fit ? String.format(Locale.ROOT, "Fit (%d%%)", Math.round(scale() * 100))
                : String.format(Locale.ROOT, "%d%%", Math.round(zoom * 100));
    }

    void fit() {
        fit = true;
        changed();
    }

    void actualSize() {
        setZoom(1);
    }

    void zoomIn() {
        double now = scale();
        for (double s : STEPS) {
            if (s > now + 1e-3) {
                setZoom(s);
                return;
            }
        }
    }

    void zoomOut() {
        double now = scale();
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < now - 1e-3) {
                setZoom(STEPS[i]);
                return;
            }
        }
    }

    private void setZoom(double z) {
        fit = false;
        zoom = z;
        changed();
    }

    private void changed() {
        updateScrollBars();
        redraw();
        zoomListener.run();
    }

    private void updateScrollBars() {
        Rectangle area = getClientArea();
        ScrollBar h = getHorizontalBar();
        ScrollBar v = getVerticalBar();
        if (image == null || fit) {
            h.setVisible(false);
            v.setVisible(false);
            return;
        }
        Rectangle b = image.getBounds();
        int w = (int) Math.round(b.width * zoom);
        int ht = (int) Math.round(b.height * zoom);
        configure(h, w, area.width);
        configure(v, ht, area.height);
    }

    private static void configure(ScrollBar bar, int content, int visible) {
        boolean needed = content > visible;
        bar.setVisible(needed);
        if (needed) {
            int sel = Math.min(bar.getSelection(), content - visible);
            bar.setValues(sel, 0, content, visible, Math.max(1, visible / 10), Math.max(1, visible * 9 / 10));
        } else {
            bar.setSelection(0);
        }
    }

    private void drag(Event e) {
        if (dragFrom == null || fit) {
            return;
        }
        ScrollBar h = getHorizontalBar();
        ScrollBar v = getVerticalBar();
        h.setSelection(h.getSelection() - (e.x - dragFrom.x));
        v.setSelection(v.getSelection() - (e.y - dragFrom.y));
        dragFrom = new Point(e.x, e.y);
        redraw();
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getBackground());
        gc.fillRectangle(area);
        if (image == null || image.isDisposed()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            if (message != null) {
                gc.drawText(message, 10, 10, true);
            }
            return;
        }
        Rectangle b = image.getBounds();
        double s = scale();
        int w = (int) Math.round(b.width * s);
        int h = (int) Math.round(b.height * s);
        int x = w < area.width ? (area.width - w) / 2 : -getHorizontalBar().getSelection();
        int y = h < area.height ? (area.height - h) / 2 : -getVerticalBar().getSelection();
        if (s < 1) {
            gc.drawImage(scaled.get(getDisplay(), image, w, h), x, y); // scaled once per size, not per paint
        } else {
            gc.setInterpolation(SWT.NONE);
            gc.drawImage(image, 0, 0, b.width, b.height, x, y, w, h);
        }
    }
}
