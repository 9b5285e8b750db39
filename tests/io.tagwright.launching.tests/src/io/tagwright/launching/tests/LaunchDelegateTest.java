package io.tagwright.launching.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.junit.jupiter.api.Test;

import io.tagwright.launching.LaunchConstants;
import io.tagwright.launching.TrainingLaunches;
import io.tagwright.launching.session.TrainingSession;
import io.tagwright.launching.session.TrainingSessions;
import io.tagwright.tests.common.SharedData;
import io.tagwright.trainer.protocol.event.EventCodec;
import io.tagwright.trainer.protocol.event.TrainerEvent;

/**
 * Starts the real trainer JVM from a launch configuration on the tiny SD1.5-topology model and a generated
 * 64 px dataset, and follows its events into the session model and the run history.
 */
class LaunchDelegateTest {

    private static final long RUN_LIMIT_NANOS = 300_000_000_000L;

    /** A configuration training the tiny model on {@code project}: rank 4, 64 px, AdamW, samples every epoch. */
    private static ILaunchConfiguration tinyConfiguration(IProject project, int epochs, boolean saveState)
            throws Exception {
        ILaunchConfigurationWorkingCopy wc = TrainingLaunches.newConfiguration(project);
        TrainingLaunches.setOption(wc, "pretrained_model_name_or_path",
                SharedData.path("sd15-tiny/models/tiny_sd15_diffusers").toString());
        TrainingLaunches.setOption(wc, "resolution", "64");
        TrainingLaunches.setOption(wc, "enable_bucket", false);
        TrainingLaunches.setOption(wc, "network_dim", 4);
        TrainingLaunches.setOption(wc, "network_alpha", 3.0);
        TrainingLaunches.setOption(wc, "optimizer_type", "AdamW");
        TrainingLaunches.setOption(wc, "learning_rate", 1e-3);
        TrainingLaunches.setOption(wc, "lr_scheduler", "constant");
        TrainingLaunches.setOption(wc, "max_train_epochs", epochs);
        TrainingLaunches.setOption(wc, "save_every_n_epochs", 1);
        TrainingLaunches.setOption(wc, "sample_every_n_epochs", 1);
        TrainingLaunches.setOption(wc, "save_state", saveState);
        TrainingLaunches.setOption(wc, "mixed_precision", "no");
        TrainingLaunches.setOption(wc, "save_precision", "float");
        wc.setAttribute(LaunchConstants.ATTR_SAMPLE_PROMPTS, "testchar, short hair --w 64 --h 64 --s 2 --d 5\n");
        return wc.doSave();
    }

    private static void awaitDone(TrainingSession session) throws InterruptedException {
        long deadline = System.nanoTime() + RUN_LIMIT_NANOS;
        while (!session.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(session.isDone(), "the run ended: " + session.state());
    }

    /** The event stream closes a moment before the process is reaped. */
    private static void awaitTerminated(IProcess process) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!process.isTerminated() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(process.isTerminated());
    }

    private static List<TrainerEvent> recorded(Path runDir) throws IOException {
        List<TrainerEvent> events = new ArrayList<>();
        for (String line : Files.readAllLines(runDir.resolve(TrainingSession.EVENTS_FILE), StandardCharsets.UTF_8)) {
            EventCodec.decodeEvent(line).ifPresent(events::add);
        }
        return events;
    }

