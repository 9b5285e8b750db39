package io.tagwright.launching.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.image.TinyImages;
import io.tagwright.launching.session.TrainingSession;
import io.tagwright.launching.ui.dashboard.LossChart;
import io.tagwright.launching.ui.dashboard.TrainingDashboardView;
import io.tagwright.trainer.protocol.event.RunPlan;
import io.tagwright.trainer.protocol.event.TrainerEvent;

/** The dashboard follows a session as its events arrive, from another thread, like a live run. */
class DashboardTest {

    @TempDir
    Path dir;

    @Test
    void chartsEpochsAndSamplesFillAsEventsArrive() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        TrainingDashboardView view = (TrainingDashboardView) page.showView(TrainingDashboardView.ID);
        TrainingSession session = TrainingSession.recording(dir.resolve("run"), "live");
        view.show(session);
        RunPlan plan = new RunPlan(List.of(new RunPlan.Subset("img/10_x", "10_x", 10, 3, false)),
                List.of(new RunPlan.Bucket(768, 768, 3, 30)), 1, 1, 3, 30, 90, 0, List.of());
        Thread trainer = new Thread(() -> {
            session.accept(new TrainerEvent.RunStarted("run-1", plan));
            double[] epochLoss = { 0.14, 0.09, 0.11 };
            for (int epoch = 1; epoch <= 3; epoch++) {
                for (int s = 1; s <= 30; s++) {
                    long step = (epoch - 1) * 30L + s;
                    session.accept(new TrainerEvent.Step(step, 90, epoch, 0.2 / Math.sqrt(step), 0.2 / Math.sqrt(step),
                            Map.of("unet", 1e-4, "textencoder", 5e-5), 2.0, (90 - step) / 2.0));
                }
                session.accept(new TrainerEvent.EpochEnd(epoch, epochLoss[epoch - 1], null));
                Path lora = dir.resolve(String.format("x-%06d.safetensors", epoch));
                session.accept(new TrainerEvent.CheckpointSaved(lora.toString(), epoch, 1024 * 1024));
                for (int p = 0; p < 2; p++) {
                    Path png = dir.resolve(String.format("x_e%06d_%02d_20261126_%d.png", epoch, p, 40 + p));
                    try {
                        Files.write(png, TinyImages.png(64, 64));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    session.accept(new TrainerEvent.SampleWritten(png.toString(), "1girl, x, prompt " + p, 40 + p, epoch, p));
                }
            }
            session.accept(new TrainerEvent.Finished(TrainerEvent.Status.COMPLETED, List.of()));
        });
        trainer.start();
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while ((view.chart().points(LossChart.AVERAGE) < 90 || view.samples().sampleCount() < 6) && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        trainer.join();
        assertEquals(90, view.chart().points(LossChart.AVERAGE));
        assertEquals(90, view.chart().points(LossChart.LEARNING_RATE));
        assertEquals(3, view.chart().points(LossChart.EPOCH));
        assertTrue(view.epochTable().recommendationLabel().startsWith("Try epoch 2 first: x-000002.safetensors"),
                view.epochTable().recommendationLabel());
        assertTrue(view.epochTable().recommendationLabel().contains("lowest epoch loss"));
        assertEquals(6, view.samples().sampleCount());
        assertEquals(List.of(1, 2, 3), view.samples().shownEpochs());
    }
}
