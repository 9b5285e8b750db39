package io.tagwright.ui.search;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.tagwright.index.query.QueryParser;
import io.tagwright.index.query.QuerySyntaxException;

/**
 * A one-line query field that checks the query language as the user types: a mistake is underlined where it
 * is, and the reason appears right below. Enter runs the query (when it is valid).
 */
public final class QueryField {

    private final Composite control;
    private final StyledText text;
    private final Label error;
    private Consumer<String> onRun = q -> { };
    private QuerySyntaxException problem;

    /** @param placeholder grey text shown while the field is empty, e.g. "Filter: a query, then Enter" */
    public QueryField(Composite parent, String hint, String placeholder) {
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 1).applyTo(control);
        text = new StyledText(control, SWT.SINGLE | SWT.BORDER);
        text.setMargins(4, 2, 4, 2);
        text.setToolTipText(hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        error = new Label(control, SWT.NONE);
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(error);
        error.setVisible(false);
        text.addListener(SWT.Modify, e -> check());
        if (placeholder != null) {
            text.addListener(SWT.Paint, e -> {
                if (text.getCharCount() == 0) {
                    e.gc.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
                    e.gc.drawText(placeholder, text.getLeftMargin(), text.getTopMargin(), true);
                }
            });
            text.addListener(SWT.Modify, e -> text.redraw());
        }
        text.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                e.doit = false;
                run();
            }
        });
    }

    public Composite control() {
        return control;
    }

    public StyledText text() {
        return text;
    }

    public String query() {
        return text.getText().strip();
    }

    public void setQuery(String q) {
        text.setText(q == null ? "" : q);
        check();
    }

    /** What to do with a valid query when the user presses Enter (or {@link #run} is called). */
    public void onRun(Consumer<String> action) {
        onRun = action;
    }

    /** Runs the query if it is valid; returns whether it did. */
    public boolean run() {
        if (!check()) {
            return false;
        }
        onRun.accept(query());
        return true;
    }

    /** The current syntax problem, or null. */
    public QuerySyntaxException problem() {
        return problem;
    }

    /** Shows a message that is not about the syntax (e.g. "the index is not ready"), or clears it with null. */
    public void showMessage(String message) {
        setError(message);
    }

    private boolean check() {
        String q = text.getText();
        try {
            QueryParser.parse(q);
            problem = null;
            text.setStyleRanges(new StyleRange[0]);
            setError(null);
            return true;
        } catch (QuerySyntaxException e) {
            problem = e;
            int start = Math.min(e.position(), q.length());
            int len = Math.max(1, Math.min(Math.max(1, e.length()), q.length() - start));
            if (start >= q.length()) { // at the end: mark the last character
                start = Math.max(0, q.length() - 1);
                len = q.isEmpty() ? 0 : 1;
            }
            StyleRange r = new StyleRange();
            r.start = start;
            r.length = len;
            r.underline = true;
            r.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
            r.underlineColor = text.getDisplay().getSystemColor(SWT.COLOR_RED);
            text.setStyleRanges(len == 0 ? new StyleRange[0] : new StyleRange[] { r });
            setError("Column " + (e.position() + 1) + ": " + e.reason());
            return false;
        }
    }

    private void setError(String message) {
        boolean show = message != null;
        error.setText(show ? message : "");
        if (error.getVisible() != show) {
            error.setVisible(show);
            ((org.eclipse.swt.layout.GridData) error.getLayoutData()).exclude = !show;
            control.getParent().layout(true, true);
        }
    }

    /** A few lines on the query language, for help texts. */
    public static String syntaxHelp() {
        return """
                long_hair   "long hair"   blue_*          a tag (_ = space, any case), prefix, wildcard
                smile -earrings   a OR b   (a OR b) c     AND by default, NOT with -, OR, parentheses
                view:from_behind  framing:close-up  subset:10_name  file:*.jpg  text:"hair, blue"
                width:>=768  height:<1024  aspect:portrait  aspect:>1.5  tags:<5  tokens:>75  problem:duplicate-tag""";
    }
}
