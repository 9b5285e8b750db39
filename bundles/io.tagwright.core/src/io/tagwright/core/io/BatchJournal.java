package io.tagwright.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Writes many files as one batch that survives a crash at any point: afterwards every file is either
 * entirely old or entirely new, and the whole batch is either applied or not.
 *
 * <p>Protocol, in a journal folder (the dataset's metadata area):
 * <ol>
 * <li>the journal {@code <id>.journal} is written atomically in state {@code prepare}, listing every
 * target and the temporary file that will hold its new content;
 * <li>each new content is written to its temporary file beside the target;
 * <li>the journal is rewritten atomically in state {@code commit} &mdash; the point of no return;
 * <li>each temporary file is renamed over its target; then the journal is deleted.
 * </ol>
 * {@link #recover(Path)} (run when a dataset is opened) deletes the temporary files of a journal still in
 * {@code prepare} (nothing was replaced yet) and finishes the renames of a journal in {@code commit}.
 */
public final class BatchJournal {

    private static final String MAGIC = "tagwright-journal 1";
    private static final String SUFFIX = ".journal";

    /** What recovery did, for the log and for tests. */
    public record Recovery(int rolledBack, int rolledForward) {
        public boolean nothingToDo() {
            return rolledBack == 0 && rolledForward == 0;
        }
    }

    private final Path journalDir;
    private final boolean sync;

    /**
     * @param sync flush every file to disk before the commit point: protects against power loss, not just
     *             against a killed process (which page-cache writes survive anyway)
     */
    public BatchJournal(Path journalDir, boolean sync) {
        this.journalDir = journalDir;
        this.sync = sync;
    }

    /** Writes all {@code contents} (target → new bytes) as one crash-safe batch. */
    public void write(Map<Path, byte[]> contents, IProgressMonitor monitor) throws IOException {
        if (contents.isEmpty()) {
            return;
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Writing " + contents.size() + " files", contents.size() * 2 + 2);
        Files.createDirectories(journalDir);
        String id = UUID.randomUUID().toString();
        Path journal = journalDir.resolve(id + SUFFIX);
        Map<Path, Path> temps = new LinkedHashMap<>();
        for (Path target : contents.keySet()) {
            Path abs = target.toAbsolutePath().normalize();
            temps.put(abs, abs.resolveSibling("." + abs.getFileName() + "." + id + AtomicFiles.TEMP_SUFFIX));
        }
        AtomicFiles.write(journal, render("prepare", temps));
        sub.worked(1);
        boolean committed = false;
        try {
            for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
                if (sub.isCanceled()) {
                    throw new OperationCanceledException();
                }
                Path abs = e.getKey().toAbsolutePath().normalize();
                AtomicFiles.writeNew(temps.get(abs), e.getValue(), sync, abs);
                sub.worked(1);
            }
            AtomicFiles.write(journal, render("commit", temps));
            committed = true;
            sub.worked(1);
            Set<Path> dirs = new HashSet<>();
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                AtomicFiles.moveOver(e.getValue(), e.getKey());
                dirs.add(e.getKey().getParent());
                sub.worked(1);
            }
            if (sync) {
                dirs.forEach(AtomicFiles::syncDirectory);
            }
            Files.delete(journal);
        } finally {
            if (!committed) {
                for (Path temp : temps.values()) {
                    Files.deleteIfExists(temp);
                }
                Files.deleteIfExists(journal);
            }
        }
    }

    /** Completes or rolls back every batch left behind by a crash. */
    public static Recovery recover(Path journalDir) throws IOException {
        if (!Files.isDirectory(journalDir)) {
            return new Recovery(0, 0);
        }
        int back = 0;
        int forward = 0;
        List<Path> journals = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(journalDir, "*" + SUFFIX)) {
            ds.forEach(journals::add);
        }
        for (Path journal : journals) {
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !MAGIC.equals(lines.get(0))) {
                throw new IOException("unreadable batch journal " + journal + ": remove it after checking the files it names");
            }
            boolean commit = "commit".equals(lines.get(1));
            for (String line : lines.subList(2, lines.size())) {
                int tab = line.indexOf('\t');
                Path target = Path.of(unescape(line.substring(0, tab)));
                Path temp = Path.of(unescape(line.substring(tab + 1)));
                if (!Files.exists(temp)) {
                    continue;
                }
                if (commit) {
                    AtomicFiles.moveOver(temp, target);
                    forward++;
                } else {
                    Files.delete(temp);
                    back++;
                }
            }
            Files.delete(journal);
        }
        return new Recovery(back, forward);
    }

    private static byte[] render(String state, Map<Path, Path> temps) {
        StringBuilder sb = new StringBuilder(MAGIC).append('\n').append(state).append('\n');
        for (Map.Entry<Path, Path> e : temps.entrySet()) {
            sb.append(escape(e.getKey().toString())).append('\t').append(escape(e.getValue().toString())).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** File names may hold tabs and line breaks; the journal is one entry per line. */
    private static String escape(String path) {
        return path.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
