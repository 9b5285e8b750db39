package io.tagwright.launching.ui.tabs;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.tagwright.launching.LaunchConstants;
import io.tagwright.launching.ui.tabs.OptionField.Kind;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.prompt.SamplePromptFile;

/** Sample images during training: prompts in kohya's syntax (checked as you type), how often, which sampler. */
final class SamplesTab extends OptionsTab {

    private Text prompts;

    @Override
    protected void createFields(Composite page) {
        Composite g = group(page, "When and how");
        add(g, Kind.INT, "sample_every_n_epochs", "Sample every N epochs", "");
        add(g, Kind.CHOICE, "sample_sampler", "Sampler", "kohya's default is ddim", "ddim", "euler_a");
        Composite p = group(page, "Prompts (one per line; options --w --h --s --l --d --n; # comments)");
        prompts = new Text(p, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        prompts.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(560, 140).applyTo(prompts);
        prompts.addModifyListener(e -> changed());
        Label hint = new Label(p, SWT.WRAP);
        hint.setText("e.g. 1girl, mychar, braided hair, photo --w 512 --h 512 --s 35 --d 1234 --n 3D render, blurry");
        GridDataFactory.fillDefaults().span(4, 1).applyTo(hint);
        OptionField.optionName(p, "sample_prompts");
    }

    @Override
    protected void initializeOthers(ILaunchConfiguration configuration, RunConfig c) {
        try {
            prompts.setText(configuration.getAttribute(LaunchConstants.ATTR_SAMPLE_PROMPTS, ""));
        } catch (CoreException e) {
            prompts.setText("");
        }
    }

    @Override
    protected void applyOthers(ILaunchConfigurationWorkingCopy configuration, RunConfig c) {
        configuration.setAttribute(LaunchConstants.ATTR_SAMPLE_PROMPTS, prompts.getText());
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        if (!super.isValid(configuration)) {
            return false;
        }
        SamplePromptFile.Result r = SamplePromptFile.parse(prompts.getText());
        for (SamplePromptFile.Problem problem : r.problems()) {
            if (problem.severity() == SamplePromptFile.Severity.ERROR) {
                setErrorMessage("Sample prompt line " + problem.line() + ", column " + problem.column() + ": " + problem.message());
                return false;
            }
        }
        if (getMessage() == null && !r.problems().isEmpty()) {
            SamplePromptFile.Problem w = r.problems().get(0);
            setMessage("Sample prompt line " + w.line() + ": " + w.message());
        }
        return true;
    }

    @Override
    protected boolean owns(String option) {
        return option.equals("sample_prompts") || super.owns(option);
    }

    @Override
    public String getName() {
        return "Samples";
    }
}
