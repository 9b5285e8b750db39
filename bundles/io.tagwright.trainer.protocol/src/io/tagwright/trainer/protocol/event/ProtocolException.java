package io.tagwright.trainer.protocol.event;

/** A line that claims to be a protocol record but cannot be decoded. */
public final class ProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
