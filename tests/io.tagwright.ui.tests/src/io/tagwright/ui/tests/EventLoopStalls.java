package io.tagwright.ui.tests;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread goes without running its event loop: a timer that re-arms itself every
 * few milliseconds; the longest gap between two ticks (minus the period) is the longest stall the user
 * would have felt. The tick runs only when the loop dispatches, so work that blocks the loop shows up.
 */
final class EventLoopStalls {

    private static final int PERIOD_MS = 5;

    private final Display display;
    private long last;
    private long longest;
    private long longestCpu;
    private long busiest;
    private String busiestPhase = "";
    private long lastCpu;
    private final java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    private long ticks;
    private boolean running;
    private volatile String during = "";
    private String worst = "";
    private final java.util.Map<String, Long> byPhase = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, Long> cpuByPhase = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, Long> cpuTotalByPhase = new java.util.LinkedHashMap<>();
    /** Garbage-collection pauses (all threads stopped) within each phase's longest stall. */
    private final java.util.Map<String, Long> gcInLongest = new java.util.LinkedHashMap<>();
    private final java.util.List<java.lang.management.GarbageCollectorMXBean> collectors =
            java.lang.management.ManagementFactory.getGarbageCollectorMXBeans();
    private long lastGc;
    /** CPU time of the whole process (every thread) within each phase's longest stall. */
    private final java.util.Map<String, Long> processInLongest = new java.util.LinkedHashMap<>();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private long lastProcess;
    /** The threads (other than the UI thread) that used the most CPU within each phase's longest stall. */
    private final java.util.Map<String, String> othersInLongest = new java.util.LinkedHashMap<>();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    private java.util.Map<Long, Long> lastThreadCpu = java.util.Map.of();
    private volatile long lastTick;
    private final StringBuilder samples = new StringBuilder();
    private Thread watchdog;
    private long episode;
    private long nextSample;
    private final java.util.Map<String, Integer> hot = new java.util.HashMap<>();

    EventLoopStalls(Display display) {
        this.display = display;
    }

    void start() {
        running = true;
        last = System.nanoTime();
        lastCpu = cpu.getCurrentThreadCpuTime();
        lastGc = gcMillis();
        lastProcess = os.getProcessCpuTime();
        lastThreadCpu = threadCpu();
        lastTick = last;
        display.timerExec(PERIOD_MS, this::tick);
        Thread ui = display.getThread();
        watchdog = new Thread(() -> {
            // when the loop has been stuck for a while, note where the UI thread is (to explain a stall)
            while (running) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
                sampleHot(ui);
                long tick = lastTick;
                long stuck = System.nanoTime() - tick;
                if (tick != episode) { // a new stall: sample it at 100, 200, 400, ... ms
                    episode = tick;
                    nextSample = 100_000_000L;
                }
                if (stuck > nextSample && samples.length() < 200_000 && !isIdle(ui.getStackTrace())) {
                    nextSample *= 2;
                    StringBuilder sb = new StringBuilder("UI thread stuck for " + stuck / 1_000_000 + " ms (" + during + ") at:\n");
                    StackTraceElement[] trace = ui.getStackTrace();
                    for (int i = 0; i < Math.min(trace.length, 25); i++) {
                        sb.append("    ").append(trace[i]).append('\n');
                    }
                    synchronized (samples) {
                        samples.append(sb);
                    }
                }
            }
        }, "event loop watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Counts where the UI thread is when it is not idle, by the first frame of our own code (or the top frame). */
    private void sampleHot(Thread ui) {
        StackTraceElement[] trace = ui.getStackTrace();
        if (trace.length == 0 || isIdle(trace)) {
            return;
        }
        String where = null;
        for (StackTraceElement f : trace) {
            if (f.getClassName().startsWith("io.tagwright.ui") && !f.getClassName().startsWith("io.tagwright.ui.tests")) {
                where = f.toString();
                break;
            }
        }
        if (where == null) { // in the toolkit: name the first frame above SWT's internals (what asked for the work)
            int i = 0;
            while (i < trace.length - 1 && trace[i].getClassName().startsWith("org.eclipse.swt.internal")) {
                i++;
            }
            where = trace[0].getMethodName() + " ← " + trace[i] + (i + 1 < trace.length ? " ← " + trace[i + 1] : "");
        }
        synchronized (hot) {
            hot.merge(where, 1, Integer::sum);
        }
    }

    private static boolean isIdle(StackTraceElement[] trace) {
        for (int i = 0; i < Math.min(4, trace.length); i++) {
            String m = trace[i].getMethodName();
            if (m.equals("sleep") || m.contains("poll") || m.contains("g_main_context_prepare")) {
                return true;
            }
        }
        return false;
    }

    /** The most frequent busy places of the UI thread (200 ms samples). */
    String hotSpots() {
        synchronized (hot) {
            StringBuilder sb = new StringBuilder();
            hot.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
                    .forEach(e -> sb.append(String.format(java.util.Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey())));
            return sb.toString();
        }
    }

    /** Stacks of the UI thread taken while it was stuck for 100, 200, 400, ... ms (empty if it never was). */
    String stuckSamples() {
        synchronized (samples) {
            return samples.toString();
        }
    }

    /** Names what is happening now, so the longest stall can be attributed. */
    void phase(String name) {
        if (running) {
            record(); // what ran since the last tick belongs to the phase that is ending
        }
        during = name;
        byPhase.putIfAbsent(name, 0L);
        cpuByPhase.putIfAbsent(name, 0L);
        cpuTotalByPhase.putIfAbsent(name, 0L);
        gcInLongest.putIfAbsent(name, 0L);
        processInLongest.putIfAbsent(name, 0L);
        othersInLongest.putIfAbsent(name, "");
    }

    /** CPU time of every live thread by id (one bulk read, a few microseconds per thread). */
    private java.util.Map<Long, Long> threadCpu() {
        long[] ids = threads.getAllThreadIds();
        long[] times = threads.getThreadCpuTime(ids);
        java.util.Map<Long, Long> m = new java.util.HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            m.put(ids[i], times[i]);
        }
        return m;
    }

