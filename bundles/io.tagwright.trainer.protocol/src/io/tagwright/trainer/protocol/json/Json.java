package io.tagwright.trainer.protocol.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON codec (RFC 8259) with no dependencies, shared by the trainer and the IDE.
 *
 * <p>Values map to {@code Map<String,Object>} (insertion order kept), {@code List<Object>},
 * {@code String}, {@code Long} (integers that fit), {@code BigInteger} (larger integers),
 * {@code Double}, {@code Boolean} and {@code null}. Parsing enforces a {@link Limits size and
 * depth limit} so that untrusted input (a safetensors header, a config from the internet) cannot
 * exhaust the stack or memory; duplicate object keys are rejected because they make a document
 * mean different things to different readers.
 */
public final class Json {

    /** Bounds for untrusted input. */
    public record Limits(int maxLength, int maxDepth) {
        /** Generous bounds for files the user opens: 64 MiB, depth 64. */
        public static final Limits DEFAULT = new Limits(64 << 20, 64);
    }

    private Json() {
    }

    public static Object parse(CharSequence text) {
        return parse(text, Limits.DEFAULT);
    }

    public static Object parse(CharSequence text, Limits limits) {
        if (text.length() > limits.maxLength()) {
            throw new JsonException("JSON text is " + text.length() + " characters, more than the limit of "
                    + limits.maxLength(), -1);
        }
        Parser p = new Parser(text, limits.maxDepth());
        p.skipWhitespace();
        Object value = p.value(0);
        p.skipWhitespace();
        if (p.pos != text.length()) {
            throw new JsonException("unexpected text after the JSON value", p.pos);
        }
        return value;
    }

    /** Parses text that must be a JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(CharSequence text, Limits limits) {
        Object v = parse(text, limits);
        if (!(v instanceof Map)) {
            throw new JsonException("expected a JSON object", 0);
        }
        return (Map<String, Object>) v;
    }

    public static Map<String, Object> parseObject(CharSequence text) {
        return parseObject(text, Limits.DEFAULT);
    }

    /** Compact JSON (no spaces), keys in map iteration order. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    public static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new JsonException("JSON cannot represent " + d, -1);
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                out.append((long) d).append(".0");
            } else {
                out.append(value instanceof Float f ? Float.toString(f) : Double.toString(d));
            }
        } else if (value instanceof Number n) {
            out.append(n.toString());
        } else if (value instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Iterable<?> it) {
            out.append('[');
            boolean first = true;
            for (Object o : it) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(o, out);
            }
            out.append(']');
        } else if (value instanceof Enum<?> e) {
            quote(e.name(), out);
        } else {
            throw new JsonException("cannot write " + value.getClass().getName() + " as JSON", -1);
        }
    }

    public static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static final class Parser {
        private final CharSequence s;
        private final int maxDepth;
        int pos;

        Parser(CharSequence s, int maxDepth) {
            this.s = s;
            this.maxDepth = maxDepth;
        }

        void skipWhitespace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                pos++;
            }
        }

        Object value(int depth) {
            if (pos >= s.length()) {
                throw new JsonException("unexpected end of JSON", pos);
            }
            char c = s.charAt(pos);
            return switch (c) {
                case '{' -> object(depth + 1);
                case '[' -> array(depth + 1);
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield number();
                    }
                    throw new JsonException("unexpected character '" + c + "'", pos);
                }
            };
        }

        private void checkDepth(int depth) {
            if (depth > maxDepth) {
                throw new JsonException("JSON nested deeper than " + maxDepth + " levels", pos);
            }
        }

        private Map<String, Object> object(int depth) {
            checkDepth(depth);
            pos++;
            Map<String, Object> map = new LinkedHashMap<>();
            skipWhitespace();
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw new JsonException("expected a string key", pos);
                }
                int keyPos = pos;
                String key = string();
                skipWhitespace();
                expect(':');
                skipWhitespace();
                Object v = value(depth);
                if (map.containsKey(key)) {
                    throw new JsonException("duplicate key \"" + key + "\"", keyPos);
                }
                map.put(key, v);
                skipWhitespace();
                char c = peek();
                pos++;
                if (c == '}') {
                    return map;
                }
                if (c != ',') {
                    throw new JsonException("expected ',' or '}'", pos - 1);
                }
            }
        }

        private List<Object> array(int depth) {
            checkDepth(depth);
            pos++;
            List<Object> list = new ArrayList<>();
            skipWhitespace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                skipWhitespace();
                list.add(value(depth));
                skipWhitespace();
                char c = peek();
                pos++;
                if (c == ']') {
                    return list;
                }
                if (c != ',') {
                    throw new JsonException("expected ',' or ']'", pos - 1);
                }
            }
        }

        private String string() {
            int start = pos;
            pos++;
            StringBuilder sb = null;
            int runStart = pos;
            while (true) {
                if (pos >= s.length()) {
                    throw new JsonException("unterminated string", start);
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    String tail = s.subSequence(runStart, pos).toString();
                    pos++;
                    return sb == null ? tail : sb.append(tail).toString();
                }
                if (c < 0x20) {
                    throw new JsonException("control character in string", pos);
                }
                if (c == '\\') {
                    if (sb == null) {
                        sb = new StringBuilder();
                    }
                    sb.append(s, runStart, pos);
                    pos++;
                    if (pos >= s.length()) {
                        throw new JsonException("unterminated escape", pos);
                    }
                    char e = s.charAt(pos++);
                    switch (e) {
                        case '"', '\\', '/' -> sb.append(e);
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            if (pos + 4 > s.length()) {
                                throw new JsonException("truncated \\u escape", pos);
                            }
                            int cp = 0;
                            for (int i = 0; i < 4; i++) {
                                int d = Character.digit(s.charAt(pos + i), 16);
                                if (d < 0) {
                                    throw new JsonException("bad \\u escape", pos);
                                }
                                cp = cp * 16 + d;
                            }
                            pos += 4;
                            sb.append((char) cp);
                        }
                        default -> throw new JsonException("bad escape '\\" + e + "'", pos - 1);
                    }
                    runStart = pos;
                } else {
                    pos++;
                }
            }
        }

        private Object number() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            if (peek() == '0') {
                pos++;
            } else if (isDigit(peek())) {
                while (isDigit(peek())) {
                    pos++;
                }
            } else {
                throw new JsonException("bad number", start);
            }
            boolean integral = true;
            if (peek() == '.') {
                integral = false;
                pos++;
                if (!isDigit(peek())) {
                    throw new JsonException("bad number", start);
                }
                while (isDigit(peek())) {
                    pos++;
                }
            }
            if (peek() == 'e' || peek() == 'E') {
                integral = false;
                pos++;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                if (!isDigit(peek())) {
                    throw new JsonException("bad number", start);
                }
                while (isDigit(peek())) {
                    pos++;
                }
            }
            String text = s.subSequence(start, pos).toString();
            if (integral) {
                if (text.length() < 19) {
                    return Long.parseLong(text);
                }
                BigInteger big = new BigInteger(text);
                return big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            double d = Double.parseDouble(text);
            if (Double.isInfinite(d)) {
                throw new JsonException("number out of range", start);
            }
            return d;
        }

        private Object literal(String word, Object value) {
            if (pos + word.length() > s.length() || !word.contentEquals(s.subSequence(pos, pos + word.length()))) {
                throw new JsonException("unexpected token", pos);
            }
            pos += word.length();
            return value;
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new JsonException("expected '" + c + "'", pos);
            }
            pos++;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