    @Test
    void theTrainerRunsInItsOwnJvmAndItsEventsFillTheSession() throws Exception {
        IProject project = TestDatasets.project("launch-dataset", 3, 64, "2_testchar");
        ILaunchConfiguration config = tinyConfiguration(project, 2, false);

        ILaunch launch = config.launch(ILaunchManager.RUN_MODE, null);
        TrainingSession session = TrainingSessions.getDefault().session(launch);
        assertNotNull(session);
        IProcess process = launch.getProcesses()[0];
        assertEquals(LaunchConstants.PROCESS_TYPE, process.getAttribute(IProcess.ATTR_PROCESS_TYPE));
        assertTrue(process.getAttribute(IProcess.ATTR_CMDLINE).contains("-Dai.djl.offline=true"));

        awaitDone(session);
        assertEquals(TrainingSession.State.COMPLETED, session.state(), () -> String.valueOf(session.failure()));
        assertNull(session.failure());

        // the trainer's own plan: 3 images × 2 repeats, batch 1, 2 epochs
        assertEquals(6, session.plan().batchesPerEpoch());
        assertEquals(12, session.plan().totalSteps());
        assertEquals(List.of("2_testchar"), session.plan().subsets().stream().map(s -> s.name()).toList());

        // events in order: the plan, steps 1..12 with each epoch's end after its steps, the end last
        Path runDir = session.runDir();
        List<TrainerEvent> events = recorded(runDir);
        assertInstanceOf(TrainerEvent.RunStarted.class, events.get(0));
        assertInstanceOf(TrainerEvent.Finished.class, events.get(events.size() - 1));
        long lastStep = 0;
        int epochsEnded = 0;
        for (TrainerEvent e : events) {
            if (e instanceof TrainerEvent.Step s) {
                assertEquals(lastStep + 1, s.step(), "steps arrive in order");
                assertEquals(epochsEnded + 1, s.epoch(), "a step belongs to the epoch not yet ended");
                lastStep = s.step();
            } else if (e instanceof TrainerEvent.EpochEnd end) {
                assertEquals(++epochsEnded, end.epoch());
                assertEquals(6L * epochsEnded, lastStep, "epoch " + end.epoch() + " ends after its steps");
            }
        }
        assertEquals(12, lastStep);
        assertEquals(2, epochsEnded);

        // the session model: loss series, one row per epoch with its LoRA file, samples, recommendation
        assertEquals(12, session.steps().size());
        assertTrue(session.steps().stream().allMatch(p -> Double.isFinite(p.loss()) && p.loss() > 0));
        assertEquals(2, session.epochs().size());
        Path model = project.getLocation().toPath().resolve("model");
        String name = session.epochs().get(1).file();
        assertEquals(model.resolve("testchar-000001.safetensors").toString(), session.epochs().get(0).file());
        assertEquals(model.resolve("testchar.safetensors").toString(), name);
        for (TrainingSession.EpochRow row : session.epochs()) {
            assertEquals(Files.size(Path.of(row.file())), row.sizeBytes());
            assertCompleteSafetensors(Path.of(row.file()));
        }
        assertEquals(2, session.samples().size(), "one prompt sampled after each epoch");
        for (TrainingSession.Sample s : session.samples()) {
            assertTrue(Files.size(Path.of(s.path())) > 0, s.path());
            assertEquals(5, s.seed());
        }
        TrainingSession.Recommendation best = session.recommendation();
        assertNotNull(best);
        assertEquals(TrainingSession.Recommendation.Basis.EPOCH_LOSS, best.basis());
        double lowest = Math.min(session.epochs().get(0).loss(), session.epochs().get(1).loss());
        assertEquals(lowest, session.epochs().get(best.epoch() - 1).loss());

        // run history survives a restart: the same plan, steps, epochs and samples from the recorded events
        List<Path> history = TrainingSessions.history(project.getLocation().toPath());
        assertEquals(runDir, history.get(0));
        TrainingSession reloaded = TrainingSessions.load(runDir);
        assertEquals(config.getName(), reloaded.name());
        assertEquals(session.plan(), reloaded.plan());
        assertEquals(session.state(), reloaded.state());
        assertEquals(session.steps(), reloaded.steps());
        assertEquals(session.epochs(), reloaded.epochs());
        assertEquals(session.samples(), reloaded.samples());
        assertEquals(session.recommendation(), reloaded.recommendation());
        awaitTerminated(process);
        assertEquals(0, process.getExitValue());
    }

