package io.tagwright.index.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ViewAnnotation;

/**
 * Parses the query language into {@link QueryNode}s, checking everything that does not need the index
 * (so an editor can underline mistakes as the user types).
 *
 * <pre>
 * query   := or?                       (empty: every image)
 * or      := and ("OR" and)*
 * and     := unary (("AND")? unary)*   (juxtaposition means AND)
 * unary   := ("NOT" | "-") unary | primary
 * primary := "(" or ")" | term
 * term    := (field ":")? value
 * value   := "quoted text" | bare-word | comparison
 * </pre>
 *
 * A bare word ends at white space or at a ')' that it did not open, so tags such as
 * {@code hatsune_miku_(cosplay)} need no quotes; {@code \} escapes the next character. Spaces inside a tag
 * are written as {@code _} (the same tag) or the tag is quoted.
 */
public final class QueryParser {

    private final String text;
    private int pos;

    private QueryParser(String text) {
        this.text = text;
    }

    public static QueryNode parse(String query) throws QuerySyntaxException {
        QueryParser p = new QueryParser(query == null ? "" : query);
        p.skipSpace();
        if (p.atEnd()) {
            return new QueryNode.All(0);
        }
        QueryNode node = p.parseOr();
        p.skipSpace();
        if (!p.atEnd()) {
            if (p.peek() == ')') {
                throw new QuerySyntaxException(p.pos, "unexpected ')': there is no '(' to close");
            }
            throw new QuerySyntaxException(p.pos, "unexpected text");
        }
        return node;
    }

    private QueryNode parseOr() throws QuerySyntaxException {
        int start = pos;
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(parseAnd());
        while (true) {
            skipSpace();
            if (!keywordAhead("OR")) {
                break;
            }
            int at = pos;
            pos += 2;
            skipSpace();
            if (atEnd() || peek() == ')' || keywordAhead("OR") || keywordAhead("AND")) {
                throw new QuerySyntaxException(at, 2, "expected a term after OR");
            }
            clauses.add(parseAnd());
        }
        return clauses.size() == 1 ? clauses.get(0) : new QueryNode.Or(clauses, start);
    }

    private QueryNode parseAnd() throws QuerySyntaxException {
        int start = pos;
        List<QueryNode> clauses = new ArrayList<>();
        while (true) {
            skipSpace();
            if (atEnd() || peek() == ')' || keywordAhead("OR")) {
                break;
            }
            if (keywordAhead("AND")) {
                int at = pos;
                if (clauses.isEmpty()) {
                    throw new QuerySyntaxException(at, 3, "AND needs a term before it");
                }
                pos += 3;
                skipSpace();
                if (atEnd() || peek() == ')' || keywordAhead("OR") || keywordAhead("AND")) {
                    throw new QuerySyntaxException(at, 3, "expected a term after AND");
                }
            }
            clauses.add(parseUnary());
        }
        if (clauses.isEmpty()) {
            if (keywordAhead("OR")) {
                throw new QuerySyntaxException(pos, 2, "OR needs a term before it");
            }
            throw new QuerySyntaxException(pos, "expected a term");
        }
        return clauses.size() == 1 ? clauses.get(0) : new QueryNode.And(clauses, start);
    }

    private QueryNode parseUnary() throws QuerySyntaxException {
        skipSpace();
        int at = pos;
        if (keywordAhead("NOT")) {
            pos += 3;
            skipSpace();
            if (atEnd() || peek() == ')' || keywordAhead("OR") || keywordAhead("AND")) {
                throw new QuerySyntaxException(at, 3, "expected a term after NOT");
            }
            return new QueryNode.Not(parseUnary(), at);
        }
        if (peek() == '-') {
            if (pos + 1 >= text.length() || Character.isWhitespace(text.charAt(pos + 1)) || text.charAt(pos + 1) == ')') {
                throw new QuerySyntaxException(at, "expected a term right after '-' (write \"-\" to search for a tag '-')");
            }
            pos++;
            return new QueryNode.Not(parseUnary(), at);
        }
        return parsePrimary();
    }

