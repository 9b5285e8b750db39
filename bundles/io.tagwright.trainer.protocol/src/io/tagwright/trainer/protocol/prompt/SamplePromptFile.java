package io.tagwright.trainer.protocol.prompt;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses kohya's sample prompt text files the way sd-scripts does: each line is stripped; empty
 * lines and lines starting with {@code #} are skipped; a line is split on {@code " --"}; the first
 * part is the prompt and every part (the prompt included, as in sd-scripts) is matched against
 * {@code w N}, {@code h N}, {@code d N}, {@code s N}, {@code l X}, {@code n TEXT} (case-insensitive).
 * Width and height are rounded down to multiples of 8 (at least 64), steps clamped to 1..1000.
 *
 * <p>Where sd-scripts silently ignores an option it cannot read, this parser also reports a
 * {@link Problem} for the line, which the IDE shows as a syntax check.
 */
public final class SamplePromptFile {

    /** A finding on one line; {@code column} is 1-based. */
    public record Problem(int line, int column, Severity severity, String message) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
        }
    }

    public enum Severity {
        ERROR, WARNING
    }

    public record Result(List<SamplePrompt> prompts, List<Problem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        }
    }

    private static final Pattern W = Pattern.compile("w (\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern H = Pattern.compile("h (\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern D = Pattern.compile("d (\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern S = Pattern.compile("s (\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern L = Pattern.compile("l ([\\d.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern N = Pattern.compile("n (.+)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final long MAX_BYTES = 4L << 20;

    private SamplePromptFile() {
    }

    public static Result load(Path file) throws IOException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException(file + ": sample prompt file is larger than " + MAX_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return parse(text);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": sample prompt file not found", e);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": sample prompt file is not UTF-8 text", e);
        }
    }

    public static Result parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<SamplePrompt> prompts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String line = raw.strip();
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int indent = raw.indexOf(line);
            prompts.add(parseLine(prompts.size(), i + 1, line, indent, problems));
        }
        return new Result(List.copyOf(prompts), List.copyOf(problems));
    }

    private static SamplePrompt parseLine(int index, int lineNo, String line, int indent, List<Problem> problems) {
        List<String> parts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = line.indexOf(" --", from);
            if (at < 0) {
                parts.add(line.substring(from));
                starts.add(from);
                break;
            }
            parts.add(line.substring(from, at));
            starts.add(from);
            from = at + 3;
        }
        String prompt = parts.get(0);
        int width = SamplePrompt.DEFAULT_SIZE;
        int height = SamplePrompt.DEFAULT_SIZE;
        int steps = SamplePrompt.DEFAULT_STEPS;
        double scale = SamplePrompt.DEFAULT_SCALE;
        Long seed = null;
        String negative = null;
        for (int p = 0; p < parts.size(); p++) {
            String part = parts.get(p);
            int col = indent + starts.get(p) + 1 - (p > 0 ? 2 : 0); // points at the "--"
            Matcher m;
            if ((m = W.matcher(part)).lookingAt()) {
                width = size(m.group(1), "--w", lineNo, col, problems, width);
            } else if ((m = H.matcher(part)).lookingAt()) {
                height = size(m.group(1), "--h", lineNo, col, problems, height);
            } else if ((m = D.matcher(part)).lookingAt()) {
                try {
                    seed = Long.parseLong(m.group(1));
                    if (seed > 0xFFFFFFFFL) {
                        problems.add(new Problem(lineNo, col, Severity.WARNING, "--d seed is above 2^32-1; it is used modulo 2^32"));
                    }
                } catch (NumberFormatException e) {
                    problems.add(new Problem(lineNo, col, Severity.ERROR, "--d seed is too large"));
                }
            } else if ((m = S.matcher(part)).lookingAt()) {
                int s = parseIntOr(m.group(1), Integer.MAX_VALUE);
                steps = Math.max(1, Math.min(1000, s));
                if (s < 1 || s > 1000) {
                    problems.add(new Problem(lineNo, col, Severity.WARNING, "--s " + m.group(1) + " is clamped to " + steps));
                }
            } else if ((m = L.matcher(part)).lookingAt()) {
                try {
                    scale = Double.parseDouble(m.group(1));
                } catch (NumberFormatException e) {
                    problems.add(new Problem(lineNo, col, Severity.ERROR, "--l needs a number, got \"" + m.group(1) + "\"; sd-scripts skips it"));
                }
            } else if ((m = N.matcher(part)).lookingAt()) {
                negative = m.group(1);
            } else if (p > 0) {
                String opt = part.isEmpty() ? "" : part.split(" ", 2)[0];
                String known = "whdsln";
                if (opt.length() == 1 && known.contains(opt.toLowerCase(Locale.ROOT))) {
                    problems.add(new Problem(lineNo, col, Severity.ERROR, "--" + opt + " needs a value"
                            + ("whds".contains(opt.toLowerCase(Locale.ROOT)) ? " (a whole number)" : "")
                            + "; sd-scripts ignores it"));
                } else {
                    problems.add(new Problem(lineNo, col, Severity.WARNING, "unknown option --" + opt + "; sd-scripts ignores it"));
                }
            }
        }
        if (isOptionLike(prompt)) {
            problems.add(new Problem(lineNo, indent + 1, Severity.WARNING,
                    "the prompt itself starts like an option (\"" + prompt.split(" ", 2)[0] + " ...\"); sd-scripts reads it as one"));
        }
        if (prompt.isBlank()) {
            problems.add(new Problem(lineNo, indent + 1, Severity.WARNING, "empty prompt"));
        }
        return new SamplePrompt(index, lineNo, prompt, negative, width, height, steps, scale, seed);
    }

    private static boolean isOptionLike(String prompt) {
        return W.matcher(prompt).lookingAt() || H.matcher(prompt).lookingAt() || D.matcher(prompt).lookingAt()
                || S.matcher(prompt).lookingAt() || L.matcher(prompt).lookingAt() || N.matcher(prompt).lookingAt();
    }

    private static int size(String digits, String opt, int line, int col, List<Problem> problems, int fallback) {
        int v = parseIntOr(digits, -1);
        if (v < 0) {
            problems.add(new Problem(line, col, Severity.ERROR, opt + " " + digits + " is too large"));
            return fallback;
        }
        int rounded = Math.max(64, v - v % 8);
        if (rounded != v) {
            problems.add(new Problem(line, col, Severity.WARNING, opt + " " + v + " becomes " + rounded + " (multiples of 8, at least 64)"));
        }
        return rounded;
    }

    private static int parseIntOr(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