    @Test
    void terminateStopsTheTrainerCleanlyAndLeavesCompleteFiles() throws Exception {
        IProject project = TestDatasets.project("terminate-dataset", 4, 64, "5_testchar");
        ILaunchConfiguration config = tinyConfiguration(project, 200, true);

        ILaunch launch = config.launch(ILaunchManager.RUN_MODE, null);
        TrainingSession session = TrainingSessions.getDefault().session(launch);
        IProcess process = launch.getProcesses()[0];
        long deadline = System.nanoTime() + RUN_LIMIT_NANOS;
        while (session.currentStep() < 3 && !session.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(session.isDone(), "still training when Terminate is pressed: " + session.failure());
        assertTrue(session.currentStep() >= 3);

        process.terminate();
        awaitDone(session);
        awaitTerminated(process);

        assertEquals(TrainingSession.State.STOPPED, session.state(), () -> String.valueOf(session.failure()));
        assertEquals(130, process.getExitValue(), "the trainer's exit code for a requested stop");
        assertTrue(session.currentStep() < session.totalSteps(), "stopped long before the end");
        // it saved the weights and a resumable state, completely, and left no temporary files behind
        assertFalse(session.outputs().isEmpty(), "the stop saved something");
        Path model = project.getLocation().toPath().resolve("model");
        for (String out : session.outputs()) {
            Path p = Path.of(out);
            assertTrue(Files.exists(p), out);
            if (out.endsWith(".safetensors")) {
                assertCompleteSafetensors(p);
            }
        }
        assertTrue(session.outputs().stream().anyMatch(o -> o.endsWith(".safetensors")), session.outputs().toString());
        assertTrue(session.outputs().stream().anyMatch(o -> Files.isDirectory(Path.of(o)) && o.endsWith("-state")),
                session.outputs().toString());
        try (Stream<Path> files = Files.walk(model)) {
            List<Path> partial = files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
            assertEquals(List.of(), partial, "no temporary files or folders left");
        }
        TrainingSession reloaded = TrainingSessions.load(session.runDir());
        assertEquals(TrainingSession.State.STOPPED, reloaded.state());
        assertEquals(session.outputs(), reloaded.outputs());
    }

    @Test
    void aMissingModelEndsTheRunWithItsCause() throws Exception {
        IProject project = TestDatasets.project("missing-model-dataset", 2, 64, "1_testchar");
        // a demo configuration whose model the user changed: the tiny model is generated only into its own folder
        ILaunchConfigurationWorkingCopy wc = TrainingLaunches.newDemoConfiguration(project);
        Path missing = project.getLocation().toPath().resolve("no-such-model.safetensors");
        TrainingLaunches.setOption(wc, "pretrained_model_name_or_path", missing.toString());
        ILaunch launch = wc.doSave().launch(ILaunchManager.RUN_MODE, null);
        TrainingSession session = TrainingSessions.getDefault().session(launch);
        awaitDone(session);
        awaitTerminated(launch.getProcesses()[0]);

        assertEquals(TrainingSession.State.FAILED, session.state());
        assertNotNull(session.failure());
        assertEquals(TrainerEvent.ErrorKind.MISSING_MODEL, session.failure().kind());
        assertTrue(session.failure().message().contains("no-such-model.safetensors"), session.failure().message());
        assertEquals(5, launch.getProcesses()[0].getExitValue(), "the trainer's exit code for a model problem");
        assertFalse(Files.exists(missing), "a mistyped model is reported, not generated");
        assertFalse(Files.exists(project.getLocation().toPath().resolve(TrainingLaunches.TINY_MODEL_FOLDER)));
    }

    @Test
    void theDemoConfigurationGeneratesItsTinyModelAndTrains() throws Exception {
        IProject project = TestDatasets.project("demo-dataset", 6, 64, "1_testchar");
        ILaunchConfiguration config = TrainingLaunches.newDemoConfiguration(project).doSave();
        assertTrue(config.getName().contains("demo (tiny model)"), config.getName());
        Path model = project.getLocation().toPath().resolve(TrainingLaunches.TINY_MODEL_FOLDER);
        assertFalse(Files.exists(model));

        ILaunch launch = config.launch(ILaunchManager.RUN_MODE, null);
        assertTrue(Files.isDirectory(model.resolve("unet")), "generated before the trainer starts");
        TrainingSession session = TrainingSessions.getDefault().session(launch);
        awaitDone(session);
        assertEquals(TrainingSession.State.COMPLETED, session.state(), () -> String.valueOf(session.failure()));
        // 6 images, 1 repeat, batch 4: 2 steps per epoch, 3 epochs, two samples after each
        assertEquals(6, session.plan().totalSteps());
        assertEquals(3, session.epochs().size());
        assertEquals(6, session.samples().size());
        assertNotNull(session.recommendation());
        awaitTerminated(launch.getProcesses()[0]);

        // a second (shorter) launch reuses the model
        long stamp = Files.getLastModifiedTime(model.resolve("unet/diffusion_pytorch_model.safetensors")).toMillis();
        ILaunchConfigurationWorkingCopy shorter = config.getWorkingCopy();
        TrainingLaunches.setOption(shorter, "max_train_epochs", 1);
        ILaunch again = shorter.doSave().launch(ILaunchManager.RUN_MODE, null);
        awaitDone(TrainingSessions.getDefault().session(again));
        awaitTerminated(again.getProcesses()[0]);
        assertEquals(stamp, Files.getLastModifiedTime(model.resolve("unet/diffusion_pytorch_model.safetensors")).toMillis());
    }

    /** The header parses and the file is exactly as long as its tensors say: nothing cut short. */
    private static void assertCompleteSafetensors(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(len, 0);
            long n = len.flip().getLong();
            assertTrue(n > 2 && n < ch.size(), file + ": header length " + n);
            ByteBuffer header = ByteBuffer.allocate((int) n);
            ch.read(header, 8);
            String json = new String(header.array(), StandardCharsets.UTF_8).strip();
            assertTrue(json.startsWith("{") && json.endsWith("}"), file + ": header is a JSON object");
            long end = 0;
            Matcher m = Pattern.compile("\"data_offsets\"\\s*:\\s*\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*]").matcher(json);
            int tensors = 0;
            while (m.find()) {
                end = Math.max(end, Long.parseLong(m.group(2)));
                tensors++;
            }
            assertTrue(tensors > 0, file + " holds tensors");
            assertEquals(8 + n + end, ch.size(), file + " is complete");
        }
    }
}
