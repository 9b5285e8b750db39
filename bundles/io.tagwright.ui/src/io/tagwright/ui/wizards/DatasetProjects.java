package io.tagwright.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.preferences.AnnotationMapping;

/** Makes workspace projects for datasets (new or imported); run inside a workspace operation. */
final class DatasetProjects {

    private DatasetProjects() {
    }

    /** Checks a project name and (optional) location; returns the problem, or null if they are fine. */
    static String validate(String name, Path location) {
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        IStatus s = ws.validateName(name, IResource.PROJECT);
        if (!s.isOK()) {
            return s.getMessage();
        }
        IProject project = ws.getRoot().getProject(name);
        if (project.exists()) {
            return "A project named '" + name + "' already exists in the workspace";
        }
        if (location != null) {
            IStatus l = ws.validateProjectLocation(project, IPath.fromPath(location));
            if (!l.isOK()) {
                return l.getMessage();
            }
        }
        return null;
    }

    /** Creates and opens a project at {@code location} (null: in the workspace folder). */
    static IProject create(String name, Path location, IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, 2);
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        IProject project = ws.getRoot().getProject(name);
        IProjectDescription d = ws.newProjectDescription(name);
        if (location != null) {
            d.setLocation(IPath.fromPath(location));
        }
        project.create(d, sub.split(1));
        project.open(sub.split(1));
        return project;
    }

    /** New datasets and imports get the annotation mapping of the preferences; saved into the project file. */
    static void applyPreferences(DatasetSession session) throws CoreException {
        try {
            AnnotationMapping.fromPreferences().install(session.dataset());
            session.saveProjectFile();
        } catch (IOException e) {
            throw new CoreException(TagwrightUi.error("Cannot write " + session.projectFile() + ": " + e.getMessage(), e));
        } catch (IllegalArgumentException e) {
            // a broken preference: keep the built-in mapping the dataset already has
            TagwrightUi.log("annotation preferences are not valid; the dataset keeps the built-in mapping", e);
        }
    }
}
