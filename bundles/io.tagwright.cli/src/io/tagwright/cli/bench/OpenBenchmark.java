package io.tagwright.cli.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.tagwright.core.dataset.DatasetSession;

/**
 * Opening a dataset, against reading its caption files with {@code cat} in the same run. "Cold" is the
 * first open (no project file, every image header read) after the page cache was dropped, when that is
 * allowed; "warm" is reopening with the project file, a warm cache and a warmed-up JVM, as in a running
 * workbench (median of five, against the median of three cat runs). Target: warm open ≤ 2× cat.
 */
final class OpenBenchmark {

    private OpenBenchmark() {
    }

    static void run(Path scratch, int n, SyntheticDataset data, PrintStream out) throws Exception {
        Path root = scratch.resolve("open-" + n);
        BenchSupport.deleteTree(root);
        Path train = data.write(root, n, 7);
        String cat = "find '" + train + "' -name '*.txt' -print0 | xargs -0 cat > /dev/null";

        boolean dropped = BenchSupport.dropPageCache();
        double catCold = BenchSupport.millis(() -> {
            BenchSupport.shell(cat);
            return null;
        });
        boolean droppedAgain = BenchSupport.dropPageCache();
        DatasetSession[] first = new DatasetSession[1];
        double openCold = BenchSupport.millis(() -> first[0] = DatasetSession.importFolder(root, "bench", new NullProgressMonitor()));
        if (first[0].imageCount() != n) {
            throw new IllegalStateException("opened " + first[0].imageCount() + " of " + n + " images");
        }
        first[0].dispose();

        double catWarm = BenchSupport.medianMillis(3, () -> {
            BenchSupport.shell(cat);
            return null;
        });
        Path projectFile = root.resolve("dataset.tagwright");
        DatasetSession[] last = { DatasetSession.open(projectFile, new NullProgressMonitor()) }; // warms the JIT too
        double openWarm = BenchSupport.medianMillis(5, () -> {
            if (last[0] != null) {
                last[0].dispose();
            }
            return last[0] = DatasetSession.open(projectFile, new NullProgressMonitor());
        });
        long retained = BenchSupport.retainedHeapMiB();
        boolean cold = dropped && droppedAgain;
        out.printf(Locale.ROOT, "open   n=%-7d cat %s %8.0f ms  open %s %8.0f ms  ratio %5.2f   |  cat warm %7.0f ms  open warm %7.0f ms  ratio %5.2f (target ≤ 2)  |  heap retained %d MiB, peak RSS %d MiB%n",
                n, cold ? "cold" : "1st ", catCold, cold ? "cold" : "1st ", openCold, openCold / catCold, catWarm, openWarm,
                openWarm / catWarm, retained, BenchSupport.peakRssMiB());
        last[0].dispose();
        BenchSupport.deleteTree(root);
    }
}
