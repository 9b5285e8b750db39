package io.tagwright.ui.commands;

import java.util.Locale;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;

import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ViewAnnotation;

/** Command ids of the annotation commands (declared in plugin.xml) and the keys bound to them now. */
public final class AnnotationKeys {

    public static final String VIEW_PREFIX = "io.tagwright.ui.annotate.view.";
    public static final String FRAMING_PREFIX = "io.tagwright.ui.annotate.framing.";

    private AnnotationKeys() {
    }

    public static String viewCommand(ViewAnnotation v) {
        return VIEW_PREFIX + v.getName().toLowerCase(Locale.ROOT);
    }

    public static String framingCommand(FramingAnnotation f) {
        return FRAMING_PREFIX + f.getName().toLowerCase(Locale.ROOT);
    }

    public static String viewKey(ViewAnnotation v) {
        return key(viewCommand(v));
    }

    public static String framingKey(FramingAnnotation f) {
        return key(framingCommand(f));
    }

    private static String key(String commandId) {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        String key = bindings == null ? null : bindings.getBestActiveBindingFormattedFor(commandId);
        return key == null ? "no key" : key;
    }
}
