package io.tagwright.launching.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.junit.jupiter.api.Test;

import io.tagwright.launching.TrainingLaunches;
import io.tagwright.launching.TrainingQueue;
import io.tagwright.launching.internal.LaunchingPlugin;

class TrainingQueueTest {

    @Test
    void theQueueIsSavedAndStartsPausedAfterARestart() throws Exception {
        IProject project = TestDatasets.project("queue-dataset", 1);
        ILaunchConfiguration a = TrainingLaunches.newConfiguration(project).doSave();
        ILaunchConfiguration b = TrainingLaunches.newConfiguration(project).doSave();
        TrainingQueue queue = TrainingQueue.getDefault();
        while (!queue.entries().isEmpty()) {
            queue.remove(0);
        }
        queue.add(a);
        queue.add(b);
        queue.move(1, 0);
        assertEquals(List.of(b.getName(), a.getName()), queue.entries());
        assertFalse(queue.isRunning(), "a queue never starts by itself");
        Path file = LaunchingPlugin.getDefault().getStateLocation().toPath().resolve("training-queue.txt");
        assertEquals(List.of(b.getName(), a.getName()), Files.readAllLines(file));
        queue.remove(0);
        queue.remove(0);
        assertEquals(List.of(), Files.readAllLines(file));
    }
}
