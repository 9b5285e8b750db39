package io.tagwright.trainer.run;

import io.tagwright.trainer.protocol.event.TrainerEvent.ErrorKind;

/** A training failure with the kind of problem, which decides the event's error kind and the exit code. */
public final class TrainingException extends Exception {
    private static final long serialVersionUID = 1L;
    private final ErrorKind kind;
    private final String detail;

    public TrainingException(ErrorKind kind, String message, String detail, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.detail = detail;
    }

    public TrainingException(ErrorKind kind, String message) {
        this(kind, message, null, null);
    }

    public ErrorKind kind() {
        return kind;
    }

    /** What to do about it, or null. */
    public String detail() {
        return detail;
    }
}
