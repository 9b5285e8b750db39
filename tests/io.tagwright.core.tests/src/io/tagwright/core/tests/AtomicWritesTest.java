package io.tagwright.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.io.AtomicFiles;
import io.tagwright.core.io.BatchJournal;

class AtomicWritesTest {

    @TempDir
    Path dir;

    @Test
    void replacesContentAndKeepsPermissionsWithoutLeavingTemporaryFiles() throws IOException {
        Path f = dir.resolve("a b.txt");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(f, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(f));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals(List.of("a b.txt"), names());
    }

    @Test
    void aFailedWriteLeavesTheOriginalIntact() throws IOException {
        Path f = dir.resolve("missing-folder").resolve("x.txt");
        assertThrows(IOException.class, () -> AtomicFiles.write(f, new byte[] { 1 }));
        Path g = dir.resolve("g.txt");
        Files.writeString(g, "keep");
        Files.createDirectory(dir.resolve("g.txt.dir"));
        // the target is a directory: the rename must fail and the temporary file must be gone
        assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("g.txt.dir"), new byte[] { 1 }));
        assertEquals("keep", Files.readString(g));
        assertEquals(List.of("g.txt", "g.txt.dir"), names());
    }

    @Test
    void batchWritesEveryFileAndCleansUp() throws IOException {
        Map<Path, byte[]> batch = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            Path f = dir.resolve("c" + i + ".txt");
            Files.writeString(f, "old " + i);
            batch.put(f, ("new " + i).getBytes(StandardCharsets.UTF_8));
        }
        Path journal = dir.resolve(".journal");
        new BatchJournal(journal, false).write(batch, new NullProgressMonitor());
        for (int i = 0; i < 20; i++) {
            assertEquals("new " + i, Files.readString(dir.resolve("c" + i + ".txt")));
        }
        try (Stream<Path> s = Files.list(journal)) {
            assertEquals(0, s.count());
        }
        assertFalse(names().stream().anyMatch(n -> n.endsWith(AtomicFiles.TEMP_SUFFIX)));
    }

    @Test
    void crashBeforeCommitRollsBackAndCrashAfterCommitRollsForward() throws IOException {
        Path journal = dir.resolve(".journal");
        Files.createDirectories(journal);
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b\tname.txt");
        Files.writeString(a, "old a");
        Files.writeString(b, "old b");
        Path ta = dir.resolve(".a.txt.1" + AtomicFiles.TEMP_SUFFIX);
        Path tb = dir.resolve(".b\tname.txt.1" + AtomicFiles.TEMP_SUFFIX);

        // state of a process killed while writing the new contents
        Files.writeString(ta, "new a");
        Files.writeString(tb, "new b (half");
        Files.writeString(journal.resolve("1.journal"), "tagwright-journal 1\nprepare\n" + a + "\t" + ta + "\n"
                + dir.resolve("b\\tname.txt") + "\t" + dir.resolve(".b\\tname.txt.1" + AtomicFiles.TEMP_SUFFIX) + "\n");
        BatchJournal.Recovery r = BatchJournal.recover(journal);
        assertEquals(2, r.rolledBack());
        assertEquals("old a", Files.readString(a));
        assertEquals("old b", Files.readString(b));
        assertFalse(Files.exists(ta));
        assertFalse(Files.exists(tb));

        // state of a process killed after the commit point, one rename done
        Files.writeString(a, "new a");
        Files.writeString(tb, "new b");
        Files.writeString(journal.resolve("2.journal"), "tagwright-journal 1\ncommit\n" + a + "\t" + ta + "\n"
                + dir.resolve("b\\tname.txt") + "\t" + dir.resolve(".b\\tname.txt.1" + AtomicFiles.TEMP_SUFFIX) + "\n");
        r = BatchJournal.recover(journal);
        assertEquals(1, r.rolledForward());
        assertEquals("new a", Files.readString(a));
        assertEquals("new b", Files.readString(b));
        assertTrue(BatchJournal.recover(journal).nothingToDo());
    }

    @Test
    void recoveryRefusesAnUnreadableJournal() throws IOException {
        Path journal = dir.resolve(".journal");
        Files.createDirectories(journal);
        Files.writeString(journal.resolve("x.journal"), "garbage");
        IOException e = assertThrows(IOException.class, () -> BatchJournal.recover(journal));
        assertTrue(e.getMessage().contains("x.journal"), e.getMessage());
    }

    @Test
    void contentOfABatchIsExact() throws IOException {
        Path f = dir.resolve("bin.txt");
        byte[] data = new byte[256];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        new BatchJournal(dir.resolve(".j"), true).write(Map.of(f, data), new NullProgressMonitor());
        assertArrayEquals(data, Files.readAllBytes(f));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".journal")).sorted().toList();
        }
    }
}
