package io.tagwright.ui.refactor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.swt.widgets.Display;

/**
 * For work that must run on the UI thread (it reads the model) but may take a while: whenever it reports
 * progress, pending paint and input events are handled if the last time was more than a few dozen
 * milliseconds ago, so the window repaints and Cancel works. The caller makes sure nothing else changes the
 * model meanwhile (a modal dialog, changes from disk held back).
 */
final class ResponsiveMonitor extends ProgressMonitorWrapper {

    private static final long SLICE_NANOS = 40_000_000;
    private final Display display = Display.getCurrent();
    private long last = System.nanoTime();

    ResponsiveMonitor(IProgressMonitor monitor) {
        super(monitor);
    }

    private void breathe() {
        long now = System.nanoTime();
        if (display != null && now - last > SLICE_NANOS) {
            last = now;
            while (display.readAndDispatch()) {
                if (System.nanoTime() - now > SLICE_NANOS) {
                    break;
                }
            }
        }
    }

    @Override
    public void worked(int work) {
        super.worked(work);
        breathe();
    }

    @Override
    public void internalWorked(double work) {
        super.internalWorked(work);
        breathe();
    }

    @Override
    public boolean isCanceled() {
        breathe();
        return super.isCanceled();
    }

    @Override
    public void subTask(String name) {
        super.subTask(name);
        breathe();
    }
}
