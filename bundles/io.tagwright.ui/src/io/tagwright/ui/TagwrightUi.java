package io.tagwright.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.tagwright.ui.workspace.DatasetRegistry;

/** The UI bundle's activator: logging and the shared dataset registry's life cycle. */
public final class TagwrightUi extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "io.tagwright.ui";

    private static TagwrightUi instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        DatasetRegistry.shutdown();
        instance = null;
        super.stop(context);
    }

    public static TagwrightUi getDefault() {
        return instance;
    }

    public static void log(String message, Throwable t) {
        TagwrightUi ui = instance;
        if (ui != null) {
            ui.getLog().log(Status.error(message, t));
        }
    }

    public static IStatus error(String message, Throwable t) {
        return new Status(IStatus.ERROR, PLUGIN_ID, message, t);
    }
}
