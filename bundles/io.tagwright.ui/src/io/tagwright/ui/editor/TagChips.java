package io.tagwright.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import io.tagwright.core.caption.CaptionSyntax;

/**
 * A caption as a row of chips, one per tag, in caption order. Chips are selected with the mouse or the
 * arrow keys, deleted with Delete or their ×, edited with a double-click, Enter or F2, and reordered by
 * dragging or with Ctrl+Shift+Left/Right. The trigger word stands out; tags an annotation stands for,
 * duplicates and tags that cannot be seen in the annotated view are marked.
 *
 * <p>The widget never changes the caption itself: it asks its {@link Listener}, which runs a command.
 */
final class TagChips extends Canvas {

    /** What the user asked for; the owner turns each into a command. */
    interface Listener {
        void delete(int index);

        void move(int from, int to);

        /** Edit the tag at {@code index} in place (the owner shows the editing field over {@link #chipBounds}). */
        void edit(int index);
    }

    /** How a tag is shown. */
    enum Kind {
        NORMAL, TRIGGER, ANNOTATION, DUPLICATE, HIDDEN
    }

    private static final int MARGIN = 6;
    private static final int GAP = 5;
    private static final int PAD_X = 8;
    private static final int PAD_Y = 3;
    private static final int CLOSE = 14;

    private final Listener listener;
    private final Map<Kind, Color[]> colors = new HashMap<>();
    private final Font bold;
    private List<String> tags = List.of();
    private List<Kind> kinds = List.of();
    private List<Rectangle> bounds = List.of();
    private int selected = -1;
    private int contentHeight;
    private int pressed = -1;
    private Point pressAt;
    private boolean dragging;
    private int dropIndex = -1;

