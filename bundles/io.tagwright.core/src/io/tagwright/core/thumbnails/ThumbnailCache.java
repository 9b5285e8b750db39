package io.tagwright.core.thumbnails;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tagwright.core.io.AtomicFiles;

/**
 * Small previews of a dataset's images, kept on disk (under the dataset's metadata folder) so that a gallery
 * of 100,000 images decodes each image once, not on every scroll. A thumbnail is keyed by the image's path,
 * byte size and modification time, so an edited image gets a new one. The folder is bounded in bytes: when
 * it grows past the bound, the least recently used thumbnails are deleted (use is remembered in the files'
 * modification times, so it survives restarts).
 *
 * <p>Thread-safe: many jobs may ask for thumbnails at once. Decoding happens outside any lock; two threads
 * asking for the same missing thumbnail may both decode it, and the second write simply replaces the first.
 */
public final class ThumbnailCache {

    /** The cache folder's name inside a dataset's metadata folder. */
    public static final String FOLDER = "thumbnails";

    private final Path dir;
    private final int edge;
    private final LinkedHashMap<String, Long> files = new LinkedHashMap<>(256, 0.75f, true);
    private long maxBytes;
    private long totalBytes;
    private boolean loaded;

    /**
     * @param dir the cache folder (created when the first thumbnail is written)
     * @param edge the longest side of a thumbnail in pixels
     * @param maxBytes how many bytes the folder may hold
     */
    public ThumbnailCache(Path dir, int edge, long maxBytes) {
        if (edge < 8) {
            throw new IllegalArgumentException("thumbnail edge must be at least 8 pixels: " + edge);
        }
        this.dir = dir;
        this.edge = edge;
        this.maxBytes = maxBytes;
    }

    public Path dir() {
        return dir;
    }

    public int edge() {
        return edge;
    }

    /**
     * The thumbnail of an image, made now if it is not cached yet.
     *
     * @param image the image file
     * @param size its size in bytes and {@code mtime} its modification time, as the dataset knows them
     * @throws IOException if the image cannot be read or decoded (the message names the file)
     */
    public Path thumbnail(Path image, long size, long mtime) throws IOException {
        Path cached = cached(image, size, mtime);
        if (cached != null) {
            return cached;
        }
        Thumbnails.Encoded encoded = Thumbnails.make(image, edge);
        String name = name(image, size, mtime) + encoded.extension();
        Path target = dir.resolve(name.substring(0, 2)).resolve(name);
        Files.createDirectories(target.getParent());
        Path temp = AtomicFiles.writeTemp(target, encoded.bytes(), false);
        try {
            AtomicFiles.moveOver(temp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        synchronized (this) {
            ensureLoaded();
            Long old = files.put(name, (long) encoded.bytes().length);
            totalBytes += encoded.bytes().length - (old == null ? 0 : old);
            trim();
        }
        return target;
    }

    /** The cached thumbnail, or null if there is none for this version of the image; never decodes. */
    public Path cached(Path image, long size, long mtime) {
        String stem = name(image, size, mtime);
        for (String ext : Thumbnails.EXTENSIONS) {
            String name = stem + ext;
            Path p = dir.resolve(name.substring(0, 2)).resolve(name);
            if (Files.isRegularFile(p)) {
                touch(name, p);
                return p;
            }
        }
        return null;
    }

    /** Bytes the cache folder holds now. */
    public synchronized long bytesOnDisk() {
        ensureLoaded();
        return totalBytes;
    }

    /** Number of thumbnails on disk. */
    public synchronized int count() {
        ensureLoaded();
        return files.size();
    }

    /** Changes the bound and deletes least recently used thumbnails until the folder fits it. */
    public synchronized void setMaxBytes(long maxBytes) {
        this.maxBytes = maxBytes;
        ensureLoaded();
        trim();
    }

    private void touch(String name, Path p) {
        synchronized (this) {
            ensureLoaded();
            if (files.get(name) == null) { // made by another cache instance meanwhile
                try {
                    long bytes = Files.size(p);
                    files.put(name, bytes);
                    totalBytes += bytes;
                } catch (IOException e) {
                    return;
                }
            }
        }
        try {
            Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // recency is a hint; a thumbnail that cannot be touched is merely evicted earlier
        }
    }

    /** Evicts the least recently used thumbnails while over the bound (down to 90% of it, so trims are rare). */
    private void trim() {
        if (totalBytes <= maxBytes) {
            return;
        }
        long goal = maxBytes - maxBytes / 10;
        Iterator<Map.Entry<String, Long>> it = files.entrySet().iterator();
        while (totalBytes > goal && it.hasNext()) {
            Map.Entry<String, Long> e = it.next();
            String name = e.getKey();
            try {
                Files.deleteIfExists(dir.resolve(name.substring(0, 2)).resolve(name));
            } catch (IOException ex) {
                continue; // in use elsewhere; try the next one
            }
            totalBytes -= e.getValue();
            it.remove();
        }
    }

    /** Reads what the folder holds, oldest use first, the first time the cache needs to know. */
    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        loaded = true;
        record Found(String name, long bytes, long used) {
        }
        List<Found> found = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir)) {
                for (Path shard : shards) {
                    if (!Files.isDirectory(shard)) {
                        continue;
                    }
                    try (DirectoryStream<Path> in = Files.newDirectoryStream(shard)) {
                        for (Path f : in) {
                            String n = f.getFileName().toString();
                            if (Thumbnails.isThumbnailName(n)) {
                                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                                found.add(new Found(n, a.size(), a.lastModifiedTime().toMillis()));
                            }
                        }
                    }
                }
            } catch (NoSuchFileException e) {
                // removed meanwhile: an empty cache
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the thumbnail cache " + dir, e);
            }
        }
        found.sort(Comparator.comparingLong(Found::used));
        for (Found f : found) {
            files.put(f.name(), f.bytes());
            totalBytes += f.bytes();
        }
    }

    private String name(Path image, long size, long mtime) {
        String key = image.toAbsolutePath().normalize() + "|" + size + "|" + mtime + "|" + edge;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
