package io.tagwright.cli;

import java.io.IOException;

/** Writing captions failed; the message says which file and why (nothing was left half-written). */
public final class WriteException extends IOException {
    private static final long serialVersionUID = 1L;

    public WriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
