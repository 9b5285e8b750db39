package io.tagwright.app;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** Starts the Tagwright workbench. */
public final class TagwrightApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        // the trainer JVM is separate, but nothing in this one may phone home either
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        Display display = PlatformUI.createDisplay();
        try {
            int rc = PlatformUI.createAndRunWorkbench(display, new TagwrightWorkbenchAdvisor());
            return rc == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        var workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().syncExec(() -> {
            if (!workbench.getDisplay().isDisposed()) {
                workbench.close();
            }
        });
    }
}
