package io.tagwright.launching.ui.tabs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.tagwright.core.dataset.ProjectFile;
import io.tagwright.launching.LaunchConstants;
import io.tagwright.launching.PlanPreview;
import io.tagwright.launching.internal.RunSetup;
import io.tagwright.launching.session.TrainingSession;
import io.tagwright.launching.session.TrainingSessions;
import io.tagwright.launching.ui.tabs.OptionField.Kind;
import io.tagwright.model.Dataset;
import io.tagwright.trainer.protocol.config.ConfigProblem;
import io.tagwright.trainer.protocol.config.KohyaGuiConfig;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.config.SdScriptsCommandLine;
import io.tagwright.trainer.protocol.plan.BucketManager.Reso;

/**
 * Which dataset to train on and for how long, with a live summary of what that means (images × repeats,
 * buckets, steps per epoch, total steps and, after a first run, how long it will take), and kohya_ss config
 * import/export.
 */
public final class DatasetTab extends OptionsTab {

    private Combo project;
    private Label folders;
    private Text summary;
    private String summaryText = "";
    private Dataset cached;
    private String cachedProject;
    private ILaunchConfigurationWorkingCopy current;

    @Override
    protected void createFields(Composite page) {
        Composite d = group(page, "Dataset");
        new Label(d, SWT.NONE).setText("Dataset project:");
        project = new Combo(d, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(project);
        project.addModifyListener(e -> changed());
        OptionField.optionName(d, "train_data_dir");
        folders = new Label(d, SWT.WRAP);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(folders);

        Composite t = group(page, "Training length");
        add(t, Kind.INT, "max_train_epochs", "Epochs", "");
        add(t, Kind.INT, "train_batch_size", "Batch size", "");
        add(t, Kind.INT, "gradient_accumulation_steps", "Gradient accumulation steps", "");

        Composite s = group(page, "Summary");
        summary = new Text(s, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
        summary.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(560, 110).applyTo(summary);

        Composite k = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(k);
        button(k, "Import kohya_ss config...", this::importKohya);
        button(k, "Export kohya_ss config...", () -> export("json"));
        button(k, "Export sd-scripts command line...", () -> export("cmdline"));
    }

    private static void button(Composite parent, String label, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
    }

    @Override
    protected void initializeOthers(ILaunchConfiguration configuration, RunConfig c) {
        if (configuration instanceof ILaunchConfigurationWorkingCopy wc) {
            current = wc;
        }
        List<String> names = new ArrayList<>();
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (p.isOpen() && p.getLocation() != null && Files.exists(p.getLocation().toPath().resolve(ProjectFile.DEFAULT_NAME))) {
                names.add(p.getName());
            }
        }
        project.setItems(names.toArray(String[]::new));
        try {
            project.setText(configuration.getAttribute(LaunchConstants.ATTR_DATASET_PROJECT, ""));
        } catch (CoreException e) {
            project.setText("");
        }
    }

    @Override
    protected void applyOthers(ILaunchConfigurationWorkingCopy configuration, RunConfig c) {
        String name = project.getText();
        configuration.setAttribute(LaunchConstants.ATTR_DATASET_PROJECT, name);
        if (!name.isEmpty()) {
            configuration.setMappedResources(new IResource[] { ResourcesPlugin.getWorkspace().getRoot().getProject(name) });
        }
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        boolean valid = super.isValid(configuration);
        updateSummary(configuration);
        if (valid && project.getText().isEmpty()) {
            setErrorMessage("Choose the dataset project to train on");
            return false;
        }
        return valid;
    }

    @Override
    protected boolean owns(String option) {
        return option.equals("train_data_dir") || option.equals("reg_data_dir") || option.isEmpty() || super.owns(option);
    }

    private void updateSummary(ILaunchConfiguration configuration) {
        String text;
        try {
            RunConfig c = RunSetup.complete(configuration);
            folders.setText("Images: " + c.string("train_data_dir") + (c.has("reg_data_dir") ? "   Regularisation: "
                    + c.string("reg_data_dir") : "") + "   Captions: *" + c.captionExtension());
            Dataset dataset = dataset(configuration);
            text = dataset == null ? "" : describe(PlanPreview.of(dataset, c), RunSetup.datasetRoot(configuration));
        } catch (CoreException | RuntimeException e) {
            text = e.getMessage();
        }
        if (!text.equals(summaryText)) {
            summaryText = text;
            summary.setText(text);
        }
    }

    /** The live summary as shown. */
    public String summaryText() {
        return summaryText;
    }

    /** The summary text of a plan (tests read the same text). */
    public static String describe(PlanPreview p, Path datasetRoot) {
        StringBuilder sb = new StringBuilder();
        for (PlanPreview.SubsetLine s : p.subsets()) {
            sb.append(String.format(Locale.ROOT, "%-28s %4d images × %3d repeats = %6d%s%n", s.folder(), s.images(), s.repeats(),
                    s.imagesWithRepeats(), s.regularization() ? "  (regularisation, balanced)" : ""));
        }
        sb.append("Buckets: ");
        List<String> b = new ArrayList<>();
        for (Map.Entry<Reso, Long> e : p.buckets().entrySet()) {
            b.add(e.getKey() + ": " + e.getValue());
        }
        sb.append(String.join(", ", b)).append('\n');
        sb.append(String.format(Locale.ROOT, "%d batches per epoch × %d epochs = %d steps", p.batchesPerEpoch(), p.epochs(),
                p.totalSteps()));
        double itPerSecond = lastSpeed(datasetRoot);
        if (itPerSecond > 0) {
            long seconds = (long) (p.totalSteps() / itPerSecond);
            sb.append(String.format(Locale.ROOT, "%n≈ %dh %02dm at %.2f it/s (the last run on this dataset)", seconds / 3600,
                    (seconds / 60) % 60, itPerSecond));
        }
        for (String problem : p.problems()) {
            sb.append("\n! ").append(problem);
        }
        return sb.toString();
    }

    private static double lastSpeed(Path datasetRoot) {
        if (datasetRoot == null) {
            return 0;
        }
        try {
            for (Path run : TrainingSessions.history(datasetRoot)) {
                TrainingSession s = TrainingSessions.load(run);
                if (s.itPerSecond() > 0) {
                    return s.itPerSecond();
                }
            }
        } catch (IOException e) {
            // no estimate then
        }
        return 0;
    }

    private Dataset dataset(ILaunchConfiguration configuration) throws CoreException {
        Path root = RunSetup.datasetRoot(configuration);
        if (root == null) {
            return null;
        }
        String key = root.toString();
        if (!key.equals(cachedProject)) {
            try {
                cached = ProjectFile.load(ProjectFile.newResourceSet(), root.resolve(ProjectFile.DEFAULT_NAME));
                cachedProject = key;
            } catch (IOException e) {
                throw new CoreException(io.tagwright.launching.ui.LaunchingUi.error(e.getMessage(), e));
            }
        }
        return cached;
    }

    private void importKohya() {
        FileDialog d = new FileDialog(getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] { "*.json", "*" });
        d.setText("Import a kohya_ss GUI configuration");
        String file = d.open();
        if (file == null) {
            return;
        }
        try {
            KohyaGuiConfig.Import imported = importKohya(workingCopy(),
                    Files.readString(Path.of(file), StandardCharsets.UTF_8), file);
            reloadAllTabs();
            if (!imported.notes().isEmpty()) {
                StringBuilder sb = new StringBuilder("Imported " + Path.of(file).getFileName() + ". Notes:\n");
                for (ConfigProblem p : imported.notes()) {
                    sb.append("\n• ").append(p);
                }
                MessageDialog.openInformation(getShell(), "kohya_ss configuration imported", sb.toString());
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getShell(), "Cannot import " + file, e.getMessage());
        }
    }

