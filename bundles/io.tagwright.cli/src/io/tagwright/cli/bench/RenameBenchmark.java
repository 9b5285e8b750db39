package io.tagwright.cli.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.DatasetSession.ConflictPolicy;
import io.tagwright.core.refactor.ChangeSet;
import io.tagwright.core.refactor.Refactorings;
import io.tagwright.core.refactor.RenameTag;
import io.tagwright.core.refactor.Scope;
import io.tagwright.index.DatasetIndex;
import io.tagwright.index.TagCount;

/**
 * Renaming the dataset's most common tag in every caption (preview, one undoable command, journalled and
 * fsynced batch write) against {@code sed -i} renaming it back in the same files in the same run (sed
 * rewrites every file it is given and syncs nothing). Also the heap the undo history holds. Target: ≤ 2×
 * sed.
 */
final class RenameBenchmark {

    private static final String NEW_NAME = "tw renamed tag";

    private RenameBenchmark() {
    }

    static void run(DatasetSession session, DatasetIndex index, int n, PrintStream out) throws Exception {
        TagCount top = index.allTagFrequencies().get(0);
        index.flush();
        long heapBefore = BenchSupport.retainedHeapMiB();
        long t0 = System.nanoTime();
        ChangeSet changes = new RenameTag(top.tag(), NEW_NAME).preview(session, Scope.all(), new NullProgressMonitor());
        long t1 = System.nanoTime();
        Refactorings.execute(session, changes);
        long t2 = System.nanoTime();
        DatasetSession.SaveResult saved = session.save(ConflictPolicy.SKIP, new NullProgressMonitor());
        long t3 = System.nanoTime();
        index.flush();
        long heapAfter = BenchSupport.retainedHeapMiB();
        double ours = (t3 - t0) / 1e6;
        Path train = session.trainDir();
        String sed = "find '" + train + "' -name '*.txt' -print0 | xargs -0 sed -i -E 's/(^|, )" + NEW_NAME + "(,|$)/\\1"
                + top.tag().replace("/", "\\/") + "\\2/'";
        double sedMillis = BenchSupport.millis(() -> {
            BenchSupport.shell(sed);
            return null;
        });
        out.printf(Locale.ROOT, "rename n=%-7d '%s' in %d captions: ours %.0f ms (preview %.0f, command %.0f, journalled fsynced write of "
                + "%d files %.0f) vs sed -i on all %d files %.0f ms: ratio %.2f (target ≤ 2)  |  undo history %d MiB for %d changed "
                + "captions  |  peak RSS %d MiB%n", n, top.tag(), changes.size(), ours, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                saved.captionsWritten(), (t3 - t2) / 1e6, n, sedMillis, ours / sedMillis, Math.max(0, heapAfter - heapBefore),
                changes.size(), BenchSupport.peakRssMiB());
        // sed put the old name back on disk; bring the session in line so the next suite sees the files as they are
        session.editingDomain().getCommandStack().flush();
        session.refresh(new NullProgressMonitor());
    }
}
