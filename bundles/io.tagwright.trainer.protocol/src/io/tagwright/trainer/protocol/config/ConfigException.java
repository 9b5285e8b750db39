package io.tagwright.trainer.protocol.config;

/** A configuration value that cannot be used; the message names the file (when known), the option and the problem. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