    private void export(String format) {
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setOverwrite(true);
        d.setFileName(format.equals("json") ? "kohya_ss_config.json" : "train_network.sh");
        String file = d.open();
        if (file == null) {
            return;
        }
        try {
            ILaunchConfigurationWorkingCopy wc = workingCopy();
            String text = format.equals("json") ? exportKohya(wc) : exportCommandLine(wc, dataset(wc));
            io.tagwright.trainer.protocol.files.AtomicFiles.write(Path.of(file), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | CoreException | RuntimeException e) {
            MessageDialog.openError(getShell(), "Cannot export to " + file, e.getMessage());
        }
    }

    /**
     * Replaces a configuration's settings by those of a kohya_ss GUI config (its sample prompts too); GUI
     * fields without an sd-scripts option are kept in the run TOML for the way back. The dataset project stays.
     */
    public static KohyaGuiConfig.Import importKohya(ILaunchConfigurationWorkingCopy wc, String json, String source) {
        KohyaGuiConfig.Import imported = KohyaGuiConfig.importJson(json, source);
        wc.setAttribute(LaunchConstants.ATTR_RUN_TOML, imported.config().toToml());
        if (imported.samplePromptText() != null) {
            wc.setAttribute(LaunchConstants.ATTR_SAMPLE_PROMPTS, imported.samplePromptText());
        }
        return imported;
    }

    /** The configuration as a kohya_ss GUI config, with the dataset's folders filled in. */
    public static String exportKohya(ILaunchConfiguration configuration) throws CoreException {
        return KohyaGuiConfig.exportJson(RunSetup.complete(configuration));
    }

    /** The sd-scripts command line that trains the same way. */
    public static String exportCommandLine(ILaunchConfiguration configuration, Dataset dataset) throws CoreException {
        RunConfig c = RunSetup.complete(configuration);
        long steps = dataset == null ? 0 : PlanPreview.of(dataset, c).totalSteps();
        return SdScriptsCommandLine.buildShell(c, steps);
    }

    /** The configuration being edited, with every tab's widgets applied to it. */
    private ILaunchConfigurationWorkingCopy workingCopy() {
        for (org.eclipse.debug.ui.ILaunchConfigurationTab tab : getLaunchConfigurationDialog().getTabs()) {
            tab.performApply(current);
        }
        return current;
    }

    /** After an import every tab shows the imported values. */
    private void reloadAllTabs() {
        for (org.eclipse.debug.ui.ILaunchConfigurationTab tab : getLaunchConfigurationDialog().getTabs()) {
            tab.initializeFrom(current);
        }
        updateLaunchConfigurationDialog();
    }

    @Override
    public void activated(ILaunchConfigurationWorkingCopy workingCopy) {
        current = workingCopy;
        super.activated(workingCopy);
    }

    @Override
    public String getName() {
        return "Dataset";
    }
}
