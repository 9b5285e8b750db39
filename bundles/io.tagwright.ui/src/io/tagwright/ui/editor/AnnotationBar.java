package io.tagwright.ui.editor;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.ui.commands.AnnotationKeys;

/**
 * The image's view and framing annotations as two rows of toggle buttons (with their shortcuts in the
 * tooltips). Pressing the active one clears it. The owner turns a press into a command, which also adds or
 * removes the annotation's tags in the caption.
 */
final class AnnotationBar {

    private final Composite control;
    private final Map<ViewAnnotation, Button> views = new EnumMap<>(ViewAnnotation.class);
    private final Map<FramingAnnotation, Button> framings = new EnumMap<>(FramingAnnotation.class);
    private ViewAnnotation view = ViewAnnotation.UNSET;
    private FramingAnnotation framing = FramingAnnotation.UNSET;

    AnnotationBar(Composite parent, Consumer<ViewAnnotation> onView, Consumer<FramingAnnotation> onFraming) {
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        control.setLayout(layout);
        new Label(control, SWT.NONE).setText("View:");
        Composite viewBar = row(control);
        for (ViewAnnotation v : ViewAnnotation.values()) {
            if (v == ViewAnnotation.UNSET) {
                continue;
            }
            Button item = new Button(viewBar, SWT.TOGGLE);
            item.setText(v.getLiteral());
            item.setToolTipText("View: " + v.getLiteral() + " (" + AnnotationKeys.viewKey(v) + "; press again to clear)");
            item.addListener(SWT.Selection, e -> onView.accept(view == v ? ViewAnnotation.UNSET : v));
            views.put(v, item);
        }
        new Label(control, SWT.NONE).setText("Framing:");
        Composite framingBar = row(control);
        for (FramingAnnotation f : FramingAnnotation.values()) {
            if (f == FramingAnnotation.UNSET) {
                continue;
            }
            Button item = new Button(framingBar, SWT.TOGGLE);
            item.setText(f.getLiteral());
            item.setToolTipText("Framing: " + f.getLiteral() + " (" + AnnotationKeys.framingKey(f) + "; press again to clear)");
            item.addListener(SWT.Selection, e -> onFraming.accept(framing == f ? FramingAnnotation.UNSET : f));
            framings.put(f, item);
        }
    }

    private static Composite row(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout();
        layout.wrap = true;
        layout.marginLeft = 0;
        layout.marginTop = 0;
        layout.marginBottom = 0;
        layout.spacing = 2;
        row.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 120; // wrap to the width the editor gives, not the row's natural width
        row.setLayoutData(data);
        return row;
    }

    Composite control() {
        return control;
    }

    void show(ViewAnnotation v, FramingAnnotation f) {
        view = v;
        framing = f;
        views.forEach((k, item) -> item.setSelection(k == v));
        framings.forEach((k, item) -> item.setSelection(k == f));
    }

    void setEnabled(boolean enabled) {
        views.values().forEach(i -> i.setEnabled(enabled));
        framings.values().forEach(i -> i.setEnabled(enabled));
    }
}
