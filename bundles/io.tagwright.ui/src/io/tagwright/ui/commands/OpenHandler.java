package io.tagwright.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.tagwright.ui.TagwrightUi;

/** Opens what is selected: an image in the caption editor, a dataset or subset in its gallery. */
public final class OpenHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s) {
            for (Object o : s) {
                try {
                    Open.element(page, o);
                } catch (PartInitException e) {
                    TagwrightUi.log("cannot open " + o, e);
                }
            }
        }
        return null;
    }
}
