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

    /** Debug UI's attribute and id for favourites of the Run launch group (this bundle is headless). */
    private static final String FAVORITE_GROUPS = "org.eclipse.debug.ui.favoriteGroups";
    private static final String RUN_LAUNCH_GROUP = "org.eclipse.debug.ui.launchGroup.run";

    /** Where a demo configuration's tiny model lives, relative to the dataset project. */
    public static final String TINY_MODEL_FOLDER = ".tagwright/tiny-sd15";

    /**
     * A configuration that trains the dataset on the demo's tiny generated model (random weights, generated
     * on first launch): 64 px, batch 4, cached latents, rank 8, AdamW, 3 epochs with a LoRA file and two
     * samples each. It shows the whole loop — console, loss chart, samples, best epoch — on a CPU in a
     * couple of minutes; its LoRA files are of no use with a real model.
     */
    public static ILaunchConfigurationWorkingCopy newDemoConfiguration(IProject project) throws CoreException {
        ILaunchConfigurationWorkingCopy wc = newConfiguration(project);
        RunConfig c = RunConfig.parse(wc.getAttribute(LaunchConstants.ATTR_RUN_TOML, ""), wc.getName());
        String trigger = c.string("output_name");
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        wc.rename(manager.generateLaunchConfigurationName(trigger + " demo (tiny model)"));
        c.set("pretrained_model_name_or_path", TINY_MODEL_FOLDER);
        c.set("network_dim", 8L).set("network_alpha", 4.0);
        c.set("optimizer_type", "AdamW").set("lr_scheduler", "cosine").set("lr_warmup_steps", 10L);
        c.set("learning_rate", 1.0e-3);
        c.set("resolution", "64,64").set("enable_bucket", false);
        c.set("train_batch_size", 4L).set("max_train_epochs", 3L);
        c.set("cache_latents", true).set("color_aug", false);
        c.set("sample_sampler", "euler_a");
        wc.setAttribute(LaunchConstants.ATTR_RUN_TOML, c.toToml());
        wc.setAttribute(LaunchConstants.ATTR_TINY_MODEL, true);
        // a favourite of the Run group, so it is in the Run toolbar menu before its first launch
        wc.setAttribute(FAVORITE_GROUPS, java.util.List.of(RUN_LAUNCH_GROUP));
        wc.setAttribute(LaunchConstants.ATTR_SAMPLE_PROMPTS, """
                1girl, %1$s, dark skin, braided hair, earrings --w 64 --h 64 --s 20 --d 42
                1girl, %1$s, from behind, full body --w 64 --h 64 --s 20 --d 7
                """.formatted(trigger));
        return wc;
    }

    /** Updates one kohya option of a configuration's run TOML. */
    public static void setOption(ILaunchConfigurationWorkingCopy wc, String option, Object value) throws CoreException {
        RunConfig c = RunConfig.parse(wc.getAttribute(LaunchConstants.ATTR_RUN_TOML, ""), wc.getName());
        c.set(option, value);
        wc.setAttribute(LaunchConstants.ATTR_RUN_TOML, c.toToml());
    }
}
