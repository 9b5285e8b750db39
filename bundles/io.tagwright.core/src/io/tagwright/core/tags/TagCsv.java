package io.tagwright.core.tags;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tag lists in the format of the a1111 tagcomplete extension: no header, one tag per line,
 * {@code tag,category,count,"alias1,alias2"} (the alias field is optional and quoted when it holds
 * commas). Malformed lines are reported with their line number; the file must be UTF-8.
 */
public final class TagCsv {

    /** A line that could not be read. */
    public static final class FormatException extends IOException {
        private static final long serialVersionUID = 1L;

        FormatException(Path file, int line, String problem) {
            super(file.getFileName() + ":" + line + ": " + problem);
        }
    }

    private TagCsv() {
    }

    public static List<TagInfo> read(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<TagInfo> tags = new ArrayList<>(150_000);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                tags.add(parse(file, n, line));
            }
        } catch (CharacterCodingException e) {
            throw new IOException(file.getFileName() + " is not UTF-8 text", e);
        }
        return tags;
    }

    static TagInfo parse(Path file, int lineNo, String line) throws FormatException {
        List<String> fields = fields(file, lineNo, line);
        if (fields.size() < 3) {
            throw new FormatException(file, lineNo, "expected tag,category,count[,aliases] but found " + fields.size() + " field(s)");
        }
        String name = fields.get(0).strip();
        if (name.isEmpty()) {
            throw new FormatException(file, lineNo, "empty tag name");
        }
        int category;
        long count;
        try {
            category = fields.get(1).isBlank() ? 0 : Integer.parseInt(fields.get(1).strip());
            count = fields.get(2).isBlank() ? 0 : Long.parseLong(fields.get(2).strip());
        } catch (NumberFormatException e) {
            throw new FormatException(file, lineNo, "category and count must be numbers");
        }
        List<String> aliases = new ArrayList<>();
        if (fields.size() > 3) {
            for (String a : fields.get(3).split(",")) {
                if (!a.isBlank()) {
                    aliases.add(a.strip());
                }
            }
        }
        return new TagInfo(name, category, count, List.copyOf(aliases));
    }

    private static List<String> fields(Path file, int lineNo, String line) throws FormatException {
        List<String> out = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new FormatException(file, lineNo, "unterminated quote");
        }
        out.add(cur.toString());
        return out;
    }
}
