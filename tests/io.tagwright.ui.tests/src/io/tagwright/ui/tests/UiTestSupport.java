package io.tagwright.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.image.TinyImages;
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

    /** A workspace change, run as the workbench's actions run them. */
    interface WorkspaceStep {
        void run(IProgressMonitor monitor) throws CoreException;
    }

    /** Runs a workspace change in a job (the UI thread keeps its event loop) and waits for it to succeed. */
    static void inWorkspace(String name, WorkspaceStep step) {
        WorkspaceJob job = new WorkspaceJob(name) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                step.run(monitor);
                return Status.OK_STATUS;
            }
        };
        job.schedule();
        waitFor(name, 120, () -> job.getResult() != null);
        if (!job.getResult().isOK()) {
            throw new AssertionError(name + ": " + job.getResult());
        }
    }

    /** Creates and opens a project over a dataset folder outside the workspace (in a job). */
    static IProject projectOver(String name, Path root) {
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        IProject project = ws.getRoot().getProject(name);
        inWorkspace("create project " + name, monitor -> {
            IProjectDescription d = ws.newProjectDescription(name);
            d.setLocation(IPath.fromPath(root));
            project.create(d, monitor);
            project.open(monitor);
        });
        return project;
    }

    /**
     * Writes a new dataset at {@code root} (named after the folder) with {@code count} tiny PNGs and their captions
     * in {@code img/REPEATS_TRIGGER}: image i is {@code img_0000i.png}, its size {@code sizes[i % sizes.length]}.
     */
    static void tinyDataset(Path root, String trigger, int repeats, int count, int[][] sizes, IntFunction<String> caption)
            throws IOException {
        DatasetSession.create(root, root.getFileName().toString(), trigger, repeats).dispose();
        Path subset = root.resolve("img/" + repeats + "_" + trigger);
        for (int i = 0; i < count; i++) {
            int[] s = sizes[i % sizes.length];
            String stem = String.format(Locale.ROOT, "img_%05d", i);
            Files.write(subset.resolve(stem + ".png"), TinyImages.png(s[0], s[1]));
            Files.writeString(subset.resolve(stem + ".txt"), caption.apply(i), StandardCharsets.UTF_8);
        }
    }
}
