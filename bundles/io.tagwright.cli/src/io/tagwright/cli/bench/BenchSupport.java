package io.tagwright.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** Timing, page-cache and memory helpers shared by the benchmark suites. */
public final class BenchSupport {

    private BenchSupport() {
    }

    /** Milliseconds taken by {@code work}. */
    public static double millis(Callable<?> work) throws Exception {
        long t = System.nanoTime();
        work.call();
        return (System.nanoTime() - t) / 1e6;
    }

    /** The median of {@code runs} timings of {@code work}, in milliseconds. */
    public static double medianMillis(int runs, Callable<?> work) throws Exception {
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            t[i] = millis(work);
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    /** Runs a shell command and waits; fails on a non-zero exit. */
    public static void shell(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IOException("command failed (" + rc + "): " + command);
        }
    }

    /**
     * Empties the kernel's page cache so the next reads come from disk; needs root. Returns false (and
     * changes nothing) where that is not allowed, e.g. in containers.
     */
    public static boolean dropPageCache() {
        try {
            shell("sync && echo 3 > /proc/sys/vm/drop_caches");
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Peak resident memory of this process so far, in MiB (Linux), or -1. */
    public static long peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }

    /** CPU time used by this process so far (all threads, JIT and GC included), or 0 where the JVM cannot say. */
    public static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** The machine's load averages (Linux /proc/loadavg: 1, 5, 15 minutes), or "unknown". */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Heap in use after a full collection, in MiB: what the data structures retain. */
    public static long retainedHeapMiB() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    /** Deletes a folder tree (benchmark scratch data). */
    public static void deleteTree(Path root) throws IOException, InterruptedException {
        if (Files.exists(root)) {
            shell("rm -rf '" + root.toAbsolutePath().toString().replace("'", "'\\''") + "'");
        }
    }
}