    /** The three busiest threads other than the UI thread between two readings, as "name 12 ms, …". */
    private String busiestOthers(java.util.Map<Long, Long> before, java.util.Map<Long, Long> after) {
        long ui = display.getThread().threadId();
        java.util.List<long[]> used = new java.util.ArrayList<>();
        after.forEach((id, t) -> {
            long d = t - before.getOrDefault(id, 0L);
            if (id != ui && t >= 0 && d >= 1_000_000L) {
                used.add(new long[] { id, d });
            }
        });
        used.sort((a, b) -> Long.compare(b[1], a[1]));
        StringBuilder sb = new StringBuilder();
        for (long[] u : used.subList(0, Math.min(3, used.size()))) {
            var info = threads.getThreadInfo(u[0]);
            sb.append(sb.isEmpty() ? "" : ", ").append(info == null ? "#" + u[0] : info.getThreadName())
                    .append(String.format(java.util.Locale.ROOT, " %.0f ms", u[1] / 1e6));
        }
        return sb.toString();
    }

    /**
     * Milliseconds the collectors have spent so far. With G1 (the JVM's default) every bean counts pauses:
     * young and mixed collections, full collections, and the remark and cleanup pauses of concurrent cycles.
     */
    private long gcMillis() {
        long sum = 0;
        for (var c : collectors) {
            sum += Math.max(0, c.getCollectionTime());
        }
        return sum;
    }

    /**
     * Per phase, in the order the phases began: the longest stall, the UI thread's CPU time in that loop turn,
     * all the UI thread's CPU time in the phase (less noisy than a single turn on a shared machine), and the
     * garbage-collection pauses (every thread stopped) and the CPU time of all the process's threads within the
     * longest stall (well above the UI thread's: background work competed with it for the two cores), with the
     * other threads that used the most of it.
     */
    String phases() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "  %-62s %10s %14s %14s %12s %26s   %s%n", "phase", "wall stall", "UI-thread CPU",
                "phase CPU", "GC in stall", "all threads' CPU in stall", "busiest other threads in stall"));
        byPhase.forEach((k, v) -> sb.append(String.format(java.util.Locale.ROOT, "  %-62s %7.1f ms %11.1f ms %11.1f ms %9d ms %23.1f ms   %s%n", k,
                v / 1e6, cpuByPhase.getOrDefault(k, 0L) / 1e6, cpuTotalByPhase.getOrDefault(k, 0L) / 1e6,
                gcInLongest.getOrDefault(k, 0L), processInLongest.getOrDefault(k, 0L) / 1e6,
                othersInLongest.getOrDefault(k, ""))));
        return sb.toString();
    }

    private void tick() {
        if (!running) {
            return;
        }
        record();
        ticks++;
        display.timerExec(PERIOD_MS, this::tick);
    }

    /** Closes the gap since the last tick (or phase change) and charges it to the phase it ran in. */
    private void record() {
        long now = System.nanoTime();
        long gap = Math.max(0, now - last - PERIOD_MS * 1_000_000L);
        long cpuNow = cpu.getCurrentThreadCpuTime();
        long gcNow = gcMillis();
        long processNow = os.getProcessCpuTime();
        java.util.Map<Long, Long> threadsNow = threadCpu();
        if (gap > byPhase.getOrDefault(during, 0L)) {
            processInLongest.put(during, processNow - lastProcess);
            othersInLongest.put(during, busiestOthers(lastThreadCpu, threadsNow));
            cpuByPhase.put(during, cpuNow - lastCpu);
            gcInLongest.put(during, gcNow - lastGc);
        }
        if (gap > longest) {
            longest = gap;
            longestCpu = cpuNow - lastCpu;
            worst = during;
        }
        if (cpuNow - lastCpu > busiest) {
            busiest = cpuNow - lastCpu;
            busiestPhase = during;
        }
        byPhase.merge(during, gap, Math::max);
        cpuTotalByPhase.merge(during, cpuNow - lastCpu, Long::sum);
        lastCpu = cpuNow;
        lastGc = gcNow;
        lastProcess = processNow;
        lastThreadCpu = threadsNow;
        last = now;
        lastTick = now;
    }

    void stop() {
        running = false;
    }

    double longestMillis() {
        return longest / 1e6;
    }

    /**
     * CPU time the UI thread used during the longest stall: close to the stall, the UI thread was working;
     * far below it, the thread was waiting for a CPU (other processes) or for the X server.
     */
    double longestCpuMillis() {
        return longestCpu / 1e6;
    }

    /**
     * The most CPU time the UI thread spent between two turns of its event loop: the longest stall our own
     * work would cause on an idle machine (the wall-clock stall adds waiting for a CPU and for the X server).
     */
    double busiestMillis() {
        return busiest / 1e6;
    }

    String busiestPhase() {
        return busiestPhase;
    }

    String worstPhase() {
        return worst;
    }

    long ticks() {
        return ticks;
    }
}
