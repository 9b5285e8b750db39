package io.tagwright.core.refactor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.ImageEntry;

/**
 * A refactoring that rewrites each caption on its own: subclasses say what one caption becomes
 * ({@link #rewrite}); this class walks the scope, honours cancellation and collects the changes.
 */
public abstract class CaptionRefactoring implements Refactoring {

    @Override
    public final ChangeSet preview(DatasetSession session, Scope scope, IProgressMonitor monitor) {
        List<ImageEntry> entries = scope.resolve(session);
        SubMonitor sub = SubMonitor.convert(monitor, label(), entries.size());
        RefactoringContext ctx = new RefactoringContext(session, entries);
        begin(ctx);
        List<Change> changes = new ArrayList<>();
        int n = 0;
        for (ImageEntry e : entries) {
            if ((++n & 1023) == 0) {
                if (sub.isCanceled()) {
                    throw new OperationCanceledException();
                }
                sub.worked(1024);
            }
            Change c = change(ctx, e);
            if (c != null && (c.tagsChanged() || c.annotationsChanged())) {
                changes.add(c);
            }
        }
        sub.done();
        return new ChangeSet(label(), scope, entries.size(), changes);
    }

    /** Called once before the images are visited (e.g. to validate settings against the dataset). */
    protected void begin(RefactoringContext ctx) {
    }

    /** The change to one image, or null when it stays as it is. The default rewrites its tags. */
    protected Change change(RefactoringContext ctx, ImageEntry e) {
        List<String> before = e.getTags();
        List<String> after = rewrite(ctx, e, before);
        if (after == before || after.equals(before)) {
            return null;
        }
        return Change.ofTags(e, ctx.keyOf(e), before, after);
    }

    /**
     * The tags {@code tags} become; return {@code tags} itself (or an equal list) when nothing changes.
     * Must not modify {@code tags}.
     */
    protected abstract List<String> rewrite(RefactoringContext ctx, ImageEntry e, List<String> tags);
}
