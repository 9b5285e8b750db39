package io.tagwright.ui.workspace;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.Subset;
import io.tagwright.ui.TagwrightUi;

/**
 * Notices files that other programs add, delete or change in a dataset's folders (the train folder and
 * every subset folder), using the operating system's file notifications, and tells its owner which
 * dataset changed. Notifications only trigger a re-scan; the scan decides what really changed.
 */
final class FolderWatcher implements AutoCloseable {

    private final Consumer<DatasetSession> onChange;
    private final Map<WatchKey, DatasetSession> keys = new ConcurrentHashMap<>();
    private WatchService service;
    private Thread thread;

    FolderWatcher(Consumer<DatasetSession> onChange) {
        this.onChange = onChange;
    }

    /** Watches (again) every folder of the session; cheap to call after each refresh. */
    synchronized void watch(DatasetSession session) {
        try {
            if (service == null) {
                service = FileSystems.getDefault().newWatchService();
                thread = new Thread(this::run, "Tagwright folder watcher");
                thread.setDaemon(true);
                thread.start();
            }
            List<Path> dirs = new ArrayList<>();
            dirs.add(session.trainDir());
            if (session.regDir() != null) {
                dirs.add(session.regDir());
            }
            for (Subset s : session.dataset().getSubsets()) {
                dirs.add(session.subsetDir(s));
            }
            for (Path dir : dirs) {
                if (Files.isDirectory(dir)) {
                    WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                    keys.put(key, session);
                }
            }
        } catch (IOException e) {
            TagwrightUi.log("cannot watch the folders of " + session.root() + "; external changes are seen on reopen", e);
        }
    }

    synchronized void unwatch(DatasetSession session) {
        keys.entrySet().removeIf(e -> {
            if (e.getValue() == session) {
                e.getKey().cancel();
                return true;
            }
            return false;
        });
    }

    private void run() {
        WatchService ws;
        synchronized (this) {
            ws = service;
        }
        try {
            while (true) {
                WatchKey key = ws.take();
                key.pollEvents();
                DatasetSession s = keys.get(key);
                if (!key.reset()) {
                    keys.remove(key);
                }
                if (s != null) {
                    onChange.accept(s);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the workbench is shutting down
        }
    }

    @Override
    public synchronized void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // nothing left to release
            }
            service = null;
        }
    }
}
