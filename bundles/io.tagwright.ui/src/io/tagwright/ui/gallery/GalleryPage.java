package io.tagwright.ui.gallery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.Subset;
import io.tagwright.ui.problems.ProblemIndex;

/**
 * The gallery page of a dataset editor: a filter row (query, sort order and direction, thumbnail size, what
 * is shown) above the thumbnail grid.
 */
final class GalleryPage {

    private final Composite control;
    private final Composite filterRow;
    private final Combo sort;
    private final ToolItem descending;
    private final Scale size;
    private final Label counts;
    private final DatasetSession session;
    private final GalleryCanvas canvas;
    private final ThumbnailLoader loader;
    private Predicate<ImageEntry> filter;
    private String filterText;

    GalleryPage(Composite parent, DatasetSession session) {
        this.session = session;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(control);
        Composite bar = new Composite(control, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).margins(6, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        filterRow = new Composite(bar, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(filterRow);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterRow);
        new Label(bar, SWT.NONE).setText("Sort:");
        sort = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (GallerySort s : GallerySort.values()) {
            sort.add(s.label);
        }
        sort.select(0);
        ToolBar dir = new ToolBar(bar, SWT.FLAT);
        descending = new ToolItem(dir, SWT.CHECK);
        descending.setText("↓");
        descending.setToolTipText("Descending");
        new Label(bar, SWT.NONE).setText("Size:");
        size = new Scale(bar, SWT.HORIZONTAL);
        size.setMinimum(64);
        size.setMaximum(ThumbnailCaches.EDGE);
        size.setIncrement(8);
        size.setPageIncrement(32);
        size.setSelection(150);
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(size);
        counts = new Label(bar, SWT.RIGHT);
        GridDataFactory.fillDefaults().hint(130, SWT.DEFAULT).applyTo(counts);

        GalleryCanvas[] holder = new GalleryCanvas[1];
        loader = new ThumbnailLoader(control.getDisplay(), ThumbnailCaches.of(session), session.dataset().getName(),
                e -> holder[0].redraw(e));
        canvas = new GalleryCanvas(control, loader,
                e -> new ThumbnailLoader.Request(e, session.imagePath(e), e.getBytes(), e.getMtime()),
                e -> ProblemIndex.severity(session, e));
        holder[0] = canvas;
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        canvas.setEdge(size.getSelection());
        sort.addListener(SWT.Selection, e -> reload());
        descending.addListener(SWT.Selection, e -> reload());
        size.addListener(SWT.Selection, e -> canvas.setEdge(size.getSelection()));
        canvas.addSelectionListener(e -> updateCounts());
        control.addListener(SWT.Dispose, e -> loader.dispose());
        reload();
    }

    Composite control() {
        return control;
    }

    /** Where the owner puts its query field. */
    Composite filterRow() {
        return filterRow;
    }

    GalleryCanvas canvas() {
        return canvas;
    }

    /** Shows only the images the predicate accepts (null: all), found by the query {@code text}. */
    void setFilter(String text, Predicate<ImageEntry> predicate) {
        filterText = predicate == null ? null : text;
        filter = predicate;
        reload();
    }

    String filterText() {
        return filterText;
    }

    /** Recomputes what is shown (the dataset's images changed, or the filter or order). */
    void reload() {
        List<ImageEntry> shown = new ArrayList<>(session.imageCount());
        for (Subset s : session.dataset().getSubsets()) {
            for (ImageEntry e : s.getImages()) {
                if (filter == null || filter.test(e)) {
                    shown.add(e);
                }
            }
        }
        GallerySort order = GallerySort.values()[Math.max(0, sort.getSelectionIndex())];
        canvas.setItems(order.sort(shown, descending.getSelection(), e -> ProblemIndex.count(session, e)));
        updateCounts();
    }

    /** Shows the images in this order (for tests and for "sort by" from elsewhere). */
    void sortBy(GallerySort order, boolean desc) {
        sort.select(order.ordinal());
        descending.setSelection(desc);
        reload();
    }

    private void updateCounts() {
        int shown = canvas.items().size();
        int total = session.imageCount();
        int sel = canvas.selectedSet().size();
        String text = shown == total ? String.format(Locale.ROOT, "%,d images", total)
                : String.format(Locale.ROOT, "%,d of %,d images", shown, total);
        counts.setText(sel > 0 ? text + String.format(Locale.ROOT, " · %,d selected", sel) : text);
    }

    void setFocus() {
        canvas.setFocus();
    }
}
