package io.tagwright.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.IProgressMonitor;

/** Where a command writes: results to {@code out}, messages and progress to {@code err}. */
public record Console(PrintStream out, PrintStream err, boolean interactive) {

    /** A progress monitor drawing a bar on {@code err} when it is a terminal, else silent. */
    public IProgressMonitor progress() {
        return interactive ? new TerminalProgress(err) : new org.eclipse.core.runtime.NullProgressMonitor();
    }
}
