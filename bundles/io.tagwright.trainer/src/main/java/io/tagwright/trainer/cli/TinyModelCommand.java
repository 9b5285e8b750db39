package io.tagwright.trainer.cli;

import io.tagwright.trainer.demo.DemoModel;
import io.tagwright.trainer.demo.DemoTokenizer;
import io.tagwright.trainer.protocol.files.AtomicFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code tiny-model DIR [--captions FOLDER] [--prompts FILE] [--seed N] [--force]}: writes the demo's tiny
 * SD1.5-topology model with random weights as a diffusers folder, with a small tokenizer learned from the
 * caption files under {@code FOLDER} (and the sample prompts), so a dataset can be trained end to end on a
 * CPU in a minute or two without any real model. The folder appears complete or not at all.
 */
final class TinyModelCommand {
    static final String USAGE = "usage: tiny-model DIR [--captions FOLDER] [--prompts FILE] [--seed N] [--force]";
    static final Set<String> VALUED = Set.of("captions", "prompts", "seed");
    static final Set<String> FLAGS = Set.of("force");

    /** Merges learned for the demo tokenizer: enough for captions of a few dozen distinct tags. */
    private static final int MERGES = 200;
    private static final Set<String> CAPTION_EXTENSIONS = Set.of(".txt", ".caption");

    private final PrintStream out;
    private final PrintStream err;

    TinyModelCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Args a) throws UsageException, IOException {
        if (a.positional().size() != 1) {
            throw new UsageException("tiny-model takes exactly one folder");
        }
        Path dir = Path.of(a.positional().get(0)).toAbsolutePath().normalize();
        if (Files.exists(dir) && !a.flag("force")) {
            err.println("error: " + dir + " already exists; use --force to replace it");
            return ExitCode.USAGE.code();
        }
        long seed;
        try {
            seed = a.get("seed") == null ? 1234 : Long.parseLong(a.get("seed"));
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number, not " + a.get("seed"));
        }
        List<String> texts = new ArrayList<>();
        if (a.get("captions") != null) {
            texts.addAll(captions(Path.of(a.get("captions"))));
        }
        if (a.get("prompts") != null) {
            texts.add(Files.readString(Path.of(a.get("prompts")), StandardCharsets.UTF_8));
        }
        DemoTokenizer tokenizer = DemoTokenizer.learn(texts, MERGES);

        Files.createDirectories(dir.getParent());
        Path partial = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".");
        try {
            AtomicFiles.usualPermissions(partial, dir);
            DemoModel.write(partial, tokenizer, seed);
            if (Files.exists(dir)) {
                deleteTree(dir);
            }
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(partial)) {
                deleteTree(partial);
            }
        }
        out.println("wrote a tiny SD1.5-topology model with random weights to " + dir + " (tokenizer of "
                + tokenizer.vocabSize() + " entries learned from " + texts.size() + " texts)");
        return ExitCode.OK.code();
    }

    /** The first line of every caption file under {@code folder}; unreadable files are skipped with a note. */
    private List<String> captions(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("the caption folder " + folder + " does not exist");
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot < 0 || !CAPTION_EXTENSIONS.contains(name.substring(dot))) {
                    continue;
                }
                try {
                    String text = Files.readString(f, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                    texts.add(text.replace("\uFEFF", ""));
                } catch (CharacterCodingException e) {
                    err.println("note: " + f + " is not UTF-8; left out of the tokenizer");
                }
            }
        }
        return texts;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
