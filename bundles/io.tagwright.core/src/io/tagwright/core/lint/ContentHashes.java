package io.tagwright.core.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 of image files, remembered by (path, size, modification time) so that a file is read again only
 * when it changed. Thread-safe.
 */
public final class ContentHashes {

    private record Stamped(long size, long mtime, String hash) {
    }

    private final Map<Path, Stamped> cache = new ConcurrentHashMap<>();

    /** The file's SHA-256 in hex; reads it unless the cache has it for this size and time. */
    public String hash(Path file, long size, long mtime) throws IOException {
        Stamped s = cache.get(file);
        if (s != null && s.size() == size && s.mtime() == mtime) {
            return s.hash();
        }
        String h = sha256(file);
        cache.put(file, new Stamped(size, mtime, h));
        return h;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
