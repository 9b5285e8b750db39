package io.tagwright.core.refactor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.model.ImageEntry;

/**
 * Replaces by regular expression (Java syntax; {@code $1} refers to a group), either in each tag on its
 * own or in the whole caption line.
 *
 * <ul>
 * <li>{@link Mode#PER_TAG}: the expression must match a whole tag or part of it; a tag that becomes empty
 * is removed, one that becomes "a, b" turns into two tags, and a result the caption already has is merged
 * into it (no duplicates).
 * <li>{@link Mode#WHOLE_CAPTION}: the expression runs over the caption as it reads ({@code ", "} between
 * tags), and the result is split into tags again.
 * </ul>
 */
public final class ReplaceRegex extends CaptionRefactoring {

    public enum Mode {
        PER_TAG, WHOLE_CAPTION
    }

    private final Pattern pattern;
    private final String replacement;
    private final Mode mode;

    /** @throws IllegalArgumentException with the position and reason when the expression is invalid */
    public ReplaceRegex(String regex, String replacement, Mode mode, boolean ignoreCase) {
        try {
            this.pattern = Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression at position " + Math.max(0, e.getIndex()) + ": "
                    + e.getDescription(), e);
        }
        this.replacement = replacement;
        this.mode = mode;
        checkReplacement();
    }

    /** Group references in the replacement must exist: "$3" with two groups fails here, not midway. */
    private void checkReplacement() {
        int groups = pattern.matcher("").groupCount();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\\') {
                if (i + 1 >= replacement.length()) {
                    throw new IllegalArgumentException("the replacement ends with a lone backslash");
                }
                i++;
            } else if (c == '$') {
                if (i + 1 >= replacement.length()) {
                    throw new IllegalArgumentException("the replacement ends with a lone '$' (write \\$ for a dollar sign)");
                }
                char n = replacement.charAt(i + 1);
                if (n == '{') {
                    int end = replacement.indexOf('}', i);
                    if (end < 0) {
                        throw new IllegalArgumentException("unclosed group name at position " + i + " of the replacement");
                    }
                    String name = replacement.substring(i + 2, end);
                    if (!pattern.namedGroups().containsKey(name)) {
                        throw new IllegalArgumentException("the expression has no group named '" + name + "'");
                    }
                } else if (Character.isDigit(n)) {
                    if (n - '0' > groups) {
                        throw new IllegalArgumentException("the replacement refers to group $" + n + " but the expression has "
                                + groups + " group(s)");
                    }
                } else {
                    throw new IllegalArgumentException("'$' must be followed by a group number or {name} (write \\$ for a dollar sign)");
                }
            }
        }
    }

    @Override
    public String label() {
        return "Replace /" + pattern.pattern() + "/ with '" + replacement + "'" + (mode == Mode.PER_TAG ? " in each tag" : " in captions");
    }

    @Override
    protected List<String> rewrite(RefactoringContext ctx, ImageEntry e, List<String> tags) {
        if (mode == Mode.WHOLE_CAPTION) {
            String line = CaptionSyntax.join(tags, ", ");
            Matcher m = pattern.matcher(line);
            if (!m.find()) {
                return tags;
            }
            return CaptionSyntax.split(m.replaceAll(replacement));
        }
        List<String> out = null;
        Set<String> keys = null;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            Matcher m = pattern.matcher(tag);
            if (!m.find()) {
                if (out != null) {
                    out.add(tag); // unchanged tags always stay; their keys are already reserved
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tags.size());
                keys = new HashSet<>();
                for (String earlier : tags.subList(0, i)) {
                    out.add(earlier);
                    keys.add(ctx.key(earlier));
                }
                // unchanged tags after this one keep their place; a replacement that equals one of them merges
                for (String later : tags.subList(i + 1, tags.size())) {
                    if (!pattern.matcher(later).find()) {
                        keys.add(ctx.key(later));
                    }
                }
            }
            for (String produced : CaptionSyntax.split(m.replaceAll(replacement))) {
                String k = ctx.key(produced);
                if (keys.add(k)) {
                    out.add(produced);
                }
            }
        }
        return out == null ? tags : out;
    }
}
