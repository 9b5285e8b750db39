package io.tagwright.launching;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

import io.tagwright.core.dataset.ProjectFile;
import io.tagwright.launching.internal.LaunchingPlugin;
import io.tagwright.model.Dataset;
import io.tagwright.trainer.protocol.config.RunConfig;

/** Creates LoRA Training configurations for dataset projects (used by the launch shortcut and tests). */
public final class TrainingLaunches {

    private TrainingLaunches() {
    }

    /**
     * A new (unsaved) configuration for the dataset in {@code project} with the recipe's settings; its LoRA
     * is named after the dataset's first trigger word, and a sample prompt built from it is filled in.
     */
    public static ILaunchConfigurationWorkingCopy newConfiguration(IProject project) throws CoreException {
        Path projectFile = project.getLocation().toPath().resolve(ProjectFile.DEFAULT_NAME);
        Dataset dataset;
        try {
            dataset = ProjectFile.load(ProjectFile.newResourceSet(), projectFile);
        } catch (IOException e) {
            throw new CoreException(LaunchingPlugin.error("Cannot read the dataset " + projectFile + ": " + e.getMessage(), e));
        }
        String trigger = dataset.getTriggerWords().isEmpty() ? project.getName() : dataset.getTriggerWords().get(0);
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(LaunchConstants.ID_LORA_TRAINING);
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, manager.generateLaunchConfigurationName(trigger));
        RunConfig config = TrainingDefaults.recipe(trigger, dataset.getCaptionExtension());
        wc.setAttribute(LaunchConstants.ATTR_DATASET_PROJECT, project.getName());
        wc.setAttribute(LaunchConstants.ATTR_RUN_TOML, config.toToml());
        wc.setAttribute(LaunchConstants.ATTR_SAMPLE_PROMPTS, "1girl, " + trigger + ", solo, looking at viewer --w 512 --h 512 --s 30 --d 1234\n");
        wc.setMappedResources(new org.eclipse.core.resources.IResource[] { project });
        return wc;
    }

    /** Updates one kohya option of a configuration's run TOML. */
    public static void setOption(ILaunchConfigurationWorkingCopy wc, String option, Object value) throws CoreException {
        RunConfig c = RunConfig.parse(wc.getAttribute(LaunchConstants.ATTR_RUN_TOML, ""), wc.getName());
        c.set(option, value);
        wc.setAttribute(LaunchConstants.ATTR_RUN_TOML, c.toToml());
    }
}
