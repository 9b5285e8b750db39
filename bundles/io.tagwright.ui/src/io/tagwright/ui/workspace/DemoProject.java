package io.tagwright.ui.workspace;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.tagwright.core.demo.DemoDataset;
import io.tagwright.ui.TagwrightUi;

/** The demo dataset as a workspace project, generated the first time the workbench starts. */
public final class DemoProject {

    public static final String NAME = "tagwright-demo";

    private DemoProject() {
    }

    /** Creates the demo project in a job unless the workspace already has a dataset; returns the job or null. */
    public static Job createIfNoDatasets() {
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        for (IProject p : ws.getRoot().getProjects()) {
            if (DatasetRegistry.isDataset(p) || p.getName().equals(NAME)) {
                return null;
            }
        }
        WorkspaceJob job = new WorkspaceJob("Generating the demo dataset") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                SubMonitor sub = SubMonitor.convert(monitor, 10);
                IProject project = ws.getRoot().getProject(NAME);
                project.create(sub.split(1));
                project.open(sub.split(1));
                Path location = project.getLocation().toPath();
                try {
                    DemoDataset.generate(location, sub.split(7)).dispose();
                } catch (IOException e) {
                    return TagwrightUi.error("Cannot write the demo dataset into " + location + ": " + e.getMessage(), e);
                }
                project.refreshLocal(IResource.DEPTH_INFINITE, sub.split(1));
                return Status.OK_STATUS;
            }
        };
        job.setRule(ws.getRoot());
        job.setUser(true);
        job.schedule();
        return job;
    }
}
