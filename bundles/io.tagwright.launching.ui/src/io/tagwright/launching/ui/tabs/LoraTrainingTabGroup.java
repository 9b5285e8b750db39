package io.tagwright.launching.ui.tabs;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

/** The tabs of a LoRA Training configuration, in the order a kohya user fills them in. */
public final class LoraTrainingTabGroup extends AbstractLaunchConfigurationTabGroup {

    @Override
    public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
        setTabs(new ILaunchConfigurationTab[] { new DatasetTab(), new ModelTab(), new NetworkTab(), new OptimizerTab(),
                new ResolutionTab(), new AugmentationTab(), new SamplesTab(), new OutputTab(), new CommonTab() });
    }
}
