package io.tagwright.core.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How Danbooru-style captions are split into tags and how tags are compared.
 *
 * <p>Tags are separated by commas. A comma inside parentheses, brackets or braces does not split, so
 * prompt weights such as {@code (red hair, blue eyes:1.2)} stay one tag, and an escaped comma
 * {@code \,} does not split either. Each tag keeps the user's spelling exactly (only the surrounding
 * whitespace is trimmed): weights and escapes such as {@code \(} are kept verbatim.
 *
 * <p>For <em>matching</em>, {@link #key(String)} treats {@code _} and space as the same, ignores case
 * and runs of whitespace, and reads {@code \(} as {@code (}: {@code Braided_Hair} matches
 * {@code braided hair}, and {@code name_(series)} matches {@code name \(series\)}.
 */
public final class CaptionSyntax {

    private CaptionSyntax() {
    }

    /** Splits a caption line into its non-empty tags, in order. */
    public static List<String> split(String line) {
        List<String> tags = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                add(tags, line, start, i);
                start = i + 1;
            }
        }
        add(tags, line, start, line.length());
        return tags;
    }

    private static void add(List<String> tags, String line, int from, int to) {
        String tag = line.substring(from, Math.min(to, line.length())).strip();
        if (!tag.isEmpty()) {
            tags.add(tag);
        }
    }

    /** Joins tags with the given separator (", " in almost every dataset). */
    public static String join(List<String> tags, String separator) {
        return String.join(separator, tags);
    }

    /** The matching key of a tag: lower case, {@code _} as space, single spaces, escapes removed. */
    public static String key(String tag) {
        StringBuilder sb = new StringBuilder(tag.length());
        boolean space = false;
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c == '\\' && i + 1 < tag.length()) {
                c = tag.charAt(++i);
            } else if (c == '_' || Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** True when both tags are the same tag for matching purposes. */
    public static boolean sameTag(String a, String b) {
        return key(a).equals(key(b));
    }

    /** Index of the first tag in {@code tags} matching {@code tag}, or -1. */
    public static int indexOf(List<String> tags, String tag) {
        String k = key(tag);
        for (int i = 0; i < tags.size(); i++) {
            if (key(tags.get(i)).equals(k)) {
                return i;
            }
        }
        return -1;
    }
}
