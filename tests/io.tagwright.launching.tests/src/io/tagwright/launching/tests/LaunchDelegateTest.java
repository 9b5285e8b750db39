package io.tagwright.launching.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

/** Starts the real trainer JVM from a launch configuration and follows its events. */
class LaunchDelegateTest {

    @Test
    void theTrainerRunsInItsOwnJvmAndItsEventsFillTheSession() throws Exception {
        IProject project = TestDatasets.project("launch-dataset", 42);
        ILaunchConfigurationWorkingCopy wc = TrainingLaunches.newConfiguration(project);
        TrainingLaunches.setOption(wc, "pretrained_model_name_or_path",
                SharedData.path("sd15-tiny/models/tiny_sd15_diffusers").toString());
        ILaunchConfiguration config = wc.doSave();

        ILaunch launch = config.launch(ILaunchManager.RUN_MODE, null);
        TrainingSession session = TrainingSessions.getDefault().session(launch);
        assertNotNull(session);
        IProcess process = launch.getProcesses()[0];
        assertEquals(LaunchConstants.PROCESS_TYPE, process.getAttribute(IProcess.ATTR_PROCESS_TYPE));
        assertTrue(process.getAttribute(IProcess.ATTR_CMDLINE).contains("-Dai.djl.offline=true"));

        long deadline = System.nanoTime() + 300_000_000_000L;
        while (!session.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(session.isDone(), "the run ended: " + session.state());
        // the trainer's own plan: 42 images × 10 repeats, one 768×768 bucket, batch 1, 8 epochs
        assertNotNull(session.plan(), "RunStarted arrived");
        assertEquals(420, session.plan().batchesPerEpoch());
        assertEquals(3360, session.plan().totalSteps());
        assertEquals(List.of("10_testchar"), session.plan().subsets().stream().map(s -> s.name()).toList());

        Path runDir = session.runDir();
        assertTrue(Files.exists(runDir.resolve(TrainingSession.EVENTS_FILE)));
        List<Path> history = TrainingSessions.history(project.getLocation().toPath());
        assertEquals(runDir, history.get(0));
        TrainingSession reloaded = TrainingSessions.load(runDir);
        assertEquals(config.getName(), reloaded.name());
        assertEquals(session.plan(), reloaded.plan());
        assertEquals(session.state(), reloaded.state());
        assertEquals(session.steps(), reloaded.steps());
    }
}
