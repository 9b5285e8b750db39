package io.tagwright.trainer.protocol.config;

/** One finding of {@link RunConfigValidator}: {@code option} is the kohya option name it is about (or null). */
public record ConfigProblem(Severity severity, String option, String message) {

    public enum Severity {
        /** The run cannot start (sd-scripts would refuse or crash). */
        ERROR,
        /** The run can start but probably not as the user meant. */
        WARNING,
        /** Worth knowing (kept unknown options, ignored values). */
        INFO
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + (option == null ? "" : option + ": ") + message;
    }
}
