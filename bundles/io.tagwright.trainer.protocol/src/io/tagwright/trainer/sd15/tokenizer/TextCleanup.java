package io.tagwright.trainer.sd15.tokenizer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How text is cleaned before CLIP's pre-tokenizer regex runs.
 *
 * <p>transformers' {@code CLIPTokenizer} has two paths, chosen by whether {@code ftfy} is importable.
 * kohya's requirements install ftfy, so {@link #FTFY} is what a real sd-scripts run does and is the
 * default. {@link #BASIC} reproduces the fallback through BERT's {@code BasicTokenizer} (every
 * punctuation character becomes its own token and accents are stripped); the reference goldens in
 * {@code sd15-tiny/goldens/tokenizer.json} were produced on that path.
 */
public enum TextCleanup {
    /**
     * {@code whitespace_clean(ftfy.fix_text(text)).lower()}. Of ftfy's fixes this applies the ones that
     * change real captions: NFC, curly quotes to straight ones, Latin ligatures and full-width forms
     * to their plain letters, and removal of control characters. Mojibake repair is not attempted.
     */
    FTFY,
    /** transformers' fallback without ftfy: {@code BasicTokenizer(do_lower_case=True)} then joined by spaces. */
    BASIC;

    String clean(String text) {
        return this == FTFY ? ftfyLike(text) : String.join(" ", basicTokens(text));
    }

    private static String ftfyLike(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> sb.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> sb.append('"');
                case '\t', '\n', '\r', '\u000B', '\u000C' -> sb.append(' ');
                default -> {
                    if ((cp >= 0xFB00 && cp <= 0xFB06) || (cp >= 0xFF01 && cp <= 0xFF5E) || cp == 0x3000) {
                        sb.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
                    } else if (Character.getType(cp) == Character.CONTROL) {
                        // ftfy removes the remaining C0/C1 controls
                        continue;
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
        return collapseWhitespace(sb.toString()).toLowerCase(java.util.Locale.ROOT);
    }

    /** Python's {@code re.sub(r"\s+", " ", text).strip()}. */
    static String collapseWhitespace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isPythonSpace(cp)) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** Python's {@code str.isspace()} / Unicode {@code \s}. */
    static boolean isPythonSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0
                || Character.isSpaceChar(cp) || Character.isWhitespace(cp);
    }

    /** BERT's BasicTokenizer as transformers 4.30 configures it for CLIP (lower case, strip accents, split punctuation). */
    static List<String> basicTokens(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0 || cp == 0xFFFD || isBertControl(cp)) {
                continue;
            }
            if (isBertWhitespace(cp)) {
                cleaned.append(' ');
            } else if (isCjk(cp)) {
                cleaned.append(' ').appendCodePoint(cp).append(' ');
            } else {
                cleaned.appendCodePoint(cp);
            }
        }
        String normalized = Normalizer.normalize(cleaned, Normalizer.Form.NFC);
        List<String> out = new ArrayList<>();
        for (String token : splitOnSpace(normalized)) {
            String lower = token.toLowerCase(java.util.Locale.ROOT);
            String stripped = stripAccents(lower);
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < stripped.length();) {
                int cp = stripped.codePointAt(i);
                i += Character.charCount(cp);
                if (isBertPunctuation(cp)) {
                    if (current.length() > 0) {
                        out.add(current.toString());
                        current.setLength(0);
                    }
                    out.add(new String(Character.toChars(cp)));
                } else {
                    current.appendCodePoint(cp);
                }
            }
            if (current.length() > 0) {
                out.add(current.toString());
            }
        }
        List<String> result = new ArrayList<>(out.size());
        for (String t : out) {
            result.addAll(splitOnSpace(t));
        }
        return result;
    }

    private static List<String> splitOnSpace(CharSequence s) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < s.length()) {
            int cp = Character.codePointAt(s, i);
            int next = i + Character.charCount(cp);
            if (isPythonSpace(cp)) {
                if (start >= 0) {
                    parts.add(s.subSequence(start, i).toString());
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i = next;
        }
        if (start >= 0) {
            parts.add(s.subSequence(start, s.length()).toString());
        }
        return parts;
    }

    private static String stripAccents(String s) {
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length();) {
            int cp = nfd.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static boolean isBertWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    private static boolean isBertControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int t = Character.getType(cp);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED
                || t == Character.PRIVATE_USE || t == Character.SURROGATE;
    }

    private static boolean isBertPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B820 && cp <= 0x2CEAF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
