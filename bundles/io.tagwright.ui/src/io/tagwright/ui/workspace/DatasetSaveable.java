package io.tagwright.ui.workspace;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.Saveable;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.ui.TagwrightUi;

/**
 * A dataset as the workbench's unit of saving. Every part that edits a dataset (its gallery, the caption
 * editors of its images, the explorer) hands out an equal saveable, so the workbench asks "Save changes?"
 * once per dataset, only when the last part showing it closes, and Save All writes each dataset once.
 */
public final class DatasetSaveable extends Saveable {

    private final DatasetSession session;

    public DatasetSaveable(DatasetSession session) {
        this.session = session;
    }

    public DatasetSession session() {
        return session;
    }

    @Override
    public String getName() {
        return session.dataset().getName();
    }

    @Override
    public String getToolTipText() {
        return "Dataset " + session.dataset().getName() + " (" + session.root() + ")";
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return TagwrightUi.imageDescriptor("icons/gallery.png");
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        DatasetSaver.save(session, monitor);
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatasetSaveable d && d.session == session;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(session);
    }
}
