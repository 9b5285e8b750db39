package io.tagwright.core.caption;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The content of a caption sidecar file ({@code a.txt} next to {@code a.png}) as kohya reads it: the
 * caption is the first line; everything else in the file is kept verbatim so that writing the caption
 * back loses nothing.
 *
 * <p>Decoding never fails. UTF-8 with or without BOM, CRLF/CR/LF endings and UTF-16 with a BOM are
 * read as they are; bytes that are not valid UTF-8 are read as Windows-1252 and reported through
 * {@link #problem()}, because sd-scripts would fail on such a file. {@link #encode()} reproduces the
 * original bytes exactly for an unchanged UTF-8 caption; a caption in another encoding is written as
 * UTF-8 (the only encoding all trainers read) once it is edited.
 */
public final class CaptionFile {

    /** The encoding the file was read in. */
    public enum Encoding {
        UTF8, UTF8_BOM, UTF16LE_BOM, UTF16BE_BOM, WINDOWS_1252
    }

    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String DEFAULT_SEPARATOR = ", ";

    private final Encoding encoding;
    private final String firstLine;
    private final String lineEnding;
    private final String rest;
    private final String separator;
    private final List<String> tags;
    private final String problem;

    private CaptionFile(Encoding encoding, String firstLine, String lineEnding, String rest, String separator,
            List<String> tags, String problem) {
        this.encoding = encoding;
        this.firstLine = firstLine;
        this.lineEnding = lineEnding;
        this.rest = rest;
        this.separator = separator;
        this.tags = tags;
        this.problem = problem;
    }

    /** A new caption file (UTF-8, no BOM, no line ending) holding the given tags. */
    public static CaptionFile of(List<String> tags) {
        List<String> copy = List.copyOf(tags);
        return new CaptionFile(Encoding.UTF8, CaptionSyntax.join(copy, DEFAULT_SEPARATOR), "", "", DEFAULT_SEPARATOR,
                copy, null);
    }

    /** Decodes the bytes of a caption file; never throws. */
    public static CaptionFile decode(byte[] bytes) {
        return decode(bytes, UnaryOperator.identity());
    }

    /**
     * Decodes the bytes of a caption file, passing every tag through {@code interner} (large datasets repeat
     * the same few thousand tags millions of times); never throws.
     */
    public static CaptionFile decode(byte[] bytes, UnaryOperator<String> interner) {
        Encoding encoding;
        String text;
        String problem = null;
        if (startsWith(bytes, UTF8_BOM)) {
            encoding = Encoding.UTF8_BOM;
            try {
                text = strictUtf8(bytes, 3);
            } catch (CharacterCodingException e) {
                encoding = Encoding.WINDOWS_1252;
                text = new String(bytes, 3, bytes.length - 3, WINDOWS_1252);
                problem = notUtf8(bytes, 3);
            }
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            encoding = Encoding.UTF16LE_BOM;
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
            problem = "encoded as UTF-16; trainers read captions as UTF-8 (it is written as UTF-8 when edited)";
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            encoding = Encoding.UTF16BE_BOM;
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
            problem = "encoded as UTF-16; trainers read captions as UTF-8 (it is written as UTF-8 when edited)";
        } else {
            encoding = Encoding.UTF8;
            try {
                text = strictUtf8(bytes, 0);
            } catch (CharacterCodingException e) {
                encoding = Encoding.WINDOWS_1252;
                text = new String(bytes, WINDOWS_1252);
                problem = notUtf8(bytes, 0);
            }
        }
        return parse(encoding, text, problem, interner);
    }

    private static CaptionFile parse(Encoding encoding, String text, String problem, UnaryOperator<String> interner) {
        int eol = 0;
        while (eol < text.length() && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
            eol++;
        }
        String firstLine = text.substring(0, eol);
        String lineEnding;
        if (eol == text.length()) {
            lineEnding = "";
        } else if (text.charAt(eol) == '\r' && eol + 1 < text.length() && text.charAt(eol + 1) == '\n') {
            lineEnding = "\r\n";
        } else {
            lineEnding = text.substring(eol, eol + 1);
        }
        String rest = text.substring(eol + lineEnding.length());
        List<String> tags = CaptionSyntax.split(firstLine);
        tags.replaceAll(interner);
        tags = List.copyOf(tags);
        return new CaptionFile(encoding, firstLine, lineEnding, rest.isEmpty() ? "" : rest, separatorOf(firstLine),
                tags, problem);
    }

    /** The most frequent separator between tags of the line (", " if it has none). */
    static String separatorOf(String line) {
        int withSpace = 0;
        int bare = 0;
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0 && i + 1 < line.length()) {
                if (line.charAt(i + 1) == ' ') {
                    withSpace++;
                } else {
                    bare++;
                }
            }
        }
        return bare > withSpace ? "," : DEFAULT_SEPARATOR;
    }

    /** This file with its caption replaced by {@code newTags}; the rest of the file and its style are kept. */
    public CaptionFile withTags(List<String> newTags) {
        if (newTags.equals(tags)) {
            return this;
        }
        List<String> copy = List.copyOf(newTags);
        Encoding target = encoding == Encoding.UTF8_BOM ? Encoding.UTF8_BOM : Encoding.UTF8;
        return new CaptionFile(target, CaptionSyntax.join(copy, separator), lineEnding, rest, separator, copy, null);
    }

    /** The bytes of this caption file: identical to the decoded bytes when nothing was changed. */
    public byte[] encode() {
        String text = firstLine + lineEnding + rest;
        return switch (encoding) {
            case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
            case UTF8_BOM -> {
                byte[] body = text.getBytes(StandardCharsets.UTF_8);
                byte[] out = new byte[body.length + 3];
                System.arraycopy(UTF8_BOM, 0, out, 0, 3);
                System.arraycopy(body, 0, out, 3, body.length);
                yield out;
            }
            case UTF16LE_BOM -> concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text.getBytes(StandardCharsets.UTF_16LE));
            case UTF16BE_BOM -> concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, text.getBytes(StandardCharsets.UTF_16BE));
            case WINDOWS_1252 -> text.getBytes(WINDOWS_1252);
        };
    }

    public List<String> tags() {
        return tags;
    }

    public String firstLine() {
        return firstLine;
    }

    public Encoding encoding() {
        return encoding;
    }

    public String lineEnding() {
        return lineEnding;
    }

    /** Everything after the first line, verbatim. */
    public String rest() {
        return rest;
    }

    public String separator() {
        return separator;
    }

    /** Why trainers may misread this file, or null. */
    public String problem() {
        return problem;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaptionFile c && encoding == c.encoding && firstLine.equals(c.firstLine)
                && lineEnding.equals(c.lineEnding) && rest.equals(c.rest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(encoding, firstLine, lineEnding, rest);
    }

    @Override
    public String toString() {
        return "CaptionFile[" + encoding + ", " + firstLine + "]";
    }

    private static String strictUtf8(byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    private static String notUtf8(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int at = in.position();
        return String.format("not valid UTF-8 (byte 0x%02X at offset %d); read as Windows-1252, trainers would fail on it",
                bytes[at] & 0xFF, at);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
