package io.tagwright.ui.parts;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.ui.ISaveablesLifecycleListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.SaveablesLifecycleEvent;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.ui.workspace.DatasetRegistry;
import io.tagwright.ui.workspace.DatasetSaveable;

/**
 * Tells a part when its dataset's dirty state may have changed (a command ran, was undone or redone, or the
 * dataset was saved), and tells the workbench that the dataset's saveable changed, so tabs show their '*'
 * and Save enables.
 */
public final class DirtyTracker implements CommandStackListener, DatasetRegistry.Listener {

    private final IWorkbenchPart part;
    private final Runnable onChange;
    private DatasetSession session;
    private boolean wasDirty;

    public DirtyTracker(IWorkbenchPart part, Runnable onChange) {
        this.part = part;
        this.onChange = onChange;
        DatasetRegistry.getDefault().addListener(this);
    }

    /** Follows another dataset (or none). */
    public void track(DatasetSession next) {
        if (next == session) {
            return;
        }
        if (session != null) {
            stack().removeCommandStackListener(this);
        }
        session = next;
        if (session != null) {
            stack().addCommandStackListener(this);
            wasDirty = session.isDirty();
        }
    }

    private CommandStack stack() {
        return session.editingDomain().getCommandStack();
    }

    @Override
    public void commandStackChanged(EventObject event) {
        changed();
    }

    @Override
    public void datasetSaved(DatasetSession saved) {
        if (saved == session) {
            changed();
        }
    }

    @Override
    public void datasetsChanged() {
        // opening and closing other datasets does not change this one's dirty state
    }

    private void changed() {
        boolean dirty = session != null && session.isDirty();
        onChange.run();
        if (dirty != wasDirty) {
            wasDirty = dirty;
            fireDirtyChanged(part, session);
        }
    }

    /** Tells the workbench that the dataset's saveable changed its dirty state. */
    public static void fireDirtyChanged(IWorkbenchPart part, DatasetSession session) {
        ISaveablesLifecycleListener l = part.getSite().getService(ISaveablesLifecycleListener.class);
        if (l != null && session != null) {
            l.handleLifecycleEvent(new SaveablesLifecycleEvent(part, SaveablesLifecycleEvent.DIRTY_CHANGED,
                    new Saveable[] { new DatasetSaveable(session) }, false));
        }
    }

    public void dispose() {
        track(null);
        DatasetRegistry.getDefault().removeListener(this);
    }
}
