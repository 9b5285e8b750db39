package io.tagwright.launching.ui.tests;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.jface.operation.IRunnableWithProgress;

/** Hosts launch tabs in a test shell, as the launch configuration dialog does. */
final class FakeLaunchDialog implements ILaunchConfigurationDialog {

    private final ILaunchConfigurationTab[] tabs;
    private int active;

    FakeLaunchDialog(ILaunchConfigurationTab[] tabs) {
        this.tabs = tabs;
    }

    @Override
    public void run(boolean fork, boolean cancelable, IRunnableWithProgress runnable)
            throws InvocationTargetException, InterruptedException {
        runnable.run(new NullProgressMonitor());
    }

    @Override
    public void updateButtons() {
    }

    @Override
    public void updateMessage() {
    }

    @Override
    public void setName(String name) {
    }

    @Override
    public String generateName(String name) {
        return name;
    }

    @Override
    public ILaunchConfigurationTab[] getTabs() {
        return tabs;
    }

    @Override
    public ILaunchConfigurationTab getActiveTab() {
        return tabs[active];
    }

    @Override
    public String getMode() {
        return "run";
    }

    @Override
    public void setActiveTab(ILaunchConfigurationTab tab) {
        for (int i = 0; i < tabs.length; i++) {
            if (tabs[i] == tab) {
                active = i;
            }
        }
    }

    @Override
    public void setActiveTab(int index) {
        active = index;
    }
}