    private QueryNode parsePrimary() throws QuerySyntaxException {
        int at = pos;
        if (peek() == '(') {
            pos++;
            skipSpace();
            if (!atEnd() && peek() == ')') {
                throw new QuerySyntaxException(at, pos - at + 1, "empty parentheses");
            }
            if (atEnd()) {
                throw new QuerySyntaxException(at, "missing ')' to close this '('");
            }
            QueryNode inner = parseOr();
            skipSpace();
            if (atEnd() || peek() != ')') {
                throw new QuerySyntaxException(at, "missing ')' to close this '('");
            }
            pos++;
            return inner;
        }
        if (peek() == ')') {
            throw new QuerySyntaxException(at, "unexpected ')': there is no '(' to close");
        }
        return parseTerm();
    }

    private QueryNode parseTerm() throws QuerySyntaxException {
        int start = pos;
        Field field = null;
        int ident = pos;
        while (ident < text.length() && Character.isLetter(text.charAt(ident))) {
            ident++;
        }
        if (ident > pos && ident < text.length() && text.charAt(ident) == ':') {
            field = Field.named(text.substring(pos, ident));
            if (field != null) {
                pos = ident + 1;
            }
        }
        int valueStart = pos;
        if (field != null && (atEnd() || Character.isWhitespace(peek()) || peek() == ')')) {
            throw new QuerySyntaxException(start, valueStart - start, "expected a value after '" + field.fieldName() + ":' ("
                    + field.help() + ")");
        }
        boolean quoted = !atEnd() && peek() == '"';
        String value;
        boolean wildcard = false;
        if (quoted) {
            value = readQuoted();
        } else {
            StringBuilder sb = new StringBuilder();
            wildcard = readBare(sb);
            value = sb.toString();
        }
        int length = pos - start;
        if (field == null) {
            // "re:zero" is a tag with a colon, or a mistyped field name: the compiler decides with the index
            int colon = value.indexOf(':');
            boolean colonTag = !quoted && colon > 0 && value.substring(0, colon).chars().allMatch(Character::isLetter);
            if (value.isEmpty()) {
                throw new QuerySyntaxException(start, "expected a term");
            }
            return new QueryNode.Term(Field.TAG, value, quoted, wildcard, colonTag, start, length);
        }
        if (value.isBlank()) {
            throw new QuerySyntaxException(valueStart, Math.max(1, pos - valueStart), "empty value for '" + field.fieldName() + ":'");
        }
        return checkValue(field, value, quoted, wildcard, start, valueStart, length);
    }

    private QueryNode checkValue(Field field, String value, boolean quoted, boolean wildcard, int start, int valueStart, int length)
            throws QuerySyntaxException {
        int valueLength = pos - valueStart;
        switch (field) {
            case WIDTH, HEIGHT, TAGS, TOKENS -> {
                return range(field, value, false, start, valueStart, valueLength, length);
            }
            case ASPECT -> {
                char c = value.charAt(0);
                if (Character.isDigit(c) || c == '<' || c == '>' || c == '=' || c == '.') {
                    return range(field, value, true, start, valueStart, valueLength, length);
                }
                String v = value.toLowerCase(Locale.ROOT);
                if (!v.equals("portrait") && !v.equals("square") && !v.equals("landscape")) {
                    throw new QuerySyntaxException(valueStart, valueLength, "aspect: expects portrait, square, landscape or a "
                            + "ratio comparison such as aspect:>1.5, not '" + value + "'");
                }
                return new QueryNode.Term(field, v, quoted, false, false, start, length);
            }
            case VIEW, FRAMING -> {
                if (!wildcard && enumValue(field, value) == null) {
                    throw new QuerySyntaxException(valueStart, valueLength, "unknown " + field.fieldName() + " '" + value + "'; "
                            + field.help());
                }
                return new QueryNode.Term(field, value, quoted, wildcard, false, start, length);
            }
            default -> {
                return new QueryNode.Term(field, value, quoted, wildcard, false, start, length);
            }
        }
    }

