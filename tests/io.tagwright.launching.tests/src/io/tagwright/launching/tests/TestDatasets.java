package io.tagwright.launching.tests;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.tests.common.KohyaFolder;

/** Dataset projects for launching tests. */
final class TestDatasets {

    private TestDatasets() {
    }

    /** A workspace project holding {@code images} captioned 768×768 images in {@code img/10_testchar}. */
    static IProject project(String name, int images) throws Exception {
        return project(name, images, 768, "10_testchar");
    }

    /** A workspace project holding {@code images} captioned {@code size}×{@code size} images in {@code img/<subset>}. */
    static IProject project(String name, int images, int size, String subset) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        Path root = project.getLocation().toPath();
        KohyaFolder f = KohyaFolder.in(root).subset(subset);
        for (int i = 0; i < images; i++) {
            f.image(String.format("img%02d.png", i), size, size, "1girl, testchar, short hair, tag" + (i % 5));
        }
        DatasetSession.importFolder(root, name, new NullProgressMonitor()).dispose();
        refresh(project);
        return project;
    }

    static void refresh(IProject project) throws CoreException {
        project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
    }
}
