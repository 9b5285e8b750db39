package io.tagwright.trainer.cli;

/** A command line the trainer cannot understand; exits with {@link ExitCode#USAGE}. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
