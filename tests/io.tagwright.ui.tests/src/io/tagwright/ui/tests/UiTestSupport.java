package io.tagwright.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.ui.workspace.DatasetRegistry;
import io.tagwright.ui.workspace.DemoProject;

/** Drives the workbench's event loop from a test running on the UI thread. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Runs the event loop until the condition holds; fails after {@code seconds}. */
    static void waitFor(String what, int seconds, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Lets pending UI work run for a moment. */
    static void settle(int millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        Display display = Display.getCurrent();
        while (System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
    }

    /** The demo dataset's session, once it is open. */
    static DatasetSession demo() {
        DatasetRegistry registry = DatasetRegistry.getDefault();
        waitFor("the demo dataset", 120, () -> registry.session(DemoProject.NAME) != null);
        return registry.session(DemoProject.NAME);
    }
}
