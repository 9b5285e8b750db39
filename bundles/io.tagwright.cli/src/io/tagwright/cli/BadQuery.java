package io.tagwright.cli;

import io.tagwright.index.query.QuerySyntaxException;

/** A query given on the command line is wrong; carries the query so the error can point into it. */
final class BadQuery extends Exception {
    private static final long serialVersionUID = 1L;

    final String query;

    BadQuery(String query, QuerySyntaxException cause) {
        super(cause.getMessage(), cause);
        this.query = query;
    }

    QuerySyntaxException syntax() {
        return (QuerySyntaxException) getCause();
    }

    /** Runs {@code work}, turning a query error into a {@code BadQuery} naming {@code query}. */
    static <T> T about(String query, Work<T> work) throws Exception {
        try {
            return work.run();
        } catch (QuerySyntaxException e) {
            throw new BadQuery(query, e);
        }
    }

    interface Work<T> {
        T run() throws Exception;
    }
}
