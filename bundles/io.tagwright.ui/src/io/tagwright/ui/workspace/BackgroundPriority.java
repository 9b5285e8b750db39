package io.tagwright.ui.workspace;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

/**
 * Runs the workbench's background jobs at a lower scheduling priority than the UI thread.
 * <p>
 * Java's thread priorities do nothing on Linux, so on a machine with few cores an index build, the lint or the
 * thumbnail workers get as much CPU as the UI thread, and a 40 ms piece of UI work takes 100 ms or more of wall
 * clock while they run. On Linux the nice value is a per-thread attribute: each job worker thread raises its own
 * to {@link #NICE} (as {@code nice} does; no privilege needed) when it first runs a job, and keeps it, since the
 * pool's threads only ever run background jobs. Threads such workers create inherit it. Elsewhere this does
 * nothing.
 */
public final class BackgroundPriority {

    /** The nice value background workers run at: a CPU share of about a tenth of a default thread's. */
    public static final int NICE = 10;

    private static final MethodHandle SETPRIORITY = setpriority();
    private static final ThreadLocal<Boolean> LOWERED = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private static JobChangeAdapter listener;

    private BackgroundPriority() {
    }

    /** From now on every job worker runs niced (it lowers itself before its first job). */
    public static synchronized void start() {
        if (listener == null && SETPRIORITY != null) {
            listener = new JobChangeAdapter() {
                @Override
                public void running(IJobChangeEvent event) {
                    lowerCurrentThread(); // the job manager tells its listeners on the worker about to run the job
                }
            };
            Job.getJobManager().addJobChangeListener(listener);
        }
    }

    public static synchronized void stop() {
        if (listener != null) {
            Job.getJobManager().removeJobChangeListener(listener);
            listener = null;
        }
    }

    /** Lowers the calling thread's priority to {@link #NICE}, once per thread. Returns whether it is lowered. */
    public static boolean lowerCurrentThread() {
        if (SETPRIORITY == null) {
            return false;
        }
        if (!LOWERED.get()) {
            try {
                // PRIO_PROCESS (0) with who = 0 is the calling thread on Linux; an already higher nice value is kept
                int rc = (int) SETPRIORITY.invokeExact(0, 0, Math.max(NICE, niceOf("thread-self")));
                LOWERED.set(rc == 0);
            } catch (Throwable e) {
                LOWERED.set(false);
                return false;
            }
        }
        return LOWERED.get();
    }

    /**
     * The nice value of {@code /proc/<task>}, e.g. "thread-self" or "self/task/1234"; 0 where it cannot be read.
     */
    public static int niceOf(String task) {
        try {
            String stat = Files.readString(Path.of("/proc", task, "stat"));
            // after the command name in parentheses (which may hold spaces): state is field 3, nice field 19
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(f[19 - 3]);
        } catch (Exception e) {
            return 0;
        }
    }

    /**
     * {@code int setpriority(int, id_t, int)} from the C library through the foreign function API, looked up by
     * reflection because the bundle compiles for Java 21, where that API is a preview. Null where not on Linux or
     * where the API is missing.
     */
    private static MethodHandle setpriority() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return null; // elsewhere setpriority(PRIO_PROCESS, 0, …) would renice the whole process
        }
        try {
            Class<?> linkerType = Class.forName("java.lang.foreign.Linker");
            Class<?> lookupType = Class.forName("java.lang.foreign.SymbolLookup");
            Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout");
            Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor");
            Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment");
            Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option");
            Object linker = linkerType.getMethod("nativeLinker").invoke(null);
            Object lookup = linkerType.getMethod("defaultLookup").invoke(linker);
            Optional<?> symbol = (Optional<?>) lookupType.getMethod("find", String.class).invoke(lookup, "setpriority");
            if (symbol.isEmpty()) {
                return null;
            }
            Object javaInt = Class.forName("java.lang.foreign.ValueLayout").getField("JAVA_INT").get(null);
            Object args = Array.newInstance(layoutType, 3);
            for (int i = 0; i < 3; i++) {
                Array.set(args, i, javaInt);
            }
            Object descriptor = descriptorType.getMethod("of", layoutType, args.getClass()).invoke(null, javaInt, args);
            return (MethodHandle) linkerType.getMethod("downcallHandle", segmentType, descriptorType, optionType.arrayType())
                    .invoke(linker, symbol.get(), descriptor, Array.newInstance(optionType, 0));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
