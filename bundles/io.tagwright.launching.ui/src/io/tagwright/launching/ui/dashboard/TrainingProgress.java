package io.tagwright.launching.ui.dashboard;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunch;

import io.tagwright.launching.session.TrainingSession;
import io.tagwright.launching.session.TrainingSessions;
import io.tagwright.launching.ui.LaunchingUi;
import io.tagwright.trainer.protocol.event.TrainerEvent;

/**
 * Puts every training run into the Progress view and the status line: a job that follows the run (epoch,
 * step, speed, ETA) and whose Cancel stops the run cleanly.
 */
public final class TrainingProgress implements TrainingSessions.Listener {

    private static TrainingProgress installed;

    public static synchronized void install() {
        if (installed == null) {
            installed = new TrainingProgress();
            TrainingSessions.getDefault().addListener(installed);
        }
    }

    public static synchronized void uninstall() {
        if (installed != null) {
            TrainingSessions.getDefault().removeListener(installed);
            installed = null;
        }
    }

    @Override
    public void runStarted(ILaunch launch, TrainingSession session) {
        new FollowJob(launch, session).schedule();
    }

    /** The family of training progress jobs (tests wait on it). */
    public static final Object FAMILY = TrainingProgress.class;

    private static final class FollowJob extends Job implements TrainingSession.Listener {
        private final ILaunch launch;
        private final TrainingSession session;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile boolean changed;

        FollowJob(ILaunch launch, TrainingSession session) {
            super("Training " + session.name());
            this.launch = launch;
            this.session = session;
            setUser(false);
            setPriority(LONG);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            session.addListener(this);
            try {
                long total = 0;
                long reported = 0;
                while (!session.isDone()) {
                    if (monitor.isCanceled()) {
                        try {
                            launch.terminate();
                        } catch (DebugException e) {
                            LaunchingUi.log("cannot stop " + session.name(), e);
                        }
                        monitor.setTaskName("Stopping " + session.name() + " (saving)");
                    }
                    if (total == 0 && session.totalSteps() > 0) {
                        total = session.totalSteps();
                        monitor.beginTask("Training " + session.name(), (int) Math.min(Integer.MAX_VALUE, total));
                    }
                    long step = session.currentStep();
                    if (step > reported && total > 0) {
                        monitor.worked((int) (step - reported));
                        reported = step;
                    }
                    if (changed) {
                        changed = false;
                        monitor.subTask(describe(session));
                    }
                    done.await(500, TimeUnit.MILLISECONDS);
                }
                monitor.done();
                return Status.OK_STATUS;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Status.CANCEL_STATUS;
            } finally {
                session.removeListener(this);
            }
        }

        @Override
        public void eventReceived(TrainingSession s, TrainerEvent event) {
            changed = true;
            if (s.isDone()) {
                done.countDown();
            }
        }
    }

    /** "epoch 3 · step 1200/3360 · 1.52 it/s · ETA 23m 40s" */
    static String describe(TrainingSession s) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "epoch %d · step %d/%d", s.currentEpoch(), s.currentStep(), s.totalSteps()));
        if (s.itPerSecond() > 0) {
            sb.append(String.format(Locale.ROOT, " · %.2f it/s", s.itPerSecond()));
        }
        if (s.etaSeconds() > 0) {
            long eta = (long) s.etaSeconds();
            sb.append(String.format(Locale.ROOT, " · ETA %dm %02ds", eta / 60, eta % 60));
        }
        return sb.toString();
    }
}
