package io.tagwright.launching.ui.shortcut;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;

import io.tagwright.launching.LaunchConstants;
import io.tagwright.launching.TrainingLaunches;

/**
 * Run As → LoRA Training on a dataset (its project, or any dataset object in the Tagwright views): runs the
 * dataset's existing configuration, or creates one with the recipe's settings and opens it so the base
 * model can be chosen.
 */
public final class LoraTrainingShortcut implements ILaunchShortcut2 {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            launch(projectOf(s.getFirstElement()), mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        launch(projectOf(editor.getEditorInput()), mode);
    }

    private void launch(IProject project, String mode) {
        if (project == null) {
            return;
        }
        try {
            ILaunchConfiguration[] existing = configurationsFor(project);
            if (existing.length > 0) {
                DebugUITools.launch(existing[0], mode);
                return;
            }
            ILaunchConfigurationWorkingCopy wc = TrainingLaunches.newConfiguration(project);
            ILaunchConfiguration saved = wc.doSave();
            DebugUITools.openLaunchConfigurationDialogOnGroup(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                    new org.eclipse.jface.viewers.StructuredSelection(saved), "org.eclipse.debug.ui.launchGroup.run");
        } catch (CoreException e) {
            ErrorDialog.openError(null, "LoRA Training", "Cannot prepare a training configuration for " + project.getName(),
                    e.getStatus());
        }
    }

    /** The LoRA Training configurations that train this project's dataset. */
    static ILaunchConfiguration[] configurationsFor(IProject project) throws CoreException {
        ILaunchManager m = DebugPlugin.getDefault().getLaunchManager();
        return java.util.Arrays.stream(m.getLaunchConfigurations(m.getLaunchConfigurationType(LaunchConstants.ID_LORA_TRAINING)))
                .filter(c -> {
                    try {
                        return project.getName().equals(c.getAttribute(LaunchConstants.ATTR_DATASET_PROJECT, ""));
                    } catch (CoreException e) {
                        return false;
                    }
                }).toArray(ILaunchConfiguration[]::new);
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            IProject p = projectOf(s.getFirstElement());
            try {
                return p == null ? null : configurationsFor(p);
            } catch (CoreException e) {
                return null;
            }
        }
        return null;
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
        IProject p = projectOf(editor.getEditorInput());
        try {
            return p == null ? null : configurationsFor(p);
        } catch (CoreException e) {
            return null;
        }
    }

    @Override
    public IResource getLaunchableResource(ISelection selection) {
        return selection instanceof IStructuredSelection s && !s.isEmpty() ? projectOf(s.getFirstElement()) : null;
    }

    @Override
    public IResource getLaunchableResource(IEditorPart editor) {
        return projectOf(editor.getEditorInput());
    }

    /** The dataset project of a resource, an adaptable, or a model object of an open dataset; else null. */
    static IProject projectOf(Object o) {
        IProject p = DatasetPropertyTester.adaptProject(o);
        if (p == null && o instanceof EObject e) {
            Resource r = e.eResource();
            if (r != null && r.getURI().isFile()) {
                Path projectFile = Path.of(r.getURI().toFileString());
                for (IProject candidate : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
                    if (candidate.getLocation() != null && projectFile.getParent().equals(candidate.getLocation().toPath())) {
                        p = candidate;
                    }
                }
            }
        }
        return DatasetPropertyTester.isDatasetProject(p) ? p : null;
    }
}
