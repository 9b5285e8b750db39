package io.tagwright.trainer.protocol.json;

/** Malformed or over-limit JSON; {@link #position()} is the character offset of the problem, or -1. */
public final class JsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int position;

    public JsonException(String message, int position) {
        super(position >= 0 ? message + " at offset " + position : message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
