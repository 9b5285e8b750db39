package io.tagwright.ui.problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.SubsetFolders;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * Gives a folder kohya ignores (no {@code N_} prefix) a repeat count: {@code outfits} becomes
 * {@code 5_outfits}. A rename on disk (never over an existing folder); the dataset then reads its folders again.
 */
public final class RenameFolderFix implements IMarkerResolution2 {

    private final DatasetSession session;
    private final String folder;
    private Integer repeats;

    RenameFolderFix(DatasetSession session, String folder) {
        this.session = session;
        this.folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    }

    /** Skips the question (for callers that know the count, and tests). */
    public RenameFolderFix withRepeats(int n) {
        repeats = n;
        return this;
    }

    private String name() {
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    @Override
    public String getLabel() {
        return "Rename the folder to N_" + name() + " so kohya trains it";
    }

    @Override
    public String getDescription() {
        return "kohya only reads folders named <repeats>_<class tokens>. This renames '" + name()
                + "' on disk to that form, with the repeat count you choose.";
    }

    @Override
    public Image getImage() {
        return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
    }

    @Override
    public void run(IMarker marker) {
        var shell = PlatformUI.getWorkbench().getModalDialogShellProvider().getShell();
        int n;
        if (repeats != null) {
            n = repeats;
        } else {
            InputDialog ask = new InputDialog(shell, "Rename Folder", "Repeats for '" + name() + "' (how often kohya shows each image per epoch):",
                    "10", v -> {
                        try {
                            return Integer.parseInt(v.strip()) >= 1 ? null : "at least 1";
                        } catch (NumberFormatException e) {
                            return "a whole number, e.g. 10";
                        }
                    });
            if (ask.open() != Window.OK) {
                return;
            }
            n = Integer.parseInt(ask.getValue().strip());
        }
        Path dir = session.root().resolve(folder).normalize();
        Path target = dir.resolveSibling(SubsetFolders.format(n, name()));
        try {
            if (Files.exists(target)) {
                throw new IOException(target + " exists already; nothing was renamed");
            }
            Files.move(dir, target);
        } catch (IOException e) {
            ErrorDialog.openError(shell, "Rename Folder", "Cannot rename " + dir, TagwrightUi.error(e.getMessage(), e));
            return;
        }
        DatasetRegistry registry = DatasetRegistry.getDefault();
        registry.refresh(session);
        DatasetRegistry.syncWorkspace(registry.project(session));
    }
}
