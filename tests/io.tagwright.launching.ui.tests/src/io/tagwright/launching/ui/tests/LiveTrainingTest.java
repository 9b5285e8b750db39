package io.tagwright.launching.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.junit.jupiter.api.Test;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.launching.TrainingLaunches;
import io.tagwright.launching.session.TrainingSession;
import io.tagwright.launching.session.TrainingSessions;
import io.tagwright.launching.ui.dashboard.LossChart;
import io.tagwright.launching.ui.dashboard.TrainingDashboardView;
import io.tagwright.tests.common.KohyaFolder;

/**
 * A real training run launched the way the Run menu does, on the demo configuration (tiny model generated
 * on first launch): the console shows the trainer, and the dashboard's chart, epoch table and sample grid
 * fill while it trains.
 */
class LiveTrainingTest {

    private static final long LIMIT_NANOS = 300_000_000_000L;

    @Test
    void aShortTrainingFillsTheConsoleChartEpochTableAndSamples() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("live-training");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        Path root = project.getLocation().toPath();
        KohyaFolder f = KohyaFolder.in(root).subset("2_livechar");
        for (int i = 0; i < 4; i++) {
            f.image(String.format("img%02d.png", i), 64, 64, "1girl, livechar, short hair, tag" + i);
        }
        DatasetSession.importFolder(root, "live-training", new NullProgressMonitor()).dispose();
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        ILaunchConfiguration config = TrainingLaunches.newDemoConfiguration(project).doSave();

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        TrainingDashboardView view = (TrainingDashboardView) page.showView(TrainingDashboardView.ID);
        DebugUITools.launch(config, ILaunchManager.RUN_MODE);

        spinUntil(() -> launchOf(config) != null && TrainingSessions.getDefault().session(launchOf(config)) != null);
        ILaunch launch = launchOf(config);
        TrainingSession session = TrainingSessions.getDefault().session(launch);
        // 4 images × 2 repeats at batch 4: 2 steps per epoch, 3 epochs, 2 sample prompts after each
        spinUntil(() -> session.isDone() && view.shown() == session && view.chart().points(LossChart.EPOCH) == 3
                && view.samples().sampleCount() == 6);
        assertEquals(TrainingSession.State.COMPLETED, session.state(), () -> String.valueOf(session.failure()));

        assertEquals(6, view.chart().points(LossChart.AVERAGE));
        assertEquals(6, view.chart().points(LossChart.CURRENT));
        assertEquals(6, view.chart().points(LossChart.LEARNING_RATE));
        assertEquals(3, view.chart().points(LossChart.EPOCH));
        TrainingSession.Recommendation best = session.recommendation();
        assertNotNull(best);
        assertTrue(view.epochTable().recommendationLabel().startsWith("Try epoch " + best.epoch() + " first"),
                view.epochTable().recommendationLabel());
        assertTrue(view.epochTable().recommendationLabel().contains("lowest epoch loss"));
        assertEquals(6, view.samples().sampleCount());
        assertEquals(java.util.List.of(1, 2, 3), view.samples().shownEpochs());
        view.samples().setSideBySide(true);
        assertEquals(java.util.List.of(1, 3), view.samples().shownEpochs(), "first against latest epoch by default");
        view.samples().setSideBySide(false);
        spinUntil(() -> view.selectedRunLabel().equals(config.getName() + " · " + session.runDir().getFileName()));

        IProcess process = launch.getProcesses()[0];
        IConsole console = DebugUITools.getConsole(process);
        assertNotNull(console, "the trainer has a console");
        spinUntil(() -> ((TextConsole) console).getDocument().get().contains("livechar"));
        String text = ((TextConsole) console).getDocument().get();
        assertTrue(text.contains("livechar.safetensors"), text);
    }

    private static ILaunch launchOf(ILaunchConfiguration config) {
        for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
            if (config.equals(l.getLaunchConfiguration())) {
                return l;
            }
        }
        return null;
    }

    private static void spinUntil(BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + LIMIT_NANOS;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
        assertTrue(condition.getAsBoolean(), "condition met within the time limit");
    }
}
