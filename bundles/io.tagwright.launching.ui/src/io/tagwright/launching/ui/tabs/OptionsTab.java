package io.tagwright.launching.ui.tabs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

import io.tagwright.launching.LaunchConstants;
import io.tagwright.launching.internal.RunSetup;
import io.tagwright.trainer.protocol.config.ConfigProblem;
import io.tagwright.trainer.protocol.config.RunConfig;

/**
 * A tab of kohya options. Fields read from and write to the configuration's run TOML; the trainer's own
 * validator checks the whole configuration and each tab shows the problems of its options (invalid
 * combinations such as {@code cache_latents} with {@code color_aug} appear on the tab that holds them).
 */
public abstract class OptionsTab extends AbstractLaunchConfigurationTab {

    private final List<OptionField> fields = new ArrayList<>();
    private boolean loading;

    /** Adds the tab's fields to {@code page} (use {@link #group} and {@link #add}). */
    protected abstract void createFields(Composite page);

    @Override
    public void createControl(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite page = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        createFields(page);
        scroll.setContent(page);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        setControl(scroll);
    }

    protected Group group(Composite page, String title) {
        Group g = new Group(page, SWT.NONE);
        g.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(g);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
        return g;
    }

    protected <F extends OptionField> F add(Composite group, F field) {
        fields.add(field);
        field.create(group, this::changed);
        return field;
    }

    protected OptionField add(Composite group, OptionField.Kind kind, String option, String label, String help,
            String... choices) {
        return add(group, OptionField.of(kind, option, label, help, choices));
    }

    /** Called when a field changed (not while loading). */
    protected void changed() {
        if (!loading) {
            updateEnablement();
            scheduleUpdateJob();
        }
    }

    /** Enables and disables fields that depend on others; nothing by default. */
    protected void updateEnablement() {
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        // new configurations get the recipe from TrainingLaunches; an empty run TOML means the recipe too
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        loading = true;
        try {
            RunConfig c = read(configuration);
            for (OptionField f : fields) {
                f.load(c);
            }
            initializeOthers(configuration, c);
            updateEnablement();
        } finally {
            loading = false;
        }
    }

    /** Loads widgets that are not option fields. */
    protected void initializeOthers(ILaunchConfiguration configuration, RunConfig c) {
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        RunConfig c = read(configuration);
        for (OptionField f : fields) {
            f.store(c);
        }
        applyOthers(configuration, c);
        configuration.setAttribute(LaunchConstants.ATTR_RUN_TOML, c.toToml());
    }

    /** Stores widgets that are not option fields. */
    protected void applyOthers(ILaunchConfigurationWorkingCopy configuration, RunConfig c) {
    }

    static RunConfig read(ILaunchConfiguration configuration) {
        try {
            String toml = configuration.getAttribute(LaunchConstants.ATTR_RUN_TOML, "");
            return toml.isBlank() ? new RunConfig() : RunConfig.parse(toml, configuration.getName());
        } catch (CoreException | RuntimeException e) {
            return new RunConfig();
        }
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        setMessage(null);
        for (OptionField f : fields) {
            if (f instanceof OptionField.Field t && !t.parses()) {
                setErrorMessage(f.label + " (" + f.option + ") must be a number, not \"" + t.raw() + "\"");
                return false;
            }
        }
        String warning = null;
        for (ConfigProblem p : RunSetup.problems(configuration)) {
            if (!owns(p.option())) {
                continue;
            }
            if (p.severity() == ConfigProblem.Severity.ERROR) {
                setErrorMessage(p.option().isEmpty() ? p.message() : p.option() + ": " + p.message());
                return false;
            }
            if (warning == null) {
                warning = p.option() + ": " + p.message();
            }
        }
        setMessage(warning);
        return true;
    }

    /** True when the problem about {@code option} belongs on this tab. */
    protected boolean owns(String option) {
        for (OptionField f : fields) {
            if (f.option.equals(option)) {
                return true;
            }
        }
        return false;
    }

    /** The options this tab edits (tests use it to check that every field names its kohya option). */
    public List<String> options() {
        return fields.stream().map(f -> f.option).toList();
    }

    /** Whether the field of an option can be edited now (some settings make others moot). */
    public boolean isOptionEnabled(String option) {
        return fields.stream().filter(f -> f.option.equals(option)).findFirst().map(f -> f.control().isEnabled()).orElse(false);
    }
}
