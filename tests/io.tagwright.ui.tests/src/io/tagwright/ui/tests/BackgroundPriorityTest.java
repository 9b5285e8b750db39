package io.tagwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

import io.tagwright.ui.workspace.BackgroundPriority;

/**
 * In the workbench, background jobs (and threads they start) run niced; the UI thread does not. (The product is
 * built for Linux only, where nice values are per thread.)
 */
class BackgroundPriorityTest {

    @Test
    void jobsRunNicedAndTheUiThreadDoesNot() throws Exception {
        int uiNice = BackgroundPriority.niceOf("thread-self");
        AtomicInteger inJob = new AtomicInteger(Integer.MIN_VALUE);
        AtomicInteger inThreadOfJob = new AtomicInteger(Integer.MIN_VALUE);
        Job job = Job.create("nice check", monitor -> {
            inJob.set(BackgroundPriority.niceOf("thread-self"));
            Thread t = new Thread(() -> inThreadOfJob.set(BackgroundPriority.niceOf("thread-self")));
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        UiTestSupport.waitFor("the job", 30, () -> job.getResult() != null);
        assertTrue(inJob.get() >= BackgroundPriority.NICE, "a job's worker is niced: " + inJob.get());
        assertTrue(inThreadOfJob.get() >= BackgroundPriority.NICE, "a thread a job starts inherits it: " + inThreadOfJob.get());
        assertEquals(uiNice, BackgroundPriority.niceOf("thread-self"), "the UI thread keeps its priority");
        assertTrue(uiNice < BackgroundPriority.NICE, "the UI thread runs ahead of background work: " + uiNice);
    }
}
