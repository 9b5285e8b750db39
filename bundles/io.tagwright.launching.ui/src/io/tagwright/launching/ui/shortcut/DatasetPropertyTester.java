package io.tagwright.launching.ui.shortcut;

import java.nio.file.Files;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;

import io.tagwright.core.dataset.ProjectFile;

/** {@code io.tagwright.launching.ui.isDataset}: the element is (in) a dataset project. */
public final class DatasetPropertyTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return LoraTrainingShortcut.projectOf(receiver) != null;
    }

    static boolean isDatasetProject(IProject p) {
        return p != null && p.isOpen() && p.getLocation() != null
                && Files.isRegularFile(p.getLocation().toPath().resolve(ProjectFile.DEFAULT_NAME));
    }

    static IProject adaptProject(Object o) {
        if (o instanceof EObject) {
            return null;
        }
        IResource r = Adapters.adapt(o, IResource.class);
        return r == null ? null : r.getProject();
    }
}
