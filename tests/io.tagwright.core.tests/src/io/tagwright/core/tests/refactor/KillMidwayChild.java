package io.tagwright.core.tests.refactor;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.DatasetSession.ConflictPolicy;
import io.tagwright.core.refactor.Refactorings;
import io.tagwright.core.refactor.RenameTag;
import io.tagwright.core.refactor.Scope;

/**
 * The process {@link KillMidwayTest} kills: opens a dataset, renames a tag in every caption and saves, printing
 * its progress through the save ({@code PROGRESS 0.42}) and sleeping a little at each step so that the test can
 * kill it in the phase it wants. Runs on a plain class path (no OSGi).
 */
public final class KillMidwayChild {

    private KillMidwayChild() {
    }

    /** args: project file, from tag, to tag, milliseconds to sleep per progress step. */
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        DatasetSession session = DatasetSession.open(Path.of(args[0]), new NullProgressMonitor());
        Refactorings.run(session, new RenameTag(args[1], args[2]), Scope.all(), new NullProgressMonitor());
        long sleep = Long.parseLong(args[3]);
        out.println("SAVING " + session.changedCaptions().size());
        out.flush();
        session.save(ConflictPolicy.SKIP, new NullProgressMonitor() {
            private double total;
            private double done;

            @Override
            public void beginTask(String name, int totalWork) {
                if (total == 0) {
                    total = totalWork;
                }
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }

            @Override
            public void internalWorked(double work) {
                done += work;
                out.println(String.format(Locale.ROOT, "PROGRESS %.4f", total == 0 ? 0 : done / total));
                out.flush();
                if (sleep > 0) {
                    try {
                        Thread.sleep(sleep);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
        out.println("SAVED");
        out.flush();
    }
}
