package io.tagwright.launching.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.tagwright.launching.ui.dashboard.TrainingProgress;

/** Activator: logging, and following training runs into the Progress view and status line. */
public final class LaunchingUi extends AbstractUIPlugin {

    public static final String ID = "io.tagwright.launching.ui";
    private static LaunchingUi instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
        TrainingProgress.install();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        TrainingProgress.uninstall();
        instance = null;
        super.stop(context);
    }

    public static LaunchingUi getDefault() {
        return instance;
    }

    public static IStatus error(String message, Throwable t) {
        return new Status(IStatus.ERROR, ID, message, t);
    }

    public static void log(String message, Throwable t) {
        if (instance != null) {
            instance.getLog().log(error(message, t));
        }
    }
}
