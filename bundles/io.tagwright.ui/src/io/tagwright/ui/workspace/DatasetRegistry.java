package io.tagwright.ui.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.ProjectFile;
import io.tagwright.index.DatasetIndexes;
import io.tagwright.ui.TagwrightUi;

/**
 * The datasets of the workspace: every open project with a {@code dataset.tagwright} file at its root.
 * Datasets are opened in background jobs; their sessions are then owned by the UI thread (the model's
 * thread in the workbench). Changes on disk made by other programs are picked up by a folder watcher and
 * applied the same way: read in a job, applied on the UI thread.
 */
public final class DatasetRegistry {

    /** Told on the UI thread whenever a dataset opens, closes, changes on disk or is saved. */
    public interface Listener {
        /** The list of datasets or the content of one changed. */
        void datasetsChanged();

        /** A dataset finished opening. */
        default void datasetOpened(DatasetSession session) {
        }

        /** Changes on disk were applied to a dataset. */
        default void datasetRefreshed(DatasetSession session, DatasetSession.RefreshReport report) {
        }

        /** A dataset was saved (its dirty state changed). */
        default void datasetSaved(DatasetSession session) {
        }

        /** A dataset was closed; its session is disposed after this call. */
        default void datasetClosed(DatasetSession session) {
        }
    }

    /** Serialises jobs that touch one dataset's files. */
    public static ISchedulingRule ruleFor(IProject project) {
        return new DatasetRule(project.getName());
    }

