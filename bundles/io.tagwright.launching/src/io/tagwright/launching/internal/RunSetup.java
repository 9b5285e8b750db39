package io.tagwright.launching.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;

import io.tagwright.core.dataset.ProjectFile;
import io.tagwright.launching.LaunchConstants;
import io.tagwright.launching.TrainingDefaults;
import io.tagwright.model.Dataset;
import io.tagwright.trainer.protocol.config.ConfigException;
import io.tagwright.trainer.protocol.config.ConfigProblem;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.config.RunConfigValidator;
import io.tagwright.trainer.protocol.config.TomlException;

/**
 * Turns a launch configuration into the files of one run: the run folder
 * ({@code <dataset>/.tagwright/runs/<time>-<name>/}) with {@code run.toml} and the sample prompt file. The
 * dataset project's folders fill {@code train_data_dir}, {@code reg_data_dir} and {@code caption_extension}
 * at launch time, so a configuration follows its dataset wherever it moves.
 */
public final class RunSetup {

    /** A run ready to start. */
    public record Prepared(RunConfig config, Path runDir, Path configFile) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunSetup() {
    }

    /** Reads, completes and validates the configuration; writes nothing. Errors name the option. */
    public static RunConfig resolve(ILaunchConfiguration launch) throws CoreException {
        RunConfig config = complete(launch);
        List<ConfigProblem> problems = RunConfigValidator.validate(config);
        if (RunConfigValidator.hasErrors(problems)) {
            StringBuilder sb = new StringBuilder("The LoRA Training configuration '" + launch.getName() + "' cannot run:");
            for (ConfigProblem p : problems) {
                if (p.severity() == ConfigProblem.Severity.ERROR) {
                    sb.append("\n  ").append(p);
                }
            }
            throw new CoreException(LaunchingPlugin.error(sb.toString(), null));
        }
        return config;
    }

    /**
     * The configuration as the trainer will see it (dataset folders filled in) and what the validator says
     * about it; a configuration that cannot be read at all gives one error problem.
     */
    public static List<ConfigProblem> problems(ILaunchConfiguration launch) {
        try {
            return RunConfigValidator.validate(complete(launch));
        } catch (CoreException e) {
            return List.of(new ConfigProblem(ConfigProblem.Severity.ERROR, "", e.getStatus().getMessage()));
        }
    }

    /** The run config of a launch configuration with the dataset's folders filled in; not validated. */
    public static RunConfig complete(ILaunchConfiguration launch) throws CoreException {
        String toml = launch.getAttribute(LaunchConstants.ATTR_RUN_TOML, "");
        RunConfig config;
        try {
            config = toml.isBlank() ? TrainingDefaults.recipe(launch.getName(), ".txt")
                    : RunConfig.parse(toml, "launch configuration '" + launch.getName() + "'");
        } catch (ConfigException | TomlException e) {
            throw new CoreException(LaunchingPlugin.error(e.getMessage(), e));
        }
        Path datasetRoot = datasetRoot(launch);
        if (datasetRoot != null) {
            fillFromDataset(config, datasetRoot);
            if (launch.getAttribute(LaunchConstants.ATTR_TINY_MODEL, false) && config.has("pretrained_model_name_or_path")) {
                config.set("pretrained_model_name_or_path",
                        datasetRoot.resolve(config.string("pretrained_model_name_or_path")).normalize().toString());
            }
        }
        return config;
    }

    /** Resolves the configuration and writes its run folder. */
    public static Prepared prepare(ILaunchConfiguration launch) throws CoreException {
        RunConfig config = resolve(launch);
        Path datasetRoot = datasetRoot(launch);
        Path runsDir = datasetRoot != null ? datasetRoot.resolve(".tagwright").resolve("runs")
                : config.path("output_dir").resolve(".tagwright-runs");
        Path runDir = runsDir.resolve(STAMP.format(LocalDateTime.now()) + "-" + safe(launch.getName()));
        try {
            Files.createDirectories(runDir);
            String prompts = launch.getAttribute(LaunchConstants.ATTR_SAMPLE_PROMPTS, "");
            if (!prompts.isBlank()) {
                Path promptFile = runDir.resolve("sample_prompts.txt");
                Files.writeString(promptFile, prompts, StandardCharsets.UTF_8);
                config.set("sample_prompts", promptFile.toString());
            }
            Path configFile = runDir.resolve("run.toml");
            config.save(configFile);
            Files.writeString(runDir.resolve("launch.txt"), launch.getName() + "\n", StandardCharsets.UTF_8);
            return new Prepared(config, runDir, configFile);
        } catch (IOException e) {
            throw new CoreException(LaunchingPlugin.error("Cannot write the run folder " + runDir + ": " + e.getMessage(), e));
        }
    }

    /** The dataset folder of the configuration's dataset project, or null when it names none. */
    public static Path datasetRoot(ILaunchConfiguration launch) throws CoreException {
        String projectName = launch.getAttribute(LaunchConstants.ATTR_DATASET_PROJECT, "");
        if (projectName.isBlank()) {
            return null;
        }
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.isOpen() || project.getLocation() == null) {
            throw new CoreException(LaunchingPlugin.error("The dataset project '" + projectName + "' is not open", null));
        }
        return project.getLocation().toPath();
    }

    private static void fillFromDataset(RunConfig config, Path projectDir) throws CoreException {
        Path projectFile = projectDir.resolve(ProjectFile.DEFAULT_NAME);
        Dataset dataset;
        try {
            dataset = ProjectFile.load(ProjectFile.newResourceSet(), projectFile);
        } catch (IOException e) {
            throw new CoreException(LaunchingPlugin.error("Cannot read the dataset " + projectFile + ": " + e.getMessage(), e));
        }
        Path root = projectDir.resolve(dataset.getRoot() == null || dataset.getRoot().isBlank() ? "." : dataset.getRoot())
                .normalize();
        String train = dataset.getTrainDir();
        config.set("train_data_dir", (train == null || train.isBlank() ? root : root.resolve(train)).normalize().toString());
        if (dataset.getRegDir() != null && !dataset.getRegDir().isBlank()) {
            config.set("reg_data_dir", root.resolve(dataset.getRegDir()).normalize().toString());
        }
        config.set("caption_extension", dataset.getCaptionExtension());
        if (!config.has("output_dir")) {
            config.set("output_dir", root.resolve("model").toString());
        }
        if (!config.has("logging_dir")) {
            config.set("logging_dir", root.resolve("log").toString());
        }
    }

    private static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return s.isEmpty() ? "run" : s;
    }
}
