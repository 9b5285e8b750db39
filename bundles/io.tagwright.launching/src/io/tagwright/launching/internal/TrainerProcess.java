package io.tagwright.launching.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.RuntimeProcess;

import io.tagwright.trainer.protocol.event.EventCodec;
import io.tagwright.trainer.protocol.event.LoopbackEventServer;
import io.tagwright.trainer.protocol.event.TrainerCommand;

/**
 * The trainer JVM as an Eclipse process (console, Terminate button, launch view). Terminate asks the
 * trainer to stop cleanly first: it finishes the current step, saves what it has and exits, so nothing is
 * left half-written. Pressing Terminate again, or a trainer that does not exit within the grace period,
 * kills the process.
 */
final class TrainerProcess extends RuntimeProcess {

    static final long GRACE_SECONDS = 180;

    private final LoopbackEventServer events;
    private volatile boolean stopRequested;

    TrainerProcess(ILaunch launch, Process process, String name, Map<String, String> attributes, LoopbackEventServer events) {
        super(launch, process, name, attributes);
        this.events = events;
    }

    @Override
    public void terminate() throws DebugException {
        if (isTerminated()) {
            return;
        }
        if (stopRequested) {
            super.terminate();
            return;
        }
        stopRequested = true;
        String stop = EventCodec.encode(new TrainerCommand.Stop());
        try {
            events.send(new TrainerCommand.Stop());
        } catch (IOException | RuntimeException e) {
            // not connected (yet): the same command on stdin reaches it
            try {
                getStreamsProxy().write(stop + "\n");
            } catch (IOException ignored) {
                super.terminate();
                return;
            }
        }
        Process p = getSystemProcess();
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "Tagwright trainer stop watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** True once a clean stop was asked for. */
    boolean isStopRequested() {
        return stopRequested;
    }
}
