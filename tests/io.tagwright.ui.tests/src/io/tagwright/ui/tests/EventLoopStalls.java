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
    }

    /**
     * Per phase, in the order the phases began: the longest stall, the UI thread's CPU time in that loop turn,
     * and all the UI thread's CPU time in the phase (less noisy than a single turn on a shared machine).
     */
    String phases() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "  %-62s %10s %14s %14s%n", "phase", "wall stall", "UI-thread CPU",
                "phase CPU"));
        byPhase.forEach((k, v) -> sb.append(String.format(java.util.Locale.ROOT, "  %-62s %7.1f ms %11.1f ms %11.1f ms%n", k,
                v / 1e6, cpuByPhase.getOrDefault(k, 0L) / 1e6, cpuTotalByPhase.getOrDefault(k, 0L) / 1e6)));
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
        cpuByPhase.merge(during, cpuNow - lastCpu, Math::max);
        cpuTotalByPhase.merge(during, cpuNow - lastCpu, Long::sum);
        lastCpu = cpuNow;
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
