package io.tagwright.index.query;

/**
 * A query that cannot be run: the position (0-based character offset in the query) and what is wrong, e.g.
 * "missing ')' to close the '(' at column 3". {@link #getMessage()} adds the 1-based column.
 */
public final class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int position;
    private final int length;
    private final String reason;

    public QuerySyntaxException(int position, int length, String reason) {
        super(reason + " (at column " + (position + 1) + ")");
        this.position = position;
        this.length = Math.max(1, length);
        this.reason = reason;
    }

    public QuerySyntaxException(int position, String reason) {
        this(position, 1, reason);
    }

    /** 0-based offset of the offending text in the query. */
    public int position() {
        return position;
    }

    /** Length of the offending text (at least 1), for underlining it. */
    public int length() {
        return length;
    }

    /** The message without the position. */
    public String reason() {
        return reason;
    }

    /** Two lines for a terminal: the query, and a caret line under the offending text. */
    public String pointer(String query) {
        int at = Math.min(position, query.length());
        return query + "\n" + " ".repeat(at) + "^".repeat(Math.max(1, Math.min(length, query.length() - at)));
    }
}
