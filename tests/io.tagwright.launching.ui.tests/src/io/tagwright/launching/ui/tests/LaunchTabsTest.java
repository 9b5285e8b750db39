package io.tagwright.launching.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.launching.LaunchConstants;
import io.tagwright.launching.TrainingLaunches;
import io.tagwright.launching.ui.tabs.DatasetTab;
import io.tagwright.launching.ui.tabs.LoraTrainingTabGroup;
import io.tagwright.launching.ui.tabs.OptionsTab;
import io.tagwright.tests.common.KohyaFolder;
import io.tagwright.tests.common.SharedData;
import io.tagwright.trainer.protocol.config.KohyaGuiConfig;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.json.Json;

/** The LoRA Training tab group, hosted as the launch configuration dialog hosts it. */
class LaunchTabsTest {

    private Shell shell;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    static IProject dataset(String name, int images) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        Path root = project.getLocation().toPath();
        KohyaFolder f = KohyaFolder.in(root).subset("10_testchar");
        for (int i = 0; i < images; i++) {
            f.image(String.format("img%02d.png", i), 768, 768, "1girl, testchar, short hair");
        }
        DatasetSession.importFolder(root, name, new NullProgressMonitor()).dispose();
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project;
    }

    private ILaunchConfigurationTab[] open(ILaunchConfigurationWorkingCopy wc) {
        shell = new Shell();
        LoraTrainingTabGroup group = new LoraTrainingTabGroup();
        group.createTabs(null, "run");
        ILaunchConfigurationTab[] tabs = group.getTabs();
        FakeLaunchDialog dialog = new FakeLaunchDialog(tabs);
        for (ILaunchConfigurationTab t : tabs) {
            t.setLaunchConfigurationDialog(dialog);
            t.createControl(shell);
            t.initializeFrom(wc);
        }
        return tabs;
    }

    private static <T> T tab(ILaunchConfigurationTab[] tabs, String name, Class<T> type) {
        for (ILaunchConfigurationTab t : tabs) {
            if (t.getName().equals(name)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no tab " + name);
    }

    @Test
    void theSummaryReadsTheSeeds3360StepsAndEveryFieldNamesItsKohyaOption() throws Exception {
        IProject project = dataset("tabs-seed", 42);
        ILaunchConfigurationWorkingCopy wc = TrainingLaunches.newConfiguration(project);
        TrainingLaunches.setOption(wc, "pretrained_model_name_or_path",
                SharedData.path("sd15-tiny/models/tiny_sd15_diffusers").toString());
        ILaunchConfigurationTab[] tabs = open(wc);
        DatasetTab dataset = tab(tabs, "Dataset", DatasetTab.class);
        assertTrue(dataset.isValid(wc), dataset.getErrorMessage());
        assertTrue(dataset.summaryText().contains("42 images ×  10 repeats =    420"), dataset.summaryText());
        assertTrue(dataset.summaryText().contains("420 batches per epoch × 8 epochs = 3360 steps"), dataset.summaryText());
        for (ILaunchConfigurationTab t : tabs) {
            if (t instanceof OptionsTab o) {
                for (String option : o.options()) {
                    assertTrue(option.matches("[a-z_0-9]+"), "kohya option name " + option + " on " + t.getName());
                }
                assertTrue(t.isValid(wc), t.getName() + ": " + t.getErrorMessage());
            }
        }
    }

    @Test
    void invalidCombinationsAreFlaggedOnTheirTabAndMootFieldsDisabled() throws Exception {
        IProject project = dataset("tabs-invalid", 3);
        ILaunchConfigurationWorkingCopy wc = TrainingLaunches.newConfiguration(project);
        TrainingLaunches.setOption(wc, "cache_latents", true);
        ILaunchConfigurationTab[] tabs = open(wc);
        OptionsTab augmentation = tab(tabs, "Augmentation and Captions", OptionsTab.class);
        assertFalse(augmentation.isValid(wc));
        assertTrue(augmentation.getErrorMessage().contains("cache_latents"), augmentation.getErrorMessage());
        OptionsTab network = tab(tabs, "Network", OptionsTab.class);
        assertTrue(network.isValid(wc), "the problem is not shown on unrelated tabs");

        OptionsTab optimizer = tab(tabs, "Optimizer", OptionsTab.class);
        assertFalse(optimizer.isOptionEnabled("learning_rate"), "relative-step Adafactor sets its own learning rate");
        TrainingLaunches.setOption(wc, "optimizer_type", "AdamW");
        TrainingLaunches.setOption(wc, "lr_scheduler", "cosine");
        optimizer.initializeFrom(wc);
        assertTrue(optimizer.isOptionEnabled("learning_rate"));
    }

    @Test
    void aKohyaGuiConfigImportsAndExportsBackEqual() throws Exception {
        IProject project = dataset("tabs-kohya", 2);
        ILaunchConfigurationWorkingCopy wc = TrainingLaunches.newConfiguration(project);
        String json = """
                {"LoRA_type": "Standard", "network_dim": 96, "network_alpha": 72, "optimizer": "Adafactor",
                 "optimizer_args": "", "learning_rate": 0.0001, "unet_lr": 0.0001, "text_encoder_lr": 5e-05,
                 "lr_scheduler": "adafactor", "lr_warmup": 0, "epoch": 8, "max_train_epochs": "", "train_batch_size": 1,
                 "max_resolution": "768,768", "enable_bucket": true, "min_bucket_reso": 256, "max_bucket_reso": 1024,
                 "bucket_reso_steps": 64, "bucket_no_upscale": true, "shuffle_caption": false, "keep_tokens": "0",
                 "caption_extension": ".txt", "color_aug": true, "flip_aug": true, "cache_latents": false,
                 "mixed_precision": "bf16", "save_precision": "fp16", "save_every_n_epochs": 1, "seed": "1234",
                 "clip_skip": 1, "noise_offset": 0, "gradient_accumulation_steps": "1", "xformers": "xformers",
                 "output_name": "mychar", "sample_every_n_epochs": 1, "sample_sampler": "euler_a",
                 "sample_prompts": "1girl, mychar --w 512 --h 512", "some_future_gui_field": [1, 2],
                 "wandb_api_key": ""}""";
        KohyaGuiConfig.Import imported = DatasetTab.importKohya(wc, json, "kohya.json");
        assertTrue(imported.notes().stream().anyMatch(n -> n.toString().contains("some_future_gui_field")),
                "unknown fields are reported: " + imported.notes());
        assertTrue(wc.getAttribute(LaunchConstants.ATTR_SAMPLE_PROMPTS, "").contains("mychar"));
        ILaunchConfigurationTab[] tabs = open(wc);
        for (ILaunchConfigurationTab t : tabs) {
            t.performApply(wc); // the tabs must not lose anything on the way through
        }
        RunConfig round = RunConfig.parse(wc.getAttribute(LaunchConstants.ATTR_RUN_TOML, ""), "wc");
        Map<String, Object> exported = KohyaGuiConfig.export(round);
        Map<String, Object> original = Json.parseObject(json);
        for (Map.Entry<String, Object> e : original.entrySet()) {
            assertEquals(e.getValue(), exported.get(e.getKey()), "field " + e.getKey());
        }
    }
}
