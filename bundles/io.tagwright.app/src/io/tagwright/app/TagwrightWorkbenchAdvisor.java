package io.tagwright.app;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import io.tagwright.launching.TrainingLaunches;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.perspective.TagwrightPerspective;
import io.tagwright.ui.workspace.DatasetRegistry;
import io.tagwright.ui.workspace.DemoProject;

/** Workbench life cycle: the Tagwright perspective, the workspace as page input, the demo dataset and its demo training on first start. */
final class TagwrightWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
        // workbench adapters for resources (Problems view, properties, markers)
        IDE.registerAdapters();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return TagwrightPerspective.ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new TagwrightWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        TagwrightUi.startServices();
        Job demo = DemoProject.createIfNoDatasets();
        if (demo == null) {
            DatasetRegistry.getDefault().openAll();
        } else {
            demo.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    if (event.getResult().isOK()) {
                        createDemoTraining();
                    }
                    getWorkbenchConfigurer().getWorkbench().getDisplay()
                            .asyncExec(() -> DatasetRegistry.getDefault().openAll());
                }
            });
        }
    }

    /** A ready "demo (tiny model)" LoRA Training configuration for the demo dataset, in the Run menu. */
    private static void createDemoTraining() {
        try {
            // load the launch histories first: they take a new configuration's favourite groups only while they
            // listen, and the configuration is then in the Run toolbar menu from the start
            DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
            TrainingLaunches.newDemoConfiguration(ResourcesPlugin.getWorkspace().getRoot().getProject(DemoProject.NAME))
                    .doSave();
        } catch (CoreException e) {
            ILog.of(TagwrightWorkbenchAdvisor.class).log(e.getStatus());
        }
    }

    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            // the workspace will be recovered on the next start
        }
    }
}
