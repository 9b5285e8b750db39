package io.tagwright.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.ui.editor.CaptionEditor;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * Sets a view or framing annotation (given as handler data: {@code view:FROM_BEHIND}, {@code framing:UNSET})
 * on the image of the active caption editor or on the selected images, as one undoable command that also
 * adds or removes the annotation's tags.
 */
public final class AnnotateHandler extends AbstractHandler implements IExecutableExtension {

    private ViewAnnotation view;
    private FramingAnnotation framing;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        String spec = data instanceof String s ? s : "";
        int colon = spec.indexOf(':');
        String kind = colon < 0 ? "" : spec.substring(0, colon);
        String name = spec.substring(colon + 1);
        if (kind.equals("view")) {
            view = ViewAnnotation.valueOf(name);
        } else if (kind.equals("framing")) {
            framing = FramingAnnotation.valueOf(name);
        } else {
            throw new IllegalArgumentException("annotation handler data must be view:NAME or framing:NAME, not " + spec);
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        List<ImageEntry> targets = targets(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event));
        if (targets.isEmpty()) {
            return null;
        }
        DatasetSession session = DatasetRegistry.getDefault().sessionOf(targets.get(0));
        if (session == null) {
            return null;
        }
        List<ImageEntry> ofSession = targets.stream().filter(e -> DatasetRegistry.getDefault().sessionOf(e) == session).toList();
        Annotations.set(session, ofSession, view, framing);
        return null;
    }

    static List<ImageEntry> targets(IWorkbenchPart part, ISelection selection) {
        List<ImageEntry> out = new ArrayList<>();
        if (part instanceof CaptionEditor editor) {
            if (editor.entry() != null) {
                out.add(editor.entry());
            }
            return out;
        }
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s) {
                if (o instanceof ImageEntry e) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
