package io.tagwright.ui.workspace;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.DatasetSession.ConflictPolicy;
import io.tagwright.core.dataset.DatasetSession.SaveResult;
import io.tagwright.model.ImageEntry;
import io.tagwright.ui.TagwrightUi;

/**
 * Saves a dataset from the workbench: writes through {@link DatasetSession#save} (one journalled batch),
 * holds back changes from disk meanwhile, and when captions were changed by another program while they had
 * unsaved edits here, shows them and lets the user choose instead of overwriting anything silently.
 */
public final class DatasetSaver {

    private DatasetSaver() {
    }

    /** Saves on the UI thread (the model's thread); returns false if it failed or left conflicts unsaved. */
    public static boolean save(DatasetSession session, IProgressMonitor monitor) {
        DatasetRegistry registry = DatasetRegistry.getDefault();
        boolean[] clean = { false };
        try {
            registry.exclusive(session, () -> {
                SaveResult result = session.save(ConflictPolicy.SKIP, monitor);
                clean[0] = result.conflictsSkipped().isEmpty() || resolveConflicts(session, result.conflictsSkipped(), monitor);
            });
        } catch (IOException e) {
            ErrorDialog.openError(shell(), "Save Failed", "The dataset " + session.dataset().getName() + " was not saved.",
                    TagwrightUi.error(e.getMessage(), e));
            return false;
        } finally {
            registry.fireSaved(session);
            DatasetRegistry.syncWorkspace(registry.project(session));
        }
        return clean[0];
    }

    private static boolean resolveConflicts(DatasetSession session, List<String> keys, IProgressMonitor monitor) throws IOException {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < Math.min(keys.size(), 12); i++) {
            list.append("\n  ").append(keys.get(i));
        }
        if (keys.size() > 12) {
            list.append("\n  … and ").append(keys.size() - 12).append(" more");
        }
        MessageDialog dialog = new MessageDialog(shell(), "Captions Changed on Disk", null,
                keys.size() + " caption(s) were changed by another program while they had unsaved edits here. "
                        + "They were not saved; everything else was." + list
                        + "\n\nKeep my edits (overwrite the files), take the files' captions (drop my edits), or leave them unsaved?",
                MessageDialog.WARNING, 0, "Keep Mine", "Take Theirs", "Leave Unsaved");
        int choice = dialog.open();
        if (choice == 0) {
            for (String key : keys) {
                ImageEntry e = session.entry(key);
                if (e != null) {
                    session.keepMine(e);
                }
            }
            return session.save(ConflictPolicy.OVERWRITE, monitor).conflictsSkipped().isEmpty();
        }
        if (choice == 1) {
            for (String key : keys) {
                ImageEntry e = session.entry(key);
                if (e != null) {
                    session.takeTheirs(e);
                }
            }
            return session.save(ConflictPolicy.SKIP, monitor).conflictsSkipped().isEmpty();
        }
        return false;
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getModalDialogShellProvider().getShell();
    }
}
