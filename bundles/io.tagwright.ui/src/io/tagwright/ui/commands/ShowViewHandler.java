package io.tagwright.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Shows (and activates) the view named in the handler data. */
public final class ShowViewHandler extends AbstractHandler implements IExecutableExtension {

    private String viewId;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        viewId = data instanceof String s ? s.strip() : null;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(viewId);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot show " + viewId, e);
        }
        return null;
    }
}
