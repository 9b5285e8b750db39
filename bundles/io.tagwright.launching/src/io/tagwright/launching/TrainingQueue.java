package io.tagwright.launching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.ILaunchesListener2;

import io.tagwright.core.io.AtomicFiles;
import io.tagwright.launching.internal.LaunchingPlugin;

/**
 * LoRA Training configurations waiting to run, one after another. The queue is saved after every change
 * and survives a restart; after a restart it starts paused (a queue should not start training on its own
 * when the IDE opens) until {@link #resume()}.
 */
public final class TrainingQueue {

    /** Told after every change (on any thread). */
    public interface Listener {
        void queueChanged(TrainingQueue queue);
    }

    private static TrainingQueue instance;

    private final Path file;
    private final List<String> names = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private boolean running;
    /** A queued configuration is being launched right now. */
    private boolean starting;
    private ILaunch current;
    private final ILaunchesListener2 launchListener = new ILaunchesListener2() {
        @Override
        public void launchesTerminated(ILaunch[] launches) {
            boolean next;
            synchronized (TrainingQueue.this) {
                next = false;
                for (ILaunch l : launches) {
                    if (l == current) {
                        current = null;
                        next = true;
                    }
                }
            }
            if (next) {
                startNext();
            }
        }

        @Override
        public void launchesRemoved(ILaunch[] launches) {
        }

        @Override
        public void launchesAdded(ILaunch[] launches) {
        }

        @Override
        public void launchesChanged(ILaunch[] launches) {
        }
    };

    TrainingQueue(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    names.add(line);
                }
            }
        }
        DebugPlugin.getDefault().getLaunchManager().addLaunchListener(launchListener);
    }

    public static synchronized TrainingQueue getDefault() {
        if (instance == null) {
            Path file = LaunchingPlugin.getDefault().getStateLocation().toPath().resolve("training-queue.txt");
            try {
                instance = new TrainingQueue(file);
            } catch (IOException e) {
                LaunchingPlugin.log("cannot read the training queue " + file + "; starting with an empty one", e);
                try {
                    Files.deleteIfExists(file);
                    instance = new TrainingQueue(file);
                } catch (IOException again) {
                    throw new IllegalStateException(again);
                }
            }
        }
        return instance;
    }

    /** Names of the queued configurations, next first. */
    public synchronized List<String> entries() {
        return List.copyOf(names);
    }

    public synchronized boolean isRunning() {
        return running;
    }

    public void add(ILaunchConfiguration configuration) {
        synchronized (this) {
            names.add(configuration.getName());
        }
        changed();
        if (isRunning()) {
            startNext();
        }
    }

    public void remove(int index) {
        synchronized (this) {
            names.remove(index);
        }
        changed();
    }

    public void move(int from, int to) {
        synchronized (this) {
            names.add(to, names.remove(from));
        }
        changed();
    }

    /** Starts running the queue (the next entry starts when no queued run is active). */
    public void resume() {
        synchronized (this) {
            running = true;
        }
        changed();
        startNext();
    }

    /** Lets the current run finish but starts no further one. */
    public void pause() {
        synchronized (this) {
            running = false;
        }
        changed();
    }

    private void startNext() {
        String name;
        synchronized (this) {
            if (!running || starting || current != null || names.isEmpty()) {
                return;
            }
            name = names.remove(0);
            starting = true;
        }
        changed();
        ILaunchConfiguration config = find(name);
        if (config == null) {
            LaunchingPlugin.log("queued LoRA Training configuration '" + name + "' no longer exists; skipped", null);
            synchronized (this) {
                starting = false;
            }
            startNext();
            return;
        }
        Job job = Job.create("Starting queued training " + name, monitor -> {
            try {
                ILaunch launch = config.launch(ILaunchManager.RUN_MODE, monitor);
                boolean ended;
                synchronized (this) {
                    starting = false;
                    ended = launch.isTerminated();
                    current = ended ? null : launch;
                }
                if (ended) {
                    startNext();
                }
                return Status.OK_STATUS;
            } catch (CoreException e) {
                synchronized (this) {
                    starting = false;
                }
                startNext();
                return e.getStatus();
            }
        });
        job.schedule();
    }

    private static ILaunchConfiguration find(String name) {
        try {
            for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager()
                    .getLaunchConfigurations(DebugPlugin.getDefault().getLaunchManager()
                            .getLaunchConfigurationType(LaunchConstants.ID_LORA_TRAINING))) {
                if (c.getName().equals(name)) {
                    return c;
                }
            }
        } catch (CoreException e) {
            LaunchingPlugin.log("cannot list launch configurations", e);
        }
        return null;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void changed() {
        List<String> copy = entries();
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, (String.join("\n", copy) + (copy.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LaunchingPlugin.log("cannot save the training queue to " + file, e);
        }
        for (Listener l : listeners) {
            l.queueChanged(this);
        }
    }
}
