package io.tagwright.launching.session;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.debug.core.ILaunch;

/**
 * The training runs the IDE knows: those running now (by launch) and the history of a dataset
 * ({@code <dataset>/.tagwright/runs/}, one folder per run), which survives restarts.
 */
public final class TrainingSessions {

    /** Told (on the launching thread) when a run starts. */
    public interface Listener {
        void runStarted(ILaunch launch, TrainingSession session);
    }

    private static final TrainingSessions INSTANCE = new TrainingSessions();

    private final Map<ILaunch, TrainingSession> running = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public static TrainingSessions getDefault() {
        return INSTANCE;
    }

    public void started(ILaunch launch, TrainingSession session) {
        synchronized (running) {
            running.put(launch, session);
        }
        for (Listener l : listeners) {
            l.runStarted(launch, session);
        }
    }

    /** The session of a launch, or null. */
    public TrainingSession session(ILaunch launch) {
        synchronized (running) {
            return running.get(launch);
        }
    }

    /** Sessions started in this IDE, oldest first. */
    public List<TrainingSession> sessions() {
        synchronized (running) {
            return List.copyOf(running.values());
        }
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** The run folders of a dataset, newest first. */
    public static List<Path> history(Path datasetRoot) throws IOException {
        Path runs = datasetRoot.resolve(".tagwright").resolve("runs");
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(runs)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(runs, Files::isDirectory)) {
                ds.forEach(out::add);
            }
        }
        out.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return out;
    }

    /** Loads a recorded run; the name is the launch configuration's, as recorded when it started. */
    public static TrainingSession load(Path runDir) throws IOException {
        Path nameFile = runDir.resolve("launch.txt");
        String name = Files.exists(nameFile) ? Files.readString(nameFile).strip() : runDir.getFileName().toString();
        return TrainingSession.load(runDir, name);
    }
}
