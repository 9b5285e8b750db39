package io.tagwright.ui.problems;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.DatasetSnapshot;
import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintReport;
import io.tagwright.core.lint.Linter;
import io.tagwright.core.lint.Location;
import io.tagwright.core.lint.Severity;
import io.tagwright.index.DatasetIndex;
import io.tagwright.index.DatasetIndexes;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.preferences.LintPreferences;
import io.tagwright.ui.search.TagResources;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * Lints each open dataset in a background job after it opens, after each save and after changes from disk
 * (a burst of those runs once), and publishes the report: Problems markers, the badges and problem sort of
 * the gallery and explorer, and the index's {@code problem:} queries.
 */
public final class LintScheduler implements DatasetRegistry.Listener {

    private static final int DELAY_MS = 400;
    private static LintScheduler instance;

    private final Map<DatasetSession, Job> jobs = new HashMap<>();
    private final Map<DatasetSession, Linter> linters = new HashMap<>();
    private final Map<DatasetSession, LintReport> reports = new ConcurrentHashMap<>();

    private LintScheduler() {
    }

    /** Starts following the registry (once). UI thread. */
    public static synchronized void start() {
        if (instance == null) {
            instance = new LintScheduler();
            TagResources.start();
            DatasetRegistry.getDefault().addListener(instance);
            DatasetRegistry.getDefault().sessions().forEach(instance::schedule);
            // a tag list or tokenizer arriving later makes more rules useful
            TagResources.onLoaded(() -> DatasetRegistry.asyncOnUi(LintScheduler::checkAll));
        }
    }

    /** Checks every open dataset again (the lint preferences changed). UI thread. */
    public static void checkAll() {
        if (instance != null) {
            DatasetRegistry.getDefault().sessions().forEach(instance::schedule);
        }
    }

    /** The last report of a dataset, or null. */
    public static LintReport report(DatasetSession session) {
        return instance == null ? null : instance.reports.get(session);
    }

    /** The pending or running check of a dataset, or null (for tests that wait for it). */
    public static Job job(DatasetSession session) {
        return instance == null ? null : instance.jobs.get(session);
    }

    @Override
    public void datasetsChanged() {
        // opened, saved, refreshed and closed arrive separately
    }

    @Override
    public void datasetOpened(DatasetSession session) {
        schedule(session);
    }

    @Override
    public void datasetSaved(DatasetSession session) {
        schedule(session);
    }

    @Override
    public void datasetRefreshed(DatasetSession session, DatasetSession.RefreshReport report) {
        schedule(session);
    }

    @Override
    public void datasetClosed(DatasetSession session) {
        Job job = jobs.remove(session);
        if (job != null) {
            job.cancel();
        }
        linters.remove(session);
        reports.remove(session);
        ProblemIndex.forget(session);
        IProject project = DatasetRegistry.getDefault().project(session);
        if (project != null && project.exists()) {
            Job clear = Job.create("Removing problem markers of " + project.getName(), monitor -> {
                try {
                    if (project.isAccessible()) {
                        project.deleteMarkers(DatasetMarkers.TYPE, false, IResource.DEPTH_INFINITE);
                    }
                    return Status.OK_STATUS;
                } catch (CoreException e) {
                    return e.getStatus();
                }
            });
            clear.setSystem(true);
            clear.setRule(project);
            clear.schedule();
        }
    }

    private void schedule(DatasetSession session) {
        Job job = jobs.get(session);
        if (job == null) {
            job = new CheckJob(session);
            jobs.put(session, job);
        }
        job.cancel();
        job.schedule(DELAY_MS);
    }

    /** Snapshot on the UI thread (the model's), lint and markers in the job, results back on the UI thread. */
    private final class CheckJob extends Job {
        private final DatasetSession session;

        CheckJob(DatasetSession session) {
            super("Checking " + session.dataset().getName());
            this.session = session;
            setPriority(Job.DECORATE);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            SubMonitor sub = SubMonitor.convert(monitor, getName(), 10);
            Display display = PlatformUI.getWorkbench().getDisplay();
            DatasetSnapshot[] snapshot = new DatasetSnapshot[1];
            IProject[] project = new IProject[1];
            Linter[] linter = new Linter[1];
            display.syncExec(() -> {
                if (DatasetRegistry.getDefault().sessions().contains(session)) {
                    snapshot[0] = DatasetSnapshot.of(session);
                    project[0] = DatasetRegistry.getDefault().project(session);
                    linter[0] = linters.computeIfAbsent(session, s -> new Linter());
                }
            });
            if (snapshot[0] == null || project[0] == null) {
                return Status.CANCEL_STATUS;
            }
            try {
                LintReport report = linter[0].lint(snapshot[0], LintPreferences.settings(), sub.split(6));
                ResourcesPlugin.getWorkspace().run(m -> DatasetMarkers.replace(project[0], session, report, m), project[0],
                        0, sub.split(4));
                // what the UI thread does not need to do: the image → problems summary, and the index's
                // problem: lookup (at 10,000 images each walks every finding)
                Map<String, ProblemIndex.Summary> byImage = new HashMap<>();
                for (Finding f : report.findings()) {
                    if (f.location().kind() == Location.Kind.IMAGE) {
                        int severity = f.severity() == Severity.ERROR ? 2 : f.severity() == Severity.WARNING ? 1 : 0;
                        ProblemIndex.add(byImage, f.location().path(), severity);
                    }
                }
                DatasetIndex index = DatasetIndexes.get(session);
                if (index != null) {
                    index.setFindings(report);
                }
                display.asyncExec(() -> publish(report, byImage));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (CoreException e) {
                return new Status(IStatus.ERROR, TagwrightUi.PLUGIN_ID, "Cannot update the problem markers of "
                        + session.dataset().getName() + ": " + e.getMessage(), e);
            }
        }

        private void publish(LintReport report, Map<String, ProblemIndex.Summary> byImage) {
            if (!DatasetRegistry.getDefault().sessions().contains(session)) {
                return;
            }
            reports.put(session, report);
            ProblemIndex.set(session, byImage);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == LintScheduler.class;
        }
    }
}
