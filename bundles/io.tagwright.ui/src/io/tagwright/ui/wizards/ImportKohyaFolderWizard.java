package io.tagwright.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.ProjectFile;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.commands.Open;

/**
 * File › Import › Kohya Folder: makes an existing kohya folder ({@code img/N_name/} or the {@code N_name/}
 * folders themselves, optional {@code reg/}) a dataset project in place. Only the project file is added
 * to the folder; images and captions are left as they are.
 */
public final class ImportKohyaFolderWizard extends Wizard implements IImportWizard {

    private IWorkbench workbench;
    private ImportKohyaFolderPage page;
    private IProject imported;

    public ImportKohyaFolderWizard() {
        setWindowTitle("Import Kohya Folder");
        setNeedsProgressMonitor(true);
        setDefaultPageImageDescriptor(TagwrightUi.imageDescriptor("icons/dataset_import@2x.png"));
    }

    @Override
    public void init(IWorkbench wb, IStructuredSelection selection) {
        this.workbench = wb;
    }

    @Override
    public void addPages() {
        page = new ImportKohyaFolderPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path folder = page.folder();
        String name = page.name();
        boolean hadProjectFile = Files.exists(folder.resolve(ProjectFile.DEFAULT_NAME));
        WorkspaceModifyOperation op = new WorkspaceModifyOperation() {
            @Override
            protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException, InterruptedException {
                SubMonitor sub = SubMonitor.convert(monitor, "Importing " + folder, 10);
                try {
                    DatasetSession session = DatasetSession.importFolder(folder, name, sub.split(7));
                    if (!hadProjectFile) {
                        DatasetProjects.applyPreferences(session);
                    }
                    session.dispose();
                } catch (OperationCanceledException e) {
                    throw new InterruptedException("cancelled");
                } catch (IOException e) {
                    throw new CoreException(TagwrightUi.error("Cannot import " + folder + ": " + e.getMessage(), e));
                }
                IProject project = DatasetProjects.create(name, folder, sub.split(2));
                project.refreshLocal(IResource.DEPTH_INFINITE, sub.split(1));
                imported = project;
            }
        };
        try {
            getContainer().run(true, true, op);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            MessageDialog.openError(getShell(), "Import Kohya Folder", cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            try {
                Open.gallery(workbench.getActiveWorkbenchWindow().getActivePage(), imported);
            } catch (PartInitException e) {
                TagwrightUi.log("cannot open the imported dataset", e);
            }
        }
        return true;
    }

    /** Fills the page, as a caller that knows the folder (or a test) would. */
    public void fill(java.nio.file.Path folder, String name) {
        page.fill(folder, name);
    }

    /** The project made by the last finish (for tests). */
    public IProject imported() {
        return imported;
    }
}
