package io.tagwright.core.refactor;

import java.util.regex.Pattern;

import io.tagwright.core.caption.CaptionSyntax;

/**
 * A tag, or a glob over tags ({@code *} any run of characters, {@code ?} one character; {@code \*} is a
 * literal star), matched like tags are: {@code _} ≡ space, any case. {@code *_background} matches
 * {@code simple background} and {@code Red_Background}.
 */
public final class TagPattern {

    private final String text;
    private final String key;
    private final Pattern glob;

    private TagPattern(String text, String key, Pattern glob) {
        this.text = text;
        this.key = key;
        this.glob = glob;
    }

    public static TagPattern of(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty tag");
        }
        if (!hasWildcard(t)) {
            return new TagPattern(t, CaptionSyntax.key(t), null);
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() && (t.charAt(i + 1) == '*' || t.charAt(i + 1) == '?')) {
                literal.append(t.charAt(++i));
            } else if (c == '*' || c == '?') {
                flush(literal, regex);
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        flush(literal, regex);
        return new TagPattern(t, null, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    private static void flush(StringBuilder literal, StringBuilder regex) {
        if (literal.length() > 0) {
            // keep spaces at the edges of a fragment: "*_hair" must keep its leading space after key()
            String s = literal.toString().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
            regex.append(Pattern.quote(s));
            literal.setLength(0);
        }
    }

    static boolean hasWildcard(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?') {
                return true;
            }
        }
        return false;
    }

    public boolean isGlob() {
        return glob != null;
    }

    /** The pattern as the user wrote it. */
    public String text() {
        return text;
    }

    /** Whether a tag's matching key ({@link CaptionSyntax#key}) matches. */
    public boolean matchesKey(String tagKey) {
        return glob == null ? key.equals(tagKey) : glob.matcher(tagKey).matches();
    }

    public boolean matches(String tag) {
        return matchesKey(CaptionSyntax.key(tag));
    }

    @Override
    public String toString() {
        return text;
    }
}
