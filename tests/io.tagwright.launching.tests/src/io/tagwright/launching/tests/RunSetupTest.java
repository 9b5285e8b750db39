package io.tagwright.launching.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.junit.jupiter.api.Test;

import io.tagwright.launching.LaunchConstants;
import io.tagwright.launching.TrainingLaunches;
import io.tagwright.launching.internal.RunSetup;
import io.tagwright.tests.common.SharedData;
import io.tagwright.trainer.protocol.config.RunConfig;

class RunSetupTest {

    @Test
    void aNewConfigurationFollowsTheRecipeAndItsDataset() throws Exception {
        IProject project = TestDatasets.project("setup-dataset", 3);
        ILaunchConfigurationWorkingCopy wc = TrainingLaunches.newConfiguration(project);
        TrainingLaunches.setOption(wc, "pretrained_model_name_or_path",
                SharedData.path("sd15-tiny/models/tiny_sd15_diffusers").toString());
        RunConfig c = RunSetup.resolve(wc);
        Path root = project.getLocation().toPath();
        assertEquals(root.resolve("img"), c.path("train_data_dir"));
        assertEquals(".txt", c.captionExtension());
        assertEquals(root.resolve("model"), c.path("output_dir"));
        assertEquals(96L, c.integer("network_dim"));
        assertEquals(72.0, c.real("network_alpha"));
        assertEquals("Adafactor", c.optimizerType());
        assertEquals(8L, c.integer("max_train_epochs"));
        assertEquals("testchar", c.string("output_name"));
        assertTrue(c.bool("flip_aug") && c.bool("color_aug") && !c.bool("shuffle_caption"));

        RunSetup.Prepared run = RunSetup.prepare(wc);
        assertTrue(run.runDir().startsWith(root.resolve(".tagwright/runs")), run.runDir().toString());
        RunConfig written = RunConfig.load(run.configFile());
        assertEquals(c.path("train_data_dir"), written.path("train_data_dir"));
        assertTrue(Files.readString(run.runDir().resolve("sample_prompts.txt")).contains("testchar"));
        assertEquals(run.runDir().resolve("sample_prompts.txt"), written.path("sample_prompts"));
    }

    @Test
    void invalidCombinationsStopTheLaunchWithTheOptionNamed() throws Exception {
        IProject project = TestDatasets.project("invalid-dataset", 2);
        ILaunchConfigurationWorkingCopy wc = TrainingLaunches.newConfiguration(project);
        TrainingLaunches.setOption(wc, "cache_latents", true);
        CoreException e = assertThrows(CoreException.class, () -> RunSetup.resolve(wc));
        assertTrue(e.getMessage().contains("cache_latents"), e.getMessage());

        ILaunchConfigurationWorkingCopy broken = TrainingLaunches.newConfiguration(project);
        broken.setAttribute(LaunchConstants.ATTR_RUN_TOML, "network_dim = [unclosed");
        CoreException syntax = assertThrows(CoreException.class, () -> RunSetup.resolve(broken));
        assertTrue(syntax.getMessage().contains("1:"), syntax.getMessage());
    }
}
