package io.tagwright.ui.gallery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;

import io.tagwright.model.CaptionStatus;
import io.tagwright.model.ImageEntry;

/**
 * A virtual grid of thumbnails: it draws only the cells on screen, so its cost does not depend on how many
 * images the dataset has. Cells show the thumbnail (or, until it is ready, a box of the image's aspect
 * ratio), the file name, view/framing badges and a problem marker. Selection works as in any file browser:
 * click, Ctrl+click, Shift+click, arrow keys (with Shift), Home/End, Page Up/Down, Ctrl+A; Enter or a
 * double-click opens the focused image.
 */
final class GalleryCanvas extends Canvas {

    /** The worst problem an image has: 0 none, 1 warning, 2 error. */
    interface Problems {
        int severity(ImageEntry entry);
    }

    private static final int GAP = 10;
    private static final int PAD = 4;

    private final ThumbnailLoader loader;
    private final Function<ImageEntry, ThumbnailLoader.Request> requests;
    private final Problems problems;
    private final Color selectionFill;
    private final Color placeholder;
    private final Color badgeFill;
    private final Color errorFill;
    private final Color warningFill;
    private List<ImageEntry> items = List.of();
    private Map<ImageEntry, Integer> indexOf = Map.of();
    private final LinkedHashSet<ImageEntry> selected = new LinkedHashSet<>();
    private int focus = -1;
    private int anchor = -1;
    private int edge = 150;
    private int columns = 1;
    private int cellWidth;
    private int cellHeight;
    private int textHeight;

