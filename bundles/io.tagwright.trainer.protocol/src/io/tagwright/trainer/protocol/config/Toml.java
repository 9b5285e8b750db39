package io.tagwright.trainer.protocol.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the TOML that sd-scripts' config files use: tables, arrays of tables, dotted
 * keys, basic/literal/multi-line strings, integers (decimal, hex, octal, binary), floats (incl.
 * {@code inf}/{@code nan}), booleans, arrays and inline tables. Dates and times are rejected with a
 * clear error (no sd-scripts option takes one). Comments are not kept.
 *
 * <p>Values map to {@code LinkedHashMap<String,Object>} (file order kept), {@code List<Object>},
 * {@code String}, {@code Long}, {@code Double} and {@code Boolean}.
 */
public final class Toml {

    private static final int MAX_DEPTH = 32;

    private Toml() {
    }

    /** Parses {@code text}; {@code source} names the file in error messages. */
    public static Map<String, Object> parse(String text, String source) {
        return new Parser(text, source).document();
    }

    /** Writes a document: root key/values first, then {@code [tables]} and {@code [[arrays of tables]]}. */
    public static String write(Map<String, Object> doc) {
        StringBuilder sb = new StringBuilder();
        writeTable(doc, "", sb);
        return sb.toString();
    }

    // ---------------------------------------------------------------- writer

    private static void writeTable(Map<String, Object> table, String path, StringBuilder sb) {
        for (Map.Entry<String, Object> e : table.entrySet()) {
            Object v = e.getValue();
            if (!(v instanceof Map) && !isArrayOfTables(v)) {
                sb.append(key(e.getKey())).append(" = ");
                writeValue(v, sb);
                sb.append('\n');
            }
        }
        for (Map.Entry<String, Object> e : table.entrySet()) {
            Object v = e.getValue();
            String sub = path.isEmpty() ? key(e.getKey()) : path + "." + key(e.getKey());
            if (v instanceof Map<?, ?> m) {
                sb.append(sb.isEmpty() ? "" : "\n").append('[').append(sub).append("]\n");
                writeTable(cast(m), sub, sb);
            } else if (isArrayOfTables(v)) {
                for (Object o : (List<?>) v) {
                    sb.append(sb.isEmpty() ? "" : "\n").append("[[").append(sub).append("]]\n");
                    writeTable(cast((Map<?, ?>) o), sub, sb);
                }
            }
        }
    }

