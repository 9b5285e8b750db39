package io.tagwright.trainer.sd15.tokenizer;

/** A tokenizer file is missing or malformed; the message names the file and the problem. */
public final class TokenizerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TokenizerException(String message) {
        super(message);
    }

    public TokenizerException(String message, Throwable cause) {
        super(message, cause);
    }
}