    TagChips(Composite parent, Listener listener) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL);
        this.listener = listener;
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        FontData[] fd = getFont().getFontData();
        for (FontData f : fd) {
            f.setStyle(SWT.BOLD);
        }
        bold = new Font(getDisplay(), fd);
        colors.put(Kind.NORMAL, palette(new RGB(0xe6, 0xec, 0xf5), new RGB(0xa9, 0xb7, 0xcc)));
        colors.put(Kind.TRIGGER, palette(new RGB(0xff, 0xe0, 0xb2), new RGB(0xe0, 0x8a, 0x1e)));
        colors.put(Kind.ANNOTATION, palette(new RGB(0xdc, 0xe9, 0xfb), new RGB(0x3b, 0x6f, 0xb6)));
        colors.put(Kind.DUPLICATE, palette(new RGB(0xfb, 0xe3, 0xe0), new RGB(0xc8, 0x40, 0x2f)));
        colors.put(Kind.HIDDEN, palette(new RGB(0xf1, 0xf1, 0xf1), new RGB(0xc8, 0x40, 0x2f)));
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> relayout());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseDoubleClick, e -> {
            int i = chipAt(e.x, e.y);
            if (i >= 0 && !onClose(i, e.x, e.y)) {
                listener.edit(i);
            }
        });
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        addListener(SWT.FocusIn, e -> {
            if (selected < 0 && !tags.isEmpty()) {
                selected = 0;
            }
            redraw();
        });
        addListener(SWT.FocusOut, e -> redraw());
        addListener(SWT.MouseHover, e -> {
            int i = chipAt(e.x, e.y);
            setToolTipText(i < 0 ? null : tooltip(i));
        });
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
        addListener(SWT.Dispose, e -> {
            bold.dispose();
            colors.values().forEach(c -> {
                c[0].dispose();
                c[1].dispose();
            });
        });
    }

    private Color[] palette(RGB fill, RGB border) {
        return new Color[] { new Color(getDisplay(), fill), new Color(getDisplay(), border) };
    }

    /** Shows a caption. {@code kinds} has one entry per tag. */
    void setTags(List<String> newTags, List<Kind> newKinds) {
        tags = List.copyOf(newTags);
        kinds = List.copyOf(newKinds);
        if (selected >= tags.size()) {
            selected = tags.size() - 1;
        }
        relayout();
    }

    List<String> tags() {
        return tags;
    }

    int selection() {
        return selected;
    }

    void select(int index) {
        selected = Math.max(-1, Math.min(index, tags.size() - 1));
        reveal(selected);
        redraw();
    }

    /** The chip's rectangle in this widget's coordinates (scrolled), for an editing field over it. */
    Rectangle chipBounds(int index) {
        Rectangle r = bounds.get(index);
        return new Rectangle(r.x, r.y - getVerticalBar().getSelection(), r.width, r.height);
    }

    private void relayout() {
        List<Rectangle> b = new ArrayList<>(tags.size());
        contentHeight = layoutChips(getClientArea().width, b) + MARGIN;
        bounds = b;
        ScrollBar bar = getVerticalBar();
        int visible = getClientArea().height;
        bar.setVisible(contentHeight > visible);
        bar.setValues(Math.min(bar.getSelection(), Math.max(0, contentHeight - visible)), 0, Math.max(contentHeight, 1),
                Math.max(1, visible), 12, Math.max(1, visible - 12));
        redraw();
    }

    /** Lays chips out in wrapping rows; returns the bottom of the last row. */
    private int layoutChips(int width, List<Rectangle> out) {
        GC gc = new GC(this);
        try {
            int h = gc.getFontMetrics().getHeight() + 2 * PAD_Y;
            int x = MARGIN;
            int y = MARGIN;
            for (int i = 0; i < tags.size(); i++) {
                gc.setFont(kinds.get(i) == Kind.TRIGGER ? bold : getFont());
                int w = gc.textExtent(tags.get(i)).x + 2 * PAD_X + CLOSE;
                if (x > MARGIN && x + w > width - MARGIN) {
                    x = MARGIN;
                    y += h + GAP;
                }
                if (out != null) {
                    out.add(new Rectangle(x, y, w, h));
                }
                x += w + GAP;
            }
            return tags.isEmpty() ? y : y + h;
        } finally {
            gc.dispose();
        }
    }

    private void paint(GC gc) {
        int dy = getVerticalBar().getSelection();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        if (tags.isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
            gc.drawText("No tags. Type below to add some.", MARGIN, MARGIN, true);
        }
        boolean focus = isFocusControl();
        for (int i = 0; i < tags.size(); i++) {
            Rectangle r = bounds.get(i);
            int y = r.y - dy;
            Kind k = kinds.get(i);
            Color[] c = colors.get(k);
            gc.setBackground(c[0]);
            gc.fillRoundRectangle(r.x, y, r.width, r.height, r.height, r.height);
            gc.setForeground(c[1]);
            gc.setLineWidth(i == selected && focus ? 2 : 1);
            gc.drawRoundRectangle(r.x, y, r.width - 1, r.height - 1, r.height, r.height);
            if (i == selected) {
                gc.setLineWidth(2);
                gc.setForeground(getDisplay().getSystemColor(focus ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_NORMAL_SHADOW));
                gc.drawRoundRectangle(r.x - 2, y - 2, r.width + 3, r.height + 3, r.height + 4, r.height + 4);
            }
            gc.setLineWidth(1);
            gc.setFont(k == Kind.TRIGGER ? bold : getFont());
            gc.setForeground(getDisplay().getSystemColor(k == Kind.HIDDEN ? SWT.COLOR_DARK_GRAY : SWT.COLOR_LIST_FOREGROUND));
            Point text = gc.textExtent(tags.get(i));
            int ty = y + (r.height - text.y) / 2;
            gc.drawText(tags.get(i), r.x + PAD_X, ty, true);
            if (k == Kind.HIDDEN) {
                gc.setForeground(c[1]);
                gc.drawLine(r.x + PAD_X, y + r.height / 2, r.x + PAD_X + text.x, y + r.height / 2);
            }
            int cx = r.x + r.width - PAD_X / 2 - CLOSE / 2 - 2;
            int cy = y + r.height / 2;
            gc.setForeground(c[1]);
            gc.drawLine(cx - 3, cy - 3, cx + 3, cy + 3);
            gc.drawLine(cx - 3, cy + 3, cx + 3, cy - 3);
        }
        gc.setFont(getFont());
        if (dragging && dropIndex >= 0) {
            Rectangle r = dropIndex < bounds.size() ? bounds.get(dropIndex) : null;
            Rectangle last = bounds.isEmpty() ? null : bounds.get(bounds.size() - 1);
            int x = r != null ? r.x - GAP / 2 - 1 : last == null ? MARGIN : last.x + last.width + GAP / 2;
            int y = (r != null ? r.y : last == null ? MARGIN : last.y) - dy;
            int h = r != null ? r.height : last == null ? 20 : last.height;
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.fillRectangle(x - 1, y - 2, 3, h + 4);
        }
    }

    private String tooltip(int i) {
        return switch (kinds.get(i)) {
            case TRIGGER -> tags.get(i) + " — trigger word";
            case ANNOTATION -> tags.get(i) + " — stands for the image's view or framing annotation";
            case DUPLICATE -> tags.get(i) + " — duplicate: the caption has this tag more than once";
            case HIDDEN -> tags.get(i) + " — cannot be seen in the annotated view";
            default -> tags.get(i);
        };
    }

    private int chipAt(int x, int y) {
        int yy = y + getVerticalBar().getSelection();
        for (int i = 0; i < bounds.size(); i++) {
            if (bounds.get(i).contains(x, yy)) {
                return i;
            }
        }
        return -1;
    }

    private boolean onClose(int i, int x, int y) {
        Rectangle r = bounds.get(i);
        return x >= r.x + r.width - CLOSE - PAD_X / 2;
    }

    private void mouseDown(Event e) {
        setFocus();
        if (e.button != 1) {
            return;
        }
        int i = chipAt(e.x, e.y);
        if (i >= 0 && onClose(i, e.x, e.y) && e.count == 1) {
            selected = i;
            listener.delete(i);
            return;
        }
        pressed = i;
        pressAt = new Point(e.x, e.y);
        if (i >= 0) {
            select(i);
        }
    }

    private void mouseMove(Event e) {
        if (pressed < 0 || (e.stateMask & SWT.BUTTON1) == 0) {
            return;
        }
        if (!dragging && Math.abs(e.x - pressAt.x) + Math.abs(e.y - pressAt.y) > 4) {
            dragging = true;
            setCursor(getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
        }
        if (dragging) {
            dropIndex = insertionIndex(e.x, e.y + getVerticalBar().getSelection());
            redraw();
        }
    }

    private void mouseUp(Event e) {
        if (dragging) {
            dragging = false;
            setCursor(null);
            int to = dropIndex;
            dropIndex = -1;
            redraw();
            if (to >= 0 && to != pressed && to != pressed + 1) {
                int target = to > pressed ? to - 1 : to;
                selected = target;
                listener.move(pressed, target);
            }
        }
        pressed = -1;
    }

    /** Where a chip dropped at (x, y) in content coordinates goes: before the chip under it, or after it. */
    private int insertionIndex(int x, int y) {
        for (int i = 0; i < bounds.size(); i++) {
            Rectangle r = bounds.get(i);
            boolean sameRow = y >= r.y - GAP && y < r.y + r.height + GAP;
            if (sameRow && x < r.x + r.width / 2) {
                return i;
            }
            boolean lastInRow = i + 1 == bounds.size() || bounds.get(i + 1).y != r.y;
            if (sameRow && lastInRow) {
                return i + 1;
            }
        }
        return bounds.size();
    }

    private void key(Event e) {
        boolean move = (e.stateMask & SWT.MOD1) != 0 && (e.stateMask & SWT.SHIFT) != 0;
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> {
                if (move && selected > 0) {
                    listener.move(selected, selected - 1);
                    selected--;
                } else if (!move) {
                    select(Math.max(0, selected - 1));
                }
            }
            case SWT.ARROW_RIGHT -> {
                if (move && selected >= 0 && selected < tags.size() - 1) {
                    listener.move(selected, selected + 1);
                    selected++;
                } else if (!move) {
                    select(Math.min(tags.size() - 1, selected + 1));
                }
            }
            case SWT.HOME -> select(0);
            case SWT.END -> select(tags.size() - 1);
            case SWT.DEL, SWT.BS -> {
                if (selected >= 0) {
                    int i = selected;
                    listener.delete(i);
                }
            }
            case SWT.F2, SWT.CR, SWT.KEYPAD_CR -> {
                if (selected >= 0) {
                    listener.edit(selected);
                }
            }
            default -> {
                return;
            }
        }
        e.doit = false;
    }

    private void reveal(int index) {
        if (index < 0 || index >= bounds.size()) {
            return;
        }
        Rectangle r = bounds.get(index);
        ScrollBar bar = getVerticalBar();
        int visible = getClientArea().height;
        if (r.y < bar.getSelection()) {
            bar.setSelection(r.y - MARGIN);
        } else if (r.y + r.height > bar.getSelection() + visible) {
            bar.setSelection(r.y + r.height + MARGIN - visible);
        }
    }

    /** The chip kinds for a caption: trigger words, annotation tags, hidden tags and duplicates. */
    static List<Kind> classify(List<String> tags, List<String> triggers, List<String> annotationTags, List<String> hidden) {
        List<Kind> kinds = new ArrayList<>(tags.size());
        Set<String> seen = new java.util.HashSet<>();
        for (String t : tags) {
            String key = CaptionSyntax.key(t);
            Kind k;
            if (!seen.add(key)) {
                k = Kind.DUPLICATE;
            } else if (CaptionSyntax.indexOf(triggers, t) >= 0) {
                k = Kind.TRIGGER;
            } else if (CaptionSyntax.indexOf(hidden, t) >= 0) {
                k = Kind.HIDDEN;
            } else if (CaptionSyntax.indexOf(annotationTags, t) >= 0) {
                k = Kind.ANNOTATION;
            } else {
                k = Kind.NORMAL;
            }
            kinds.add(k);
        }
        return kinds;
    }
}
