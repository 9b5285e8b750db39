package io.tagwright.cli;

import java.util.List;

/** One subcommand of the {@code tagwright} command line. */
public interface Command {

    String name();

    /** One line for {@code tagwright help}. */
    String summary();

    /** Usage text for {@code tagwright help NAME} and usage errors. */
    String usage();

    /** Runs the command; returns the process exit code (see {@link ExitCodes}). */
    int run(List<String> args, Console console) throws Exception;
}
