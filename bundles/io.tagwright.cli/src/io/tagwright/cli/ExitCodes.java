package io.tagwright.cli;

/** Exit codes of the {@code tagwright} command line (documented in the README). */
public final class ExitCodes {

    /** Done; for lint: no finding at or above the failing severity. */
    public static final int OK = 0;
    /** Lint found problems at or above the failing severity. */
    public static final int FINDINGS = 1;
    /** Wrong arguments or unknown command. */
    public static final int USAGE = 2;
    /** The dataset or another input could not be read. */
    public static final int INPUT = 3;
    /** Writing failed; nothing was left half-written. */
    public static final int WRITE = 4;
    /** Interrupted (Ctrl-C). */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
