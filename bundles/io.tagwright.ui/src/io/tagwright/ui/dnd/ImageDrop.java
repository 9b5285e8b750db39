package io.tagwright.ui.dnd;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.dialogs.ListDialog;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.ImageImport;
import io.tagwright.core.image.ImageHeaders;
import io.tagwright.model.Subset;
import io.tagwright.model.SubsetKind;
import io.tagwright.model.edit.Labels;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * Image files dropped from the desktop onto a dataset: copied (never moved, never overwriting; a taken name
 * gets a free one) into the subset under the drop, or the one the user picks, with their sidecar captions,
 * in a cancellable job; the dataset then reads its folder again.
 */
public final class ImageDrop {

    /** Where a drop lands: the dataset and, if the drop point says so, the subset. */
    public record Target(DatasetSession session, Subset subset) {
    }

    private ImageDrop() {
    }

    /** Makes {@code control} accept image files; {@code target} says where a drop at a display point goes. */
    public static void install(Control control, Function<DropTargetEvent, Target> target) {
        DropTarget drop = new DropTarget(control, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_DEFAULT);
        drop.setTransfer(new Transfer[] { FileTransfer.getInstance() });
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                accept(event);
            }

            @Override
            public void dragOperationChanged(DropTargetEvent event) {
                accept(event);
            }

            @Override
            public void dragOver(DropTargetEvent event) {
                accept(event);
            }

            private void accept(DropTargetEvent event) {
                Target t = target.apply(event);
                // always a copy: the user's files stay where they are
                event.detail = t == null ? DND.DROP_NONE : DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                Target t = target.apply(event);
                if (t == null || !(event.data instanceof String[] files) || files.length == 0) {
                    event.detail = DND.DROP_NONE;
                    return;
                }
                event.detail = DND.DROP_COPY;
                List<Path> paths = new ArrayList<>();
                for (String f : files) {
                    paths.add(Path.of(f));
                }
                Subset subset = t.subset() != null ? t.subset() : askSubset(control, t.session());
                if (subset != null) {
                    copy(t.session(), subset, paths);
                }
            }
        });
    }

    /** The subset to copy into when the drop point does not say: the only training subset, or the user's pick. */
    static Subset askSubset(Control control, DatasetSession session) {
        List<Subset> train = session.dataset().getSubsets().stream().filter(s -> s.getKind() == SubsetKind.TRAIN).toList();
        if (train.size() == 1) {
            return train.get(0);
        }
        if (session.dataset().getSubsets().isEmpty()) {
            return null;
        }
        ListDialog dialog = new ListDialog(control.getShell());
        dialog.setTitle("Copy Images Into");
        dialog.setMessage("Which subset should the dropped images be copied into?");
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return Labels.subset((Subset) element);
            }
        });
        dialog.setInput(session.dataset().getSubsets().toArray());
        dialog.setInitialSelections(train.isEmpty() ? new Object[0] : new Object[] { train.get(0) });
        if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
            return null;
        }
        return (Subset) dialog.getResult()[0];
    }

    /** Copies in a job (the images of a dropped folder too), then refreshes the dataset. Returns the job. */
    public static Job copy(DatasetSession session, Subset subset, List<Path> files) {
        Path dir = session.subsetDir(subset);
        String ext = session.dataset().getCaptionExtension();
        Display display = Display.getCurrent();
        Job job = Job.create("Copying " + files.size() + " file(s) into " + subset.getFolder(), monitor -> {
            try {
                ImageImport.Result r = ImageImport.copy(imagesOf(files, ext), dir, ext, monitor);
                display.asyncExec(() -> DatasetRegistry.getDefault().refresh(session));
                if (!r.skipped().isEmpty()) {
                    return new Status(IStatus.WARNING, TagwrightUi.PLUGIN_ID, "Copied " + r.added().size()
                            + " image(s) into " + subset.getFolder() + "; left out: " + String.join("; ", r.skipped()));
                }
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                display.asyncExec(() -> DatasetRegistry.getDefault().refresh(session));
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                display.asyncExec(() -> DatasetRegistry.getDefault().refresh(session));
                return TagwrightUi.error("Cannot copy into " + dir + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * The files to copy: dropped files as they are (their captions come along by themselves, so a dropped
     * caption is not copied twice), and the images directly inside dropped folders.
     */
    static List<Path> imagesOf(List<Path> dropped, String captionExtension) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : dropped) {
            if (Files.isDirectory(p)) {
                try (DirectoryStream<Path> in = Files.newDirectoryStream(p)) {
                    for (Path f : in) {
                        if (Files.isRegularFile(f) && ImageHeaders.isImageName(f.getFileName().toString())) {
                            out.add(f);
                        }
                    }
                }
            } else if (!isCaptionOfDroppedImage(p, dropped, captionExtension)) {
                out.add(p);
            }
        }
        out.sort(null);
        return out;
    }

    private static boolean isCaptionOfDroppedImage(Path p, List<Path> dropped, String captionExtension) {
        String name = p.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(captionExtension.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String stem = name.substring(0, name.length() - captionExtension.length());
        for (Path q : dropped) {
            String n = q.getFileName().toString();
            if (ImageHeaders.isImageName(n) && n.startsWith(stem + ".") && n.lastIndexOf('.') == stem.length()
                    && java.util.Objects.equals(q.getParent(), p.getParent())) {
                return true;
            }
        }
        return false;
    }
}