    private static boolean isArrayOfTables(Object v) {
        if (!(v instanceof List<?> l) || l.isEmpty()) {
            return false;
        }
        for (Object o : l) {
            if (!(o instanceof Map)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    static String key(String k) {
        if (!k.isEmpty() && k.chars().allMatch(c -> isBareKeyChar((char) c))) {
            return k;
        }
        StringBuilder sb = new StringBuilder();
        quote(k, sb);
        return sb.toString();
    }

    static void writeValue(Object v, StringBuilder sb) {
        if (v instanceof String s) {
            quote(s, sb);
        } else if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
            sb.append(v);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d)) {
                sb.append("nan");
            } else if (Double.isInfinite(d)) {
                sb.append(d > 0 ? "inf" : "-inf");
            } else {
                sb.append(PyFormat.floatRepr(d));
            }
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                writeValue(l.get(i), sb);
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? " " : ", ").append(key((String) e.getKey())).append(" = ");
                writeValue(e.getValue(), sb);
                first = false;
            }
            sb.append(first ? "}" : " }");
        } else if (v == null) {
            throw new IllegalArgumentException("TOML has no null; leave the key out instead");
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass().getName() + " as TOML");
        }
    }

    static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    static boolean isBareKeyChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    // ---------------------------------------------------------------- parser

    private static final class Parser {
        private final String s;
        private final String source;
        private int pos;
        private final Map<String, Object> root = new LinkedHashMap<>();
        /** Tables created by a [header] or by key/values (closed for re-definition). */
        private final Set<Map<String, Object>> defined = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        /** Tables created implicitly as parents of a header or dotted key. */
        private final Set<Map<String, Object>> implicit = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        /** Inline tables and arrays: closed for later additions. */
        private final Set<Object> sealed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        /** Arrays created with [[header]]. */
        private final Set<Object> tableArrays = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        Parser(String s, String source) {
            this.s = s.startsWith("\uFEFF") ? s.substring(1) : s;
            this.source = source;
        }

        Map<String, Object> document() {
            Map<String, Object> current = root;
            while (true) {
                skipBlankLinesAndComments();
                if (pos >= s.length()) {
                    return root;
                }
                char c = s.charAt(pos);
                if (c == '[') {
                    current = header();
                } else {
                    keyValue(current);
                }
                endOfLine();
            }
        }

        private Map<String, Object> header() {
            int start = pos;
            boolean array = s.startsWith("[[", pos);
            pos += array ? 2 : 1;
            skipSpaces();
            List<String> keys = dottedKey();
            skipSpaces();
            if (array ? !s.startsWith("]]", pos) : peek() != ']') {
                throw error(array ? "expected ']]' to close the table-array header" : "expected ']' to close the table header");
            }
            pos += array ? 2 : 1;
            Map<String, Object> parent = root;
            for (int i = 0; i < keys.size() - 1; i++) {
                parent = descend(parent, keys.get(i), start);
            }
            String last = keys.get(keys.size() - 1);
            Object existing = parent.get(last);
            if (array) {
                List<Object> list;
                if (existing == null) {
                    list = new ArrayList<>();
                    parent.put(last, list);
                    tableArrays.add(list);
                } else if (existing instanceof List<?> l && tableArrays.contains(l)) {
                    @SuppressWarnings("unchecked")
                    List<Object> ol = (List<Object>) l;
                    list = ol;
                } else {
                    throw errorAt(start, "'" + String.join(".", keys) + "' is already defined and is not an array of tables");
                }
                Map<String, Object> t = new LinkedHashMap<>();
                list.add(t);
                defined.add(t);
                return t;
            }
            if (existing == null) {
                Map<String, Object> t = new LinkedHashMap<>();
                parent.put(last, t);
                defined.add(t);
                return t;
            }
            if (existing instanceof Map<?, ?> m && implicit.contains(m) && !defined.contains(m) && !sealed.contains(m)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> t = (Map<String, Object>) m;
                implicit.remove(t);
                defined.add(t);
                return t;
            }
            throw errorAt(start, "table [" + String.join(".", keys) + "] is defined twice");
        }

        /** Goes into (or creates) a sub-table for a header; the last element of an array of tables counts. */
        @SuppressWarnings("unchecked")
        private Map<String, Object> descend(Map<String, Object> parent, String key, int at) {
            Object v = parent.get(key);
            if (v == null) {
                Map<String, Object> t = new LinkedHashMap<>();
                parent.put(key, t);
                implicit.add(t);
                return t;
            }
            if (v instanceof Map<?, ?> m && !sealed.contains(m)) {
                return (Map<String, Object>) m;
            }
            if (v instanceof List<?> l && tableArrays.contains(l)) {
                return (Map<String, Object>) l.get(l.size() - 1);
            }
            throw errorAt(at, "'" + key + "' is already a value, not a table");
        }

        private void keyValue(Map<String, Object> table) {
            int start = pos;
            List<String> keys = dottedKey();
            skipSpaces();
            if (peek() != '=') {
                throw error("expected '=' after key '" + String.join(".", keys) + "'");
            }
            pos++;
            skipSpaces();
            Object value = value(0);
            Map<String, Object> t = table;
            for (int i = 0; i < keys.size() - 1; i++) {
                Object v = t.get(keys.get(i));
                if (v == null) {
                    Map<String, Object> sub = new LinkedHashMap<>();
                    t.put(keys.get(i), sub);
                    implicit.add(sub);
                    t = sub;
                } else if (v instanceof Map<?, ?> m && implicit.contains(m) && !sealed.contains(m)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> sub = (Map<String, Object>) m;
                    t = sub;
                } else {
                    throw errorAt(start, "key '" + String.join(".", keys.subList(0, i + 1)) + "' is already defined");
                }
            }
            String last = keys.get(keys.size() - 1);
            if (t.containsKey(last)) {
                throw errorAt(start, "key '" + String.join(".", keys) + "' is defined twice");
            }
            t.put(last, value);
        }

        private List<String> dottedKey() {
            List<String> keys = new ArrayList<>();
            while (true) {
                skipSpaces();
                keys.add(simpleKey());
                skipSpaces();
                if (peek() != '.') {
                    return keys;
                }
                pos++;
            }
        }

        private String simpleKey() {
            char c = peek();
            if (c == '"') {
                return basicString();
            }
            if (c == '\'') {
                return literalString();
            }
            int start = pos;
            while (pos < s.length() && isBareKeyChar(s.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error(pos >= s.length() || c == '\n' ? "expected a key" : "unexpected character '" + c + "' where a key belongs");
            }
            return s.substring(start, pos);
        }

        private Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("values nested deeper than " + MAX_DEPTH + " levels");
            }
            if (pos >= s.length()) {
                throw error("expected a value");
            }
            char c = s.charAt(pos);
            switch (c) {
                case '"':
                    return s.startsWith("\"\"\"", pos) ? multiLineBasicString() : basicString();
                case '\'':
                    return s.startsWith("'''", pos) ? multiLineLiteralString() : literalString();
                case '[':
                    return array(depth);
                case '{':
                    return inlineTable(depth);
                case 't':
                    return word("true", Boolean.TRUE);
                case 'f':
                    return word("false", Boolean.FALSE);
                default:
                    return number();
            }
        }

        private Object word(String w, Object v) {
            if (!s.startsWith(w, pos)) {
                throw error("expected a value (strings need quotes)");
            }
            pos += w.length();
            return v;
        }

        private List<Object> array(int depth) {
            pos++;
            List<Object> list = new ArrayList<>();
            while (true) {
                skipWhitespaceCommentsAndNewlines();
                if (peek() == ']') {
                    pos++;
                    sealed.add(list);
                    return list;
                }
                list.add(value(depth + 1));
                skipWhitespaceCommentsAndNewlines();
                char c = peek();
                if (c == ',') {
                    pos++;
                } else if (c == ']') {
                    pos++;
                    sealed.add(list);
                    return list;
                } else {
                    throw error("expected ',' or ']' in array");
                }
            }
        }

        private Map<String, Object> inlineTable(int depth) {
            pos++;
            Map<String, Object> t = new LinkedHashMap<>();
            skipSpaces();
            if (peek() == '}') {
                pos++;
                sealed.add(t);
                return t;
            }
            while (true) {
                skipSpaces();
                if (depth > MAX_DEPTH) {
                    throw error("values nested deeper than " + MAX_DEPTH + " levels");
                }
                keyValue(t);
                skipSpaces();
                char c = peek();
                if (c == ',') {
                    pos++;
                } else if (c == '}') {
                    pos++;
                    sealed.add(t);
                    sealAll(t);
                    return t;
                } else {
                    throw error("expected ',' or '}' in inline table (inline tables stay on one line)");
                }
            }
        }

        private void sealAll(Map<String, Object> t) {
            for (Object v : t.values()) {
                if (v instanceof Map<?, ?> m) {
                    sealed.add(m);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> mm = (Map<String, Object>) m;
                    sealAll(mm);
                }
            }
        }

        private Object number() {
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.' || c == '_' || c == ':') {
                    pos++;
                } else {
                    break;
                }
            }
            String t = s.substring(start, pos);
            if (t.isEmpty()) {
                throw errorAt(start, "expected a value");
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}.*") || t.matches("\\d{2}:\\d{2}.*")) {
                throw errorAt(start, "dates and times are not supported in Tagwright configs");
            }
            try {
                return parseNumber(t);
            } catch (NumberFormatException e) {
                throw errorAt(start, "'" + t + "' is not a valid value (strings need quotes)");
            }
        }

        private static Object parseNumber(String t) {
            switch (t) {
                case "inf", "+inf":
                    return Double.POSITIVE_INFINITY;
                case "-inf":
                    return Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan":
                    return Double.NaN;
                default:
                    break;
            }
            if (t.startsWith("0x") || t.startsWith("0o") || t.startsWith("0b")) {
                String digits = t.substring(2);
                checkUnderscores(digits);
                int radix = t.charAt(1) == 'x' ? 16 : t.charAt(1) == 'o' ? 8 : 2;
                return Long.parseLong(digits.replace("_", ""), radix);
            }
            checkUnderscores(t);
            String plain = t.replace("_", "");
            boolean isFloat = plain.contains(".") || plain.contains("e") || plain.contains("E");
            String unsigned = plain.startsWith("+") || plain.startsWith("-") ? plain.substring(1) : plain;
            if (unsigned.isEmpty() || !Character.isDigit(unsigned.charAt(0))) {
                throw new NumberFormatException(t);
            }
            if (!isFloat) {
                if (unsigned.length() > 1 && unsigned.startsWith("0")) {
                    throw new NumberFormatException("leading zero");
                }
                return Long.parseLong(plain);
            }
            if (!unsigned.matches("\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
                throw new NumberFormatException(t);
            }
            if (unsigned.length() > 1 && unsigned.startsWith("0") && Character.isDigit(unsigned.charAt(1))) {
                throw new NumberFormatException("leading zero");
            }
            return Double.parseDouble(plain);
        }

        private static void checkUnderscores(String t) {
            if (t.startsWith("_") || t.endsWith("_") || t.contains("__")) {
                throw new NumberFormatException("misplaced underscore");
            }
        }

        private String basicString() {
            int start = pos;
            pos++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length() || s.charAt(pos) == '\n') {
                    throw errorAt(start, "unterminated string");
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    escape(sb);
                } else if (c < 0x20 && c != '\t' || c == 0x7F) {
                    throw errorAt(pos - 1, "control character in string");
                } else {
                    sb.append(c);
                }
            }
        }

        private String multiLineBasicString() {
            int start = pos;
            pos += 3;
            skipFirstNewline();
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw errorAt(start, "unterminated multi-line string");
                }
                if (s.startsWith("\"\"\"", pos)) {
                    // up to two extra quotes may end the content
                    int extra = 0;
                    while (extra < 2 && s.startsWith("\"\"\"", pos + extra + 1)) {
                        extra++;
                    }
                    sb.append("\"".repeat(extra));
                    pos += 3 + extra;
                    return sb.toString();
                }
                char c = s.charAt(pos++);
                if (c == '\\') {
                    int save = pos;
                    while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
                        pos++;
                    }
                    if (pos < s.length() && (s.charAt(pos) == '\n' || s.startsWith("\r\n", pos))) {
                        // line-ending backslash: trim whitespace and newlines up to the next content
                        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                            pos++;
                        }
                    } else {
                        pos = save;
                        escape(sb);
                    }
                } else if (c == '\r' && peek() == '\n') {
                    // normalized to \n
                } else {
                    sb.append(c);
                }
            }
        }

        private String literalString() {
            int start = pos;
            pos++;
            int end = s.indexOf('\'', pos);
            int nl = s.indexOf('\n', pos);
            if (end < 0 || (nl >= 0 && nl < end)) {
                throw errorAt(start, "unterminated literal string");
            }
            String v = s.substring(pos, end);
            pos = end + 1;
            return v;
        }

        private String multiLineLiteralString() {
            int start = pos;
            pos += 3;
            skipFirstNewline();
            int end = s.indexOf("'''", pos);
            if (end < 0) {
                throw errorAt(start, "unterminated multi-line literal string");
            }
            int extra = 0;
            while (extra < 2 && s.startsWith("'''", end + extra + 1)) {
                extra++;
            }
            String v = s.substring(pos, end + extra).replace("\r\n", "\n");
            pos = end + 3 + extra;
            return v;
        }

        private void skipFirstNewline() {
            if (s.startsWith("\r\n", pos)) {
                pos += 2;
            } else if (peek() == '\n') {
                pos++;
            }
        }

        private void escape(StringBuilder sb) {
            if (pos >= s.length()) {
                throw error("unterminated escape");
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'b' -> sb.append('\b');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'f' -> sb.append('\f');
                case 'r' -> sb.append('\r');
                case 'e' -> sb.append('\u001B');
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    if (pos + n > s.length()) {
                        throw errorAt(pos - 2, "truncated \\" + e + " escape");
                    }
                    int cp;
                    try {
                        cp = Integer.parseUnsignedInt(s.substring(pos, pos + n), 16);
                    } catch (NumberFormatException ex) {
                        throw errorAt(pos - 2, "bad \\" + e + " escape");
                    }
                    if (!Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
                        throw errorAt(pos - 2, "escape is not a Unicode scalar value");
                    }
                    sb.appendCodePoint(cp);
                    pos += n;
                }
                default -> throw errorAt(pos - 2, "unknown escape '\\" + e + "' (Windows paths need '\\\\' or single quotes)");
            }
        }

        private void skipSpaces() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
                pos++;
            }
        }

        private void skipComment() {
            if (peek() == '#') {
                while (pos < s.length() && s.charAt(pos) != '\n') {
                    char c = s.charAt(pos);
                    if (c < 0x20 && c != '\t' && c != '\r') {
                        throw error("control character in comment");
                    }
                    pos++;
                }
            }
        }

        private void skipBlankLinesAndComments() {
            while (pos < s.length()) {
                skipSpaces();
                skipComment();
                if (s.startsWith("\r\n", pos)) {
                    pos += 2;
                } else if (peek() == '\n') {
                    pos++;
                } else {
                    return;
                }
            }
        }

        private void skipWhitespaceCommentsAndNewlines() {
            skipBlankLinesAndComments();
        }

        private void endOfLine() {
            skipSpaces();
            skipComment();
            if (pos >= s.length()) {
                return;
            }
            if (s.startsWith("\r\n", pos)) {
                pos += 2;
            } else if (peek() == '\n') {
                pos++;
            } else {
                throw error("expected the end of the line after the value, found '" + peek() + "'");
            }
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private TomlException error(String message) {
            return errorAt(pos, message);
        }

        private TomlException errorAt(int at, String message) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < at && i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return new TomlException(source, line, col, message);
        }
    }

    /** True when both documents hold the same keys and values, ignoring key order (numbers compared by value). */
    public static boolean sameContent(Object a, Object b) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (!new HashSet<>(ma.keySet()).equals(new HashSet<>(mb.keySet()))) {
                return false;
            }
            for (Object k : ma.keySet()) {
                if (!sameContent(ma.get(k), mb.get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!sameContent(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Double da && b instanceof Double db) {
            return Double.compare(da, db) == 0;
        }
        return a == null ? b == null : a.equals(b);
    }
}
