package io.tagwright.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.tagwright.ui.problems.LintScheduler;
import io.tagwright.ui.search.Indexes;
import io.tagwright.ui.workspace.BackgroundPriority;
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
        BackgroundPriority.stop();
        instance = null;
        super.stop(context);
    }

    /**
     * Starts what follows the open datasets in the background: their search indexes and lint (Problems
     * markers, badges); and loads the UI's classes ahead of first use. Background jobs run at a lower priority
     * than the UI thread from then on. The application calls this once the workbench is up. UI thread.
     */
    public static void startServices() {
        BackgroundPriority.start();
        Indexes.start();
        LintScheduler.start();
        if (instance != null) {
            ClassPreload.start(instance.getBundle());
        }
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

    /** An image of this bundle ({@code icons/x.png}), or the missing-image descriptor. */
    public static ImageDescriptor imageDescriptor(String path) {
        return ResourceLocator.imageDescriptorFromBundle(PLUGIN_ID, path).orElse(ImageDescriptor.getMissingImageDescriptor());
    }

    /** A shared image of this bundle, created once; never dispose it. UI thread. */
    public static Image image(String path) {
        ImageRegistry registry = instance.getImageRegistry();
        Image image = registry.get(path);
        if (image == null) {
            registry.put(path, imageDescriptor(path));
            image = registry.get(path);
        }
        return image;
    }

    public static IStatus error(String message, Throwable t) {
        return new Status(IStatus.ERROR, PLUGIN_ID, message, t);
    }
}
