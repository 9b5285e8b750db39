package io.tagwright.trainer.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Caption sidecar files as sd-scripts reads them. */
public final class Captions {

    private static final long MAX_BYTES = 1 << 20;

    private Captions() {
    }

    /**
     * The caption for {@code image}: the first line, stripped, of {@code <stem><extension>}, or of the
     * face-crop name ({@code a_b_c_d_e.png} may use {@code a.txt}) as sd-scripts also tries; null
     * when neither file exists. A UTF-8 byte order mark is dropped (sd-scripts would keep it as a
     * character). Throws {@link DatasetException} for a file that is empty, too large or not UTF-8.
     */
    public static String read(Path image, String extension) {
        for (Path p : candidates(image, extension)) {
            if (Files.isRegularFile(p)) {
                return firstLine(p);
            }
        }
        return null;
    }

    /** The caption file names sd-scripts tries for {@code image}, in order. */
    public static List<Path> candidates(Path image, String extension) {
        String base = ImageFiles.stem(image.toString());
        Path first = Path.of(base + extension);
        String name = Path.of(base).getFileName().toString();
        String[] tokens = name.split("_", -1);
        if (tokens.length >= 5) {
            String face = String.join("_", java.util.Arrays.copyOf(tokens, tokens.length - 4));
            Path second = Path.of(base).resolveSibling(face + extension);
            if (!second.equals(first)) {
                return List.of(first, second);
            }
        }
        return List.of(first);
    }

    static String firstLine(Path p) {
        byte[] bytes;
        try {
            if (Files.size(p) > MAX_BYTES) {
                throw new DatasetException(p + ": caption file is larger than 1 MiB");
            }
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new DatasetException(p + ": cannot read caption file: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DatasetException(p + ": caption file is not UTF-8 text (save it as UTF-8)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            throw new DatasetException(p + ": caption file is empty (sd-scripts stops on this; write the caption or delete the file)");
        }
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return pyStrip(text.substring(0, end));
    }

    /** Python's {@code str.strip()}: removes Unicode whitespace at both ends. */
    public static String pyStrip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isPySpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isPySpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isPySpace(char c) {
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || Character.isSpaceChar(c)
                || Character.isWhitespace(c);
    }
}