    /**
     * The view or framing a query value names: its literal ({@code from behind}, {@code close-up}) or enum name,
     * with {@code _} ≡ space and any case; null if none.
     */
    public static Enum<?> enumValue(Field field, String value) {
        String k = CaptionSyntax.key(value);
        if (field == Field.VIEW) {
            for (ViewAnnotation v : ViewAnnotation.values()) {
                if (CaptionSyntax.key(v.getLiteral()).equals(k) || CaptionSyntax.key(v.getName()).equals(k)) {
                    return v;
                }
            }
        } else if (field == Field.FRAMING) {
            for (FramingAnnotation f : FramingAnnotation.values()) {
                if (CaptionSyntax.key(f.getLiteral()).equals(k) || CaptionSyntax.key(f.getName()).equals(k)
                        || CaptionSyntax.key(f.getLiteral().replace('-', ' ')).equals(k.replace('-', ' '))) {
                    return f;
                }
            }
        }
        return null;
    }

    private QueryNode range(Field field, String value, boolean decimal, int start, int valueStart, int valueLength, int length)
            throws QuerySyntaxException {
        String example = field == Field.ASPECT ? "aspect:>1.5" : field.fieldName() + ":>=768";
        String what = field.fieldName() + ": expects a number, a comparison (<, <=, >, >=, =) or a range a..b, e.g. " + example;
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        int dots = value.indexOf("..");
        try {
            if (dots >= 0) {
                String a = value.substring(0, dots);
                String b = value.substring(dots + 2);
                if (a.isEmpty() && b.isEmpty()) {
                    throw new NumberFormatException();
                }
                if (!a.isEmpty()) {
                    min = number(a, decimal);
                }
                if (!b.isEmpty()) {
                    max = number(b, decimal);
                }
                if (min > max) {
                    throw new QuerySyntaxException(valueStart, valueLength, field.fieldName() + ": the range " + value + " is empty");
                }
            } else if (value.startsWith(">=")) {
                min = number(value.substring(2), decimal);
            } else if (value.startsWith("<=")) {
                max = number(value.substring(2), decimal);
            } else if (value.startsWith(">")) {
                double n = number(value.substring(1), decimal);
                min = decimal ? Math.nextUp(n) : n + 1;
            } else if (value.startsWith("<")) {
                double n = number(value.substring(1), decimal);
                max = decimal ? Math.nextDown(n) : n - 1;
            } else {
                double n = number(value.startsWith("=") ? value.substring(1) : value, decimal);
                min = n;
                max = n;
            }
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException(valueStart, valueLength, what + "; '" + value + "' is not one");
        }
        return new QueryNode.Range(field, min, max, start, length);
    }

    private static double number(String s, boolean decimal) {
        if (s.isEmpty() || s.startsWith("+")) {
            throw new NumberFormatException();
        }
        if (decimal) {
            double d = Double.parseDouble(s);
            if (Double.isNaN(d) || Double.isInfinite(d) || d < 0) {
                throw new NumberFormatException();
            }
            return d;
        }
        return Integer.parseInt(s);
    }

    /** Reads "..." with \" and \\ escapes; the position is after the closing quote. */
    private String readQuoted() throws QuerySyntaxException {
        int open = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                char n = text.charAt(pos + 1);
                // inside quotes * and ? are literal; keep other escapes (\( for tags) as written
                if (n == '"' || n == '\\') {
                    sb.append(n);
                } else {
                    sb.append(c).append(n);
                }
                pos += 2;
            } else if (c == '"') {
                pos++;
                return sb.toString().replace("*", "\\*").replace("?", "\\?");
            } else {
                sb.append(c);
                pos++;
            }
        }
        throw new QuerySyntaxException(open, "unterminated quote: this '\"' is never closed");
    }

    /** Reads a bare word into {@code sb}; returns whether it has an unescaped wildcard. */
    private boolean readBare(StringBuilder sb) {
        int depth = 0;
        boolean wildcard = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                break;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                char n = text.charAt(pos + 1);
                if (n == '*' || n == '?') {
                    sb.append(c); // keep the escape: it is a literal star, not a wildcard
                }
                sb.append(n);
                pos += 2;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == '*' || c == '?') {
                wildcard = true;
            }
            sb.append(c);
            pos++;
        }
        return wildcard;
    }

    private boolean keywordAhead(String word) {
        if (!text.startsWith(word, pos)) {
            return false;
        }
        int end = pos + word.length();
        return end == text.length() || Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '(' || text.charAt(end) == ')';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }
}
