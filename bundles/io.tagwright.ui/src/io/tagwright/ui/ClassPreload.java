package io.tagwright.ui;

import java.util.Collection;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Loads the classes of this bundle in a background job after start-up, so that the first gallery, caption
 * editor or wizard of a session does not read and verify a few hundred classes on the UI thread (in a fresh JVM
 * that made the first gallery block the UI for 200-300 ms). Classes are only loaded, not initialised: static
 * initialisers that need the display still run on the UI thread when first used.
 */
final class ClassPreload {

    private ClassPreload() {
    }

    static void start(Bundle bundle) {
        Job job = Job.create("Loading Tagwright's classes", monitor -> {
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                return Status.OK_STATUS;
            }
            Collection<String> resources = wiring.listResources("io/tagwright/ui", "*.class",
                    BundleWiring.LISTRESOURCES_RECURSE | BundleWiring.LISTRESOURCES_LOCAL);
            for (String resource : resources) {
                String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                if (monitor.isCanceled()) {
                    break;
                }
                try {
                    bundle.loadClass(name);
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class that cannot load here fails the same way where it is used, with its own error
                }
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule();
    }
}
