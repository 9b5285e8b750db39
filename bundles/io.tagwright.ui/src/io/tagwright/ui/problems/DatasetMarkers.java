package io.tagwright.ui.problems;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.ProjectFile;
import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintReport;
import io.tagwright.core.lint.Location;
import io.tagwright.core.lint.Severity;

/**
 * Lint findings as Problems markers on the dataset project's resources: an image finding on the image file,
 * a file finding on that file, a folder finding on the subset folder, a dataset finding on the project file.
 * The marker type (declared in plugin.xml) is a problem marker, so the Problems view, its filters and its
 * Quick Fix work as for any Eclipse problem.
 */
public final class DatasetMarkers {

    /** The marker type (plugin.xml). */
    public static final String TYPE = "io.tagwright.ui.problem";
    /** The lint rule's id. */
    public static final String RULE_ID = "ruleId";
    /** The finding's location as lint gives it (image key, root-relative file or folder); absent for the dataset. */
    public static final String PATH = "datasetPath";
    /** The finding's location kind (IMAGE, FILE, FOLDER, DATASET). */
    public static final String KIND = "locationKind";

    private DatasetMarkers() {
    }

    /** Replaces the project's Tagwright markers with the report's findings. Run in a workspace operation. */
    static void replace(IProject project, DatasetSession session, LintReport report, IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, "Updating problem markers", report.findings().size() + 2);
        project.refreshLocal(IResource.DEPTH_INFINITE, sub.split(1)); // files written since the last refresh need resources
        project.deleteMarkers(TYPE, false, IResource.DEPTH_INFINITE);
        sub.worked(1);
        Map<String, IResource> resources = new HashMap<>();
        for (Finding f : report.findings()) {
            if (sub.isCanceled()) {
                return;
            }
            IResource r = resources.computeIfAbsent(f.location().kind() + ":" + f.location().path(),
                    k -> resource(project, session, f.location()));
            IMarker m = r.createMarker(TYPE);
            Map<String, Object> a = new HashMap<>();
            a.put(IMarker.MESSAGE, f.message());
            a.put(IMarker.SEVERITY, severity(f.severity()));
            a.put(IMarker.LOCATION, f.location().kind() == Location.Kind.DATASET ? "dataset" : f.location().path());
            a.put(IMarker.SOURCE_ID, "Tagwright lint");
            a.put(RULE_ID, f.ruleId());
            a.put(KIND, f.location().kind().name());
            if (f.location().path() != null) {
                a.put(PATH, f.location().path());
            }
            m.setAttributes(a);
            sub.worked(1);
        }
    }

    static int severity(Severity s) {
        return switch (s) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        };
    }

    /** The workspace resource of a finding's location; the project file (or project) when it has none. */
    static IResource resource(IProject project, DatasetSession session, Location location) {
        IResource fallback = project.getFile(ProjectFile.DEFAULT_NAME).exists() ? project.getFile(ProjectFile.DEFAULT_NAME) : project;
        if (location.kind() == Location.Kind.DATASET || location.path() == null || project.getLocation() == null) {
            return fallback;
        }
        Path abs = session.root().resolve(location.path()).normalize();
        Path base = project.getLocation().toPath().normalize();
        if (!abs.startsWith(base) || abs.equals(base)) {
            return fallback;
        }
        IPath relative = IPath.fromPath(base.relativize(abs));
        IResource r = location.kind() == Location.Kind.FOLDER ? project.getFolder(relative) : project.getFile(relative);
        return r.exists() ? r : fallback;
    }
}
