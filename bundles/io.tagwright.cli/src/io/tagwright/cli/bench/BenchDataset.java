package io.tagwright.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.tagwright.core.dataset.DatasetSession;

/**
 * A synthetic dataset shared by the index, query, suggest and rename suites of one size: written once into
 * the scratch folder (and kept there for the next run when the scratch folder is given), opened with a
 * project file so the index lives in its metadata folder as in the workbench.
 */
final class BenchDataset {

    private BenchDataset() {
    }

    static DatasetSession open(Path scratch, int n, SyntheticDataset data, PrintStream out) throws Exception {
        Path root = scratch.resolve("dataset-" + n);
        Path marker = root.resolve(".bench-complete");
        if (!Files.exists(marker)) {
            BenchSupport.deleteTree(root);
            long t = System.nanoTime();
            data.write(root, n, 11);
            Files.writeString(marker, Integer.toString(n));
            out.printf(Locale.ROOT, "dataset n=%d written in %.1f s (%s)%n", n, (System.nanoTime() - t) / 1e9, root);
        }
        Path project = root.resolve("dataset.tagwright");
        DatasetSession session = Files.exists(project) ? DatasetSession.open(project, new NullProgressMonitor())
                : DatasetSession.importFolder(root, "bench-" + n, new NullProgressMonitor());
        if (session.imageCount() != n) {
            throw new IOException(root + " holds " + session.imageCount() + " images, not " + n + "; delete it and run again");
        }
        return session;
    }
}
