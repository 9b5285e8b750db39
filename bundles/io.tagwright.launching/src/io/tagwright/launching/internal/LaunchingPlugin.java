package io.tagwright.launching.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Plugin;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.BundleContext;

/** Activator: state location (queue), logging. */
public final class LaunchingPlugin extends Plugin {

    public static final String ID = "io.tagwright.launching";
    private static LaunchingPlugin instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static LaunchingPlugin getDefault() {
        return instance;
    }

    public static IStatus error(String message, Throwable t) {
        return new Status(IStatus.ERROR, ID, message, t);
    }

    public static void log(String message, Throwable t) {
        LaunchingPlugin p = instance;
        if (p != null) {
            p.getLog().log(error(message, t));
        }
    }
}
