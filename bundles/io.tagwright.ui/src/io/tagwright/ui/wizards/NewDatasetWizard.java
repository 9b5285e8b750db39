package io.tagwright.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.commands.Open;

/**
 * File › New › Dataset: an empty dataset in kohya's layout ({@code img/<repeats>_<trigger>/} and the project
 * file), as a workspace project, opened in its gallery so images can be dropped in.
 */
public final class NewDatasetWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private NewDatasetPage page;
    private IProject created;

    public NewDatasetWizard() {
        setWindowTitle("New Dataset");
        setNeedsProgressMonitor(true);
        setDefaultPageImageDescriptor(TagwrightUi.imageDescriptor("icons/dataset_new@2x.png"));
    }

    @Override
    public void init(IWorkbench wb, IStructuredSelection selection) {
        this.workbench = wb;
    }

    @Override
    public void addPages() {
        page = new NewDatasetPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        String name = page.name();
        Path location = page.location();
        String trigger = page.trigger();
        int repeats = page.repeats();
        WorkspaceModifyOperation op = new WorkspaceModifyOperation() {
            @Override
            protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                SubMonitor sub = SubMonitor.convert(monitor, "Creating dataset " + name, 4);
                IProject project = DatasetProjects.create(name, location, sub.split(1));
                Path root = project.getLocation().toPath();
                try {
                    DatasetSession session = DatasetSession.create(root, name, trigger, repeats);
                    DatasetProjects.applyPreferences(session);
                    session.dispose();
                } catch (IOException e) {
                    throw new CoreException(TagwrightUi.error("Cannot create the dataset in " + root + ": " + e.getMessage(), e));
                }
                sub.worked(2);
                project.refreshLocal(IResource.DEPTH_INFINITE, sub.split(1));
                created = project;
            }
        };
        try {
            getContainer().run(true, true, op);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            MessageDialog.openError(getShell(), "New Dataset", cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        openGallery(created);
        return true;
    }

    private void openGallery(IProject project) {
        if (workbench == null || workbench.getActiveWorkbenchWindow() == null || project == null) {
            return;
        }
        try {
            Open.gallery(workbench.getActiveWorkbenchWindow().getActivePage(), project);
        } catch (PartInitException e) {
            TagwrightUi.log("cannot open the new dataset", e);
        }
    }

    /** Fills the page, as a caller that knows the answers (or a test) would. */
    public void fill(String name, String trigger, int repeats) {
        page.fill(name, trigger, repeats);
    }

    /** The project made by the last finish (for tests). */
    public IProject created() {
        return created;
    }
}