    private record DatasetRule(String name) implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return equals(rule);
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return equals(rule);
        }
    }

    private static DatasetRegistry instance;

    private final Map<IProject, DatasetSession> sessions = new LinkedHashMap<>();
    private final Set<IProject> opening = new HashSet<>();
    private final Map<DatasetSession, Job> refreshing = new HashMap<>();
    private final Set<DatasetSession> busy = new HashSet<>();
    private final Map<DatasetSession, Integer> saveCounts = new HashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final FolderWatcher watcher = new FolderWatcher(this::changedOnDisk);
    private final IResourceChangeListener projectListener = this::projectsChanged;

    private DatasetRegistry() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(projectListener,
                IResourceChangeEvent.POST_CHANGE | IResourceChangeEvent.PRE_DELETE);
    }

    public static synchronized DatasetRegistry getDefault() {
        if (instance == null) {
            instance = new DatasetRegistry();
        }
        return instance;
    }

    public static synchronized void shutdown() {
        if (instance != null) {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(instance.projectListener);
            instance.watcher.close();
            instance = null;
        }
    }

    /** True when the project is a dataset (holds a project file at its root). */
    public static boolean isDataset(IProject project) {
        IPath location = project.isOpen() ? project.getLocation() : null;
        return location != null && Files.isRegularFile(location.toPath().resolve(ProjectFile.DEFAULT_NAME));
    }

    /** The open datasets, in the order they opened. UI thread only. */
    public List<DatasetSession> sessions() {
        return List.copyOf(sessions.values());
    }

    public DatasetSession session(IProject project) {
        return sessions.get(project);
    }

    public IProject project(DatasetSession session) {
        for (Map.Entry<IProject, DatasetSession> e : sessions.entrySet()) {
            if (e.getValue() == session) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The open session whose model holds {@code object}, or null. UI thread only. */
    public DatasetSession sessionOf(EObject object) {
        Resource r = object == null ? null : object.eResource();
        if (r == null) {
            return null;
        }
        for (DatasetSession s : sessions.values()) {
            if (s.dataset().eResource() == r) {
                return s;
            }
        }
        return null;
    }

    /** The open session of the project with this name, or null. */
    public DatasetSession session(String projectName) {
        for (Map.Entry<IProject, DatasetSession> e : sessions.entrySet()) {
            if (e.getKey().getName().equals(projectName)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * Runs {@code work} on the UI thread with changes from disk held back: a save (which may spin the event
     * loop to show progress) must see the model stay still until it has written everything.
     */
    public <E extends Exception> void exclusive(DatasetSession session, ExclusiveWork<E> work) throws E {
        busy.add(session);
        try {
            work.run();
        } finally {
            busy.remove(session);
        }
    }

    /** Work done by {@link #exclusive}. */
    public interface ExclusiveWork<E extends Exception> {
        void run() throws E;
    }

    /** Tells listeners that a session was saved. UI thread. */
    public void fireSaved(DatasetSession session) {
        saveCounts.merge(session, 1, Integer::sum);
        for (Listener l : listeners) {
            try {
                l.datasetSaved(session);
            } catch (RuntimeException e) {
                TagwrightUi.log("dataset listener failed", e);
            }
        }
    }

    public boolean isOpening() {
        return !opening.isEmpty();
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** Opens every dataset project of the workspace that is not open yet. Returns the jobs started. */
    public List<Job> openAll() {
        List<Job> jobs = new ArrayList<>();
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (isDataset(p) && !sessions.containsKey(p) && !opening.contains(p)) {
                jobs.add(open(p));
            }
        }
        return jobs;
    }

    /** Opens one dataset project in a background job. UI thread. */
    public Job open(IProject project) {
        opening.add(project);
        Path projectFile = project.getLocation().toPath().resolve(ProjectFile.DEFAULT_NAME);
        Job job = Job.create("Opening dataset " + project.getName(), monitor -> {
            try {
                DatasetSession session = DatasetSession.open(projectFile, monitor);
                asyncOnUi(() -> opened(project, session));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                asyncOnUi(() -> opening.remove(project));
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                asyncOnUi(() -> opening.remove(project));
                return TagwrightUi.error("Cannot open dataset " + project.getName() + ": " + e.getMessage(), e);
            }
        });
        job.setRule(ruleFor(project));
        job.setUser(false);
        job.schedule();
        return job;
    }

    private void opened(IProject project, DatasetSession session) {
        opening.remove(project);
        if (!project.isOpen()) {
            session.dispose();
            return;
        }
        sessions.put(project, session);
        watcher.watch(session);
        fireChanged();
        for (Listener l : listeners) {
            try {
                l.datasetOpened(session);
            } catch (RuntimeException e) {
                TagwrightUi.log("dataset listener failed", e);
            }
        }
    }

    /** Forgets a dataset (its unsaved edits are dropped). UI thread. */
    public void close(IProject project) {
        DatasetSession s = sessions.remove(project);
        if (s != null) {
            refreshing.remove(s);
            saveCounts.remove(s);
            watcher.unwatch(s);
            fireChanged();
            for (Listener l : listeners) {
                try {
                    l.datasetClosed(s);
                } catch (RuntimeException e) {
                    TagwrightUi.log("dataset listener failed", e);
                }
            }
            s.dispose();
        }
    }

    /** Reads a dataset's folder again and applies what changed. Returns the job. UI thread. */
    public Job refresh(DatasetSession session) {
        Job pending = refreshing.get(session);
        if (pending != null && pending.getState() == Job.SLEEPING) {
            return pending; // a burst of file events: one scan after the burst is enough
        }
        IProject project = project(session);
        int savesBefore = saveCounts.getOrDefault(session, 0);
        Job job = Job.create("Reading changes of " + session.dataset().getName(), (IProgressMonitor monitor) -> {
            try {
                DatasetSession.Scan scan = session.scan(monitor);
                asyncOnUi(() -> applyWhenIdle(session, scan, project, savesBefore));
                return Status.OK_STATUS;
            } catch (IOException e) {
                return TagwrightUi.error("Cannot read " + session.root() + ": " + e.getMessage(), e);
            }
        });
        if (project != null) {
            job.setRule(ruleFor(project));
        }
        job.setSystem(true);
        refreshing.put(session, job);
        job.schedule(250);
        return job;
    }

    private void applyWhenIdle(DatasetSession session, DatasetSession.Scan scan, IProject project, int savesBefore) {
        if (!sessions.containsValue(session)) {
            return;
        }
        if (busy.contains(session) || saveCounts.getOrDefault(session, 0) != savesBefore) {
            // a save wrote (or is writing) captions after this scan read them: read again
            refreshing.remove(session);
            Display.getCurrent().timerExec(200, () -> {
                if (sessions.containsValue(session)) {
                    refresh(session);
                }
            });
            return;
        }
        DatasetSession.RefreshReport report = session.apply(scan);
        watcher.watch(session);
        if (report.changedAnything()) {
            fireChanged();
            syncWorkspace(project);
            for (Listener l : listeners) {
                try {
                    l.datasetRefreshed(session, report);
                } catch (RuntimeException e) {
                    TagwrightUi.log("dataset listener failed", e);
                }
            }
        }
    }

    /** Makes Eclipse's resource tree match files our own code wrote. */
    public static void syncWorkspace(IProject project) {
        if (project == null) {
            return;
        }
        Job job = Job.create("Refreshing " + project.getName(), monitor -> {
            try {
                project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
                return Status.OK_STATUS;
            } catch (CoreException e) {
                return e.getStatus();
            }
        });
        job.setSystem(true);
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(project));
        job.schedule();
    }

    private void changedOnDisk(DatasetSession session) {
        asyncOnUi(() -> {
            if (sessions.containsValue(session)) {
                refresh(session);
            }
        });
    }

    private void projectsChanged(IResourceChangeEvent event) {
        if (event.getType() == IResourceChangeEvent.PRE_DELETE) {
            // a closed dataset's index may still be closing in the background: let it finish before its folder goes
            if (event.getResource() instanceof IProject p && p.getLocation() != null) {
                DatasetIndexes.awaitClosed(p.getLocation().toPath().resolve(ProjectFile.DEFAULT_NAME).toAbsolutePath().normalize());
            }
            return;
        }
        IResourceDelta delta = event.getDelta();
        if (delta == null) {
            return;
        }
        boolean relevant = false;
        for (IResourceDelta child : delta.getAffectedChildren()) {
            int flags = child.getFlags();
            if (child.getKind() == IResourceDelta.ADDED || child.getKind() == IResourceDelta.REMOVED
                    || (flags & IResourceDelta.OPEN) != 0
                    || child.findMember(IPath.fromOSString(ProjectFile.DEFAULT_NAME)) != null) {
                relevant = true;
            }
        }
        if (relevant) {
            asyncOnUi(() -> {
                for (IProject p : List.copyOf(sessions.keySet())) {
                    if (!p.exists() || !p.isOpen()) {
                        close(p);
                    }
                }
                openAll();
            });
        }
    }

    private void fireChanged() {
        for (Listener l : listeners) {
            try {
                l.datasetsChanged();
            } catch (RuntimeException e) {
                TagwrightUi.log("dataset listener failed", e);
            }
        }
    }

    public static void asyncOnUi(Runnable r) {
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }
}
