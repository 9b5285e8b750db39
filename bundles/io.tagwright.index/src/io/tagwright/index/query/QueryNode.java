package io.tagwright.index.query;

import java.util.List;

/** The parsed form of a query (see {@link QueryParser}); every node knows where it came from in the text. */
public sealed interface QueryNode {

    /** 0-based offset of the node's text. */
    int position();

    /** An empty query: every image. */
    record All(int position) implements QueryNode {
    }

    /** Every clause must match. */
    record And(List<QueryNode> clauses, int position) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    /** At least one clause must match. */
    record Or(List<QueryNode> clauses, int position) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }

    /** The clause must not match. */
    record Not(QueryNode clause, int position) implements QueryNode {
    }

    /**
     * A value for a field (or a tag when no field was written).
     *
     * @param field      the field
     * @param value      the value, escapes resolved except {@code \*} and {@code \?} (kept for wildcard handling)
     * @param quoted     written in double quotes (no wildcards, spaces allowed)
     * @param wildcard   the value has an unescaped {@code *} or {@code ?}
     * @param colonTag   written as {@code x:y} where {@code x} is no field: a tag with a colon, or a mistyped field
     * @param length     length of the whole term in the query text
     */
    record Term(Field field, String value, boolean quoted, boolean wildcard, boolean colonTag, int position, int length)
            implements QueryNode {
    }

    /**
     * A numeric comparison: {@code width:>=768}, {@code tags:<5}, {@code width:512..768} (inclusive).
     * {@code min}/{@code max} are inclusive bounds; absent bounds are infinite.
     */
    record Range(Field field, double min, double max, int position, int length) implements QueryNode {
    }
}