    GalleryCanvas(Composite parent, ThumbnailLoader loader, Function<ImageEntry, ThumbnailLoader.Request> requests,
            Problems problems) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.NO_BACKGROUND);
        this.loader = loader;
        this.requests = requests;
        this.problems = problems;
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        selectionFill = new Color(getDisplay(), new RGB(0xc9, 0xdc, 0xf5));
        placeholder = new Color(getDisplay(), new RGB(0xdd, 0xe1, 0xe7));
        badgeFill = new Color(getDisplay(), new RGB(0x2f, 0x3b, 0x4c));
        errorFill = new Color(getDisplay(), new RGB(0xc8, 0x40, 0x2f));
        warningFill = new Color(getDisplay(), new RGB(0xe0, 0x9a, 0x1e));
        GC gc = new GC(this);
        textHeight = gc.getFontMetrics().getHeight();
        gc.dispose();
        addListener(SWT.Paint, e -> paint(e.gc, new Rectangle(e.x, e.y, e.width, e.height)));
        addListener(SWT.Resize, e -> relayout());
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseDoubleClick, e -> {
            int i = indexAt(e.x, e.y);
            if (i >= 0) {
                notifyListeners(SWT.DefaultSelection, new Event());
            }
        });
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            } else if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                notifyListeners(SWT.DefaultSelection, new Event());
            }
        });
        addListener(SWT.FocusIn, e -> redraw());
        addListener(SWT.FocusOut, e -> redraw());
        addListener(SWT.MouseHover, e -> {
            int i = indexAt(e.x, e.y);
            setToolTipText(i < 0 ? null : tooltip(items.get(i)));
        });
        addListener(SWT.Dispose, e -> {
            selectionFill.dispose();
            placeholder.dispose();
            badgeFill.dispose();
            errorFill.dispose();
            warningFill.dispose();
        });
    }

    // ---------------------------------------------------------------- content

    /** Shows these images in this order; keeps the selection of those still shown. */
    void setItems(List<ImageEntry> newItems) {
        ImageEntry focused = focus >= 0 && focus < items.size() ? items.get(focus) : null;
        items = newItems;
        Map<ImageEntry, Integer> idx = new HashMap<>(newItems.size() * 2);
        for (int i = 0; i < newItems.size(); i++) {
            idx.put(newItems.get(i), i);
        }
        indexOf = idx;
        selected.retainAll(idx.keySet());
        Integer f = focused == null ? null : idx.get(focused);
        focus = f == null ? (newItems.isEmpty() ? -1 : 0) : f;
        anchor = focus;
        relayout();
    }

    List<ImageEntry> items() {
        return items;
    }

    /** The selected images in gallery order. */
    List<ImageEntry> selection() {
        List<ImageEntry> out = new ArrayList<>(selected);
        out.sort((a, b) -> Integer.compare(indexOf.getOrDefault(a, 0), indexOf.getOrDefault(b, 0)));
        return out;
    }

    ImageEntry focused() {
        return focus >= 0 && focus < items.size() ? items.get(focus) : null;
    }

    /** Selects these images (those shown), focuses and reveals the first; tells selection listeners. */
    void select(List<ImageEntry> entries) {
        selected.clear();
        int first = -1;
        for (ImageEntry e : entries) {
            Integer i = indexOf.get(e);
            if (i != null) {
                selected.add(e);
                first = first < 0 ? i : Math.min(first, i);
            }
        }
        if (first >= 0) {
            focus = first;
            anchor = first;
            reveal(first);
        }
        redraw();
        notifyListeners(SWT.Selection, new Event());
    }

    void setEdge(int newEdge) {
        int first = firstVisibleIndex();
        edge = newEdge;
        loader.setEdge(newEdge);
        relayout();
        if (first >= 0) {
            reveal(first);
        }
    }

    /** Redraws the cell of one image (its thumbnail arrived or its label changed). */
    void redraw(ImageEntry e) {
        Integer i = indexOf.get(e);
        if (i != null) {
            Rectangle r = cellBounds(i);
            if (r.intersects(getClientArea())) {
                redraw(r.x, r.y, r.width, r.height, false);
            }
        }
    }

    // ---------------------------------------------------------------- geometry

    private void relayout() {
        Rectangle area = getClientArea();
        cellWidth = edge + 2 * PAD;
        cellHeight = edge + 2 * PAD + textHeight + 4;
        columns = Math.max(1, (area.width - GAP) / (cellWidth + GAP));
        int rows = (items.size() + columns - 1) / columns;
        int total = rows * (cellHeight + GAP) + GAP;
        ScrollBar bar = getVerticalBar();
        int sel = Math.min(bar.getSelection(), Math.max(0, total - area.height));
        bar.setValues(sel, 0, Math.max(total, 1), Math.max(1, Math.min(area.height, total)), Math.max(1, (cellHeight + GAP) / 3),
                Math.max(1, area.height - cellHeight));
        bar.setVisible(total > area.height);
        redraw();
    }

    private Rectangle cellBounds(int index) {
        int row = index / columns;
        int col = index % columns;
        int extra = Math.max(0, (getClientArea().width - GAP - columns * (cellWidth + GAP)) / 2);
        int x = GAP + extra + col * (cellWidth + GAP);
        int y = GAP + row * (cellHeight + GAP) - getVerticalBar().getSelection();
        return new Rectangle(x, y, cellWidth, cellHeight);
    }

    private int indexAt(int x, int y) {
        int yy = y + getVerticalBar().getSelection() - GAP;
        if (yy < 0) {
            return -1;
        }
        int row = yy / (cellHeight + GAP);
        int extra = Math.max(0, (getClientArea().width - GAP - columns * (cellWidth + GAP)) / 2);
        int xx = x - GAP - extra;
        if (xx < 0) {
            return -1;
        }
        int col = xx / (cellWidth + GAP);
        if (col >= columns || xx % (cellWidth + GAP) > cellWidth || yy % (cellHeight + GAP) > cellHeight) {
            return -1;
        }
        int i = row * columns + col;
        return i < items.size() ? i : -1;
    }

    private int firstVisibleIndex() {
        if (items.isEmpty() || cellHeight == 0) {
            return -1;
        }
        int row = Math.max(0, (getVerticalBar().getSelection() - GAP) / (cellHeight + GAP));
        return Math.min(items.size() - 1, row * columns);
    }

    private void reveal(int index) {
        if (index < 0 || cellHeight == 0) {
            return;
        }
        ScrollBar bar = getVerticalBar();
        int top = GAP + (index / columns) * (cellHeight + GAP);
        int visible = getClientArea().height;
        if (top < bar.getSelection()) {
            bar.setSelection(top - GAP);
        } else if (top + cellHeight > bar.getSelection() + visible) {
            bar.setSelection(top + cellHeight + GAP - visible);
        }
        redraw();
    }

    // ---------------------------------------------------------------- painting

    private void paint(GC gc, Rectangle clip) {
        Rectangle area = getClientArea();
        gc.setBackground(getBackground());
        gc.fillRectangle(clip);
        if (items.isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
            gc.drawText("No images to show.", GAP, GAP, true);
            return;
        }
        int offset = getVerticalBar().getSelection();
        int rowH = cellHeight + GAP;
        int firstRow = Math.max(0, (clip.y + offset - GAP) / rowH);
        int lastRow = Math.min((items.size() - 1) / columns, (clip.y + clip.height + offset - GAP) / rowH);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        List<ThumbnailLoader.Request> wanted = new ArrayList<>();
        for (int row = firstRow; row <= lastRow; row++) {
            for (int col = 0; col < columns; col++) {
                int i = row * columns + col;
                if (i >= items.size()) {
                    break;
                }
                if (paintCell(gc, i) == null) {
                    wanted.add(requests.apply(items.get(i)));
                }
            }
        }
        // the next screenful, so scrolling on finds thumbnails ready
        int visibleRows = area.height / rowH + 1;
        int from = (lastRow + 1) * columns;
        int to = Math.min(items.size(), from + visibleRows * columns);
        for (int i = from; i < to; i++) {
            if (loader.image(items.get(i)) == null) {
                wanted.add(requests.apply(items.get(i)));
            }
        }
        loader.want(wanted);
    }

    /** Paints one cell; returns its thumbnail, or null if it is not ready. */
    private Image paintCell(GC gc, int i) {
        ImageEntry e = items.get(i);
        Rectangle r = cellBounds(i);
        boolean isSelected = selected.contains(e);
        if (isSelected) {
            gc.setBackground(selectionFill);
            gc.fillRoundRectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4, 10, 10);
        }
        Image thumb = loader.image(e);
        int boxX = r.x + PAD;
        int boxY = r.y + PAD;
        if (thumb != null) {
            Rectangle b = thumb.getBounds(); // made at this size by the loader: drawn without scaling
            gc.drawImage(thumb, boxX + (edge - b.width) / 2, boxY + (edge - b.height) / 2);
        } else {
            double aspect = e.getHeight() > 0 ? (double) e.getWidth() / e.getHeight() : 1;
            int w = aspect >= 1 ? edge : (int) Math.round(edge * aspect);
            int h = aspect >= 1 ? (int) Math.round(edge / aspect) : edge;
            gc.setBackground(placeholder);
            gc.fillRectangle(boxX + (edge - w) / 2, boxY + (edge - h) / 2, w, h);
            String failure = loader.failure(e);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            String label = failure != null ? "no preview" : e.getFormat().getLiteral().toUpperCase();
            Point ext = gc.textExtent(label);
            gc.drawText(label, boxX + (edge - ext.x) / 2, boxY + (edge - ext.y) / 2, true);
        }
        paintBadges(gc, e, boxX, boxY);
        gc.setForeground(getDisplay().getSystemColor(isSelected ? SWT.COLOR_LIST_FOREGROUND : SWT.COLOR_WIDGET_FOREGROUND));
        String name = shorten(gc, e.getPath(), r.width - 2);
        Point ext = gc.textExtent(name);
        gc.drawText(name, r.x + (r.width - ext.x) / 2, r.y + PAD + edge + 3, true);
        if (i == focus && isFocusControl()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(2);
            gc.drawRoundRectangle(r.x - 2, r.y - 2, r.width + 3, r.height + 3, 10, 10);
            gc.setLineWidth(1);
        }
        return thumb;
    }

    private void paintBadges(GC gc, ImageEntry e, int x, int y) {
        int bx = x + 3;
        for (String badge : new String[] { Badges.view(e.getView()), Badges.framing(e.getFraming()),
                e.getCaptionStatus() == CaptionStatus.MISSING ? "no caption" : null }) {
            if (badge == null) {
                continue;
            }
            Point ext = gc.textExtent(badge);
            gc.setBackground(badgeFill);
            gc.setAlpha(210);
            gc.fillRoundRectangle(bx, y + 3, ext.x + 8, ext.y + 2, 8, 8);
            gc.setAlpha(255);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.drawText(badge, bx + 4, y + 4, true);
            bx += ext.x + 11;
        }
        int severity = problems.severity(e);
        if (severity > 0) {
            int d = textHeight + 2;
            int px = x + edge - d - 3;
            gc.setBackground(severity > 1 ? errorFill : warningFill);
            gc.fillOval(px, y + 3, d, d);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            Point ext = gc.textExtent("!");
            gc.drawText("!", px + (d - ext.x) / 2, y + 3 + (d - ext.y) / 2, true);
        }
    }

    private static String shorten(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String ell = "…";
        int keep = text.length();
        while (keep > 1 && gc.textExtent(text.substring(0, keep / 2) + ell + text.substring(text.length() - keep / 2)).x > width) {
            keep -= 2;
        }
        return text.substring(0, keep / 2) + ell + text.substring(text.length() - keep / 2);
    }

    private String tooltip(ImageEntry e) {
        StringBuilder sb = new StringBuilder(e.getPath()).append('\n')
                .append(e.getWidth()).append(" × ").append(e.getHeight()).append(", ").append(e.getTags().size()).append(" tags");
        String f = loader.failure(e);
        if (f != null) {
            sb.append('\n').append(f);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- input

    private void mouseDown(Event e) {
        setFocus();
        int i = indexAt(e.x, e.y);
        if (e.button != 1 && e.button != 3) {
            return;
        }
        if (i < 0) {
            if (e.button == 1 && (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0 && !selected.isEmpty()) {
                selected.clear();
                changed();
            }
            return;
        }
        if (e.button == 3 && selected.contains(items.get(i))) {
            return; // the context menu acts on the selection
        }
        moveFocus(i, (e.stateMask & SWT.SHIFT) != 0, (e.stateMask & SWT.MOD1) != 0);
    }

    private void key(Event e) {
        if (items.isEmpty()) {
            return;
        }
        int rowsPerPage = Math.max(1, getClientArea().height / (cellHeight + GAP));
        int target;
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> target = focus - 1;
            case SWT.ARROW_RIGHT -> target = focus + 1;
            case SWT.ARROW_UP -> target = focus - columns;
            case SWT.ARROW_DOWN -> target = focus + columns;
            case SWT.PAGE_UP -> target = focus - columns * rowsPerPage;
            case SWT.PAGE_DOWN -> target = focus + columns * rowsPerPage;
            case SWT.HOME -> target = 0;
            case SWT.END -> target = items.size() - 1;
            default -> {
                if ((e.stateMask & SWT.MOD1) != 0 && (e.character == 'a' || e.character == 1 || e.keyCode == 'a')) {
                    selectAll();
                    e.doit = false;
                } else if (e.character == ' ' && focus >= 0) {
                    moveFocus(focus, false, true);
                    e.doit = false;
                }
                return;
            }
        }
        e.doit = false;
        if ((e.stateMask & SWT.ALT) != 0) {
            return; // Alt+arrows belong to the workbench
        }
        moveFocus(Math.max(0, Math.min(items.size() - 1, target)), (e.stateMask & SWT.SHIFT) != 0, false);
    }

    /** Moves the focus; Shift extends from the anchor, Ctrl toggles, otherwise the focus becomes the selection. */
    private void moveFocus(int index, boolean extend, boolean toggle) {
        if (extend && anchor >= 0) {
            selected.clear();
            for (int k = Math.min(anchor, index); k <= Math.max(anchor, index); k++) {
                selected.add(items.get(k));
            }
        } else if (toggle) {
            ImageEntry e = items.get(index);
            if (!selected.remove(e)) {
                selected.add(e);
            }
            anchor = index;
        } else {
            selected.clear();
            selected.add(items.get(index));
            anchor = index;
        }
        focus = index;
        reveal(index);
        changed();
    }

    void selectAll() {
        selected.clear();
        selected.addAll(items);
        changed();
    }

    private void changed() {
        redraw();
        notifyListeners(SWT.Selection, new Event());
    }

    void addSelectionListener(Listener l) {
        addListener(SWT.Selection, l);
    }

    void addOpenListener(Listener l) {
        addListener(SWT.DefaultSelection, l);
    }

    /** The image under a point, or null. */
    ImageEntry entryAt(int x, int y) {
        int i = indexAt(x, y);
        return i < 0 ? null : items.get(i);
    }

    int thumbnailsHeld() {
        return loader.imagesHeld();
    }

    Set<ImageEntry> selectedSet() {
        return selected;
    }
}
