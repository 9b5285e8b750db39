package io.tagwright.core.refactor;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.ECollections;

import io.tagwright.model.ImageEntry;

/**
 * Applies a {@link ChangeSet} as one command. It holds only the change set (the before and after tags of
 * the images that change), never a copy of the dataset.
 */
final class RefactoringCommand extends AbstractCommand {

    private final ChangeSet changes;

    RefactoringCommand(ChangeSet changes) {
        super(changes.label(), changes.summary());
        this.changes = changes;
    }

    /** Executable only while every image still holds the state the preview was computed from. */
    @Override
    protected boolean prepare() {
        for (Change c : changes.changes()) {
            ImageEntry e = c.entry();
            if (e.getSubset() == null || !e.getTags().equals(c.before()) || e.getView() != c.viewBefore()
                    || e.getFraming() != c.framingBefore()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void execute() {
        for (Change c : changes.changes()) {
            apply(c.entry(), c.after(), c.viewAfter(), c.framingAfter());
        }
    }

    @Override
    public void undo() {
        List<Change> list = changes.changes();
        for (int i = list.size() - 1; i >= 0; i--) {
            Change c = list.get(i);
            apply(c.entry(), c.before(), c.viewBefore(), c.framingBefore());
        }
    }

    @Override
    public void redo() {
        execute();
    }

    private static void apply(ImageEntry e, List<String> tags, io.tagwright.model.ViewAnnotation view,
            io.tagwright.model.FramingAnnotation framing) {
        if (!e.getTags().equals(tags)) {
            ECollections.setEList(e.getTags(), tags);
        }
        if (e.getView() != view) {
            e.setView(view);
        }
        if (e.getFraming() != framing) {
            e.setFraming(framing);
        }
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return entries();
    }

    @Override
    public Collection<?> getResult() {
        return entries();
    }

    /** The changed images, as a view of the change set (no copy). */
    private List<ImageEntry> entries() {
        List<Change> list = changes.changes();
        return new AbstractList<>() {
            @Override
            public ImageEntry get(int index) {
                return list.get(index).entry();
            }

            @Override
            public int size() {
                return list.size();
            }
        };
    }

    ChangeSet changeSet() {
        return changes;
    }
}
