package io.tagwright.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes that never leave a half-written file behind: the data goes to a temporary file in the same
 * folder, which is then renamed over the target (an atomic replace on every local file system).
 */
public final class AtomicFiles {

    /** Suffix of every temporary file we create, so stale ones can be recognised and cleaned up. */
    public static final String TEMP_SUFFIX = ".tw-tmp";

    private AtomicFiles() {
    }

    /** Atomically replaces (or creates) {@code target} with {@code data}, flushed to disk. */
    public static void write(Path target, byte[] data) throws IOException {
        Path temp = writeTemp(target, data, true);
        try {
            moveOver(temp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * Writes {@code data} to a new temporary file beside {@code target} (keeping the target's permissions)
     * and returns it; the caller renames it with {@link #moveOver(Path, Path)}.
     */
    public static Path writeTemp(Path target, byte[] data, boolean sync) throws IOException {
        Path temp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
        writeNew(temp, data, sync, target);
        return temp;
    }

    /** Writes {@code data} to {@code file}, which must not exist yet, with the permissions of {@code like}. */
    public static void writeNew(Path file, byte[] data, boolean sync, Path like) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(data);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            if (sync) {
                ch.force(true);
            }
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        copyPermissions(like, file);
    }

    /** Renames {@code temp} over {@code target} atomically. */
    public static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot replace " + target + " atomically on this file system", e);
        }
    }

    /** Makes a completed rename durable; ignored where directories cannot be opened (not POSIX). */
    public static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the rename itself is atomic; only durability across power loss is at stake
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
            if (view != null && Files.exists(from)) {
                Set<PosixFilePermission> perms = view.readAttributes().permissions();
                Files.setPosixFilePermissions(to, perms);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // keep the default permissions of a new file
        }
    }
}
