package io.tagwright.trainer.io;

import io.tagwright.trainer.protocol.json.Json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects tensors and writes them as one safetensors file.
 *
 * <p>The layout follows the reference implementation so that files are byte-for-byte what Python's
 * {@code safetensors} writes for the same content: {@code __metadata__} first, tensors ordered by
 * element size (largest first) and then by name, data in that order, header padded with spaces to a
 * multiple of 8 bytes. Metadata keys are written sorted so the output never depends on map order.
 * {@link #write(Path)} is atomic: a temporary file in the target folder, flushed, then renamed.
 */
public final class SafetensorsWriter {

    private record Entry(String name, DType dtype, long[] shape, ByteBuffer data) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, String> metadata = new TreeMap<>();

    public SafetensorsWriter putMetadata(String key, String value) {
        metadata.put(key, value);
        return this;
    }

    public SafetensorsWriter putMetadata(Map<String, String> values) {
        values.forEach(this::putMetadata);
        return this;
    }

    /** Adds a tensor from little-endian bytes (the buffer's remaining bytes; it is not copied). */
    public SafetensorsWriter add(String name, DType dtype, long[] shape, ByteBuffer littleEndianData) {
        if (METADATA.equals(name)) {
            throw new IllegalArgumentException("'__metadata__' cannot be a tensor name");
        }
        long numel = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            numel = Math.multiplyExact(numel, d);
        }
        if (littleEndianData.remaining() != numel * dtype.byteSize()) {
            throw new IllegalArgumentException("tensor '" + name + "' " + dtype + " " + Arrays.toString(shape)
                    + " needs " + numel * dtype.byteSize() + " bytes, got " + littleEndianData.remaining());
        }
        if (entries.put(name, new Entry(name, dtype, shape.clone(), littleEndianData.slice())) != null) {
            throw new IllegalArgumentException("tensor '" + name + "' added twice");
        }
        return this;
    }

    /** Adds float values, encoded as F32, F16 or BF16 (rounding to nearest even, as PyTorch casts). */
    public SafetensorsWriter addFloats(String name, DType dtype, long[] shape, float[] values) {
        ByteBuffer buf = ByteBuffer.allocate(values.length * dtype.byteSize()).order(ByteOrder.LITTLE_ENDIAN);
        switch (dtype) {
            case F32 -> buf.asFloatBuffer().put(values);
            case F16 -> {
                for (float v : values) {
                    buf.putShort(HalfFloats.toF16(v));
                }
            }
            case BF16 -> {
                for (float v : values) {
                    buf.putShort(HalfFloats.toBF16(v));
                }
            }
            case F64 -> {
                for (float v : values) {
                    buf.putDouble(v);
                }
            }
            default -> throw new IllegalArgumentException("cannot encode floats as " + dtype);
        }
        buf.rewind();
        return add(name, dtype, shape, buf);
    }

    public SafetensorsWriter addLongs(String name, long[] shape, long[] values) {
        ByteBuffer buf = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        buf.asLongBuffer().put(values);
        return add(name, DType.I64, shape, buf);
    }

    public SafetensorsWriter addDoubles(String name, long[] shape, double[] values) {
        ByteBuffer buf = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        buf.asDoubleBuffer().put(values);
        return add(name, DType.F64, shape, buf);
    }

    private static final String METADATA = "__metadata__";

    private List<Entry> ordered() {
        List<Entry> list = new ArrayList<>(entries.values());
        list.sort(Comparator.comparingInt((Entry e) -> -e.dtype.byteSize()).thenComparing(Entry::name));
        return list;
    }

    /** The header bytes (JSON padded with spaces to a multiple of 8), without the length prefix. */
    public byte[] header() {
        Map<String, Object> header = new LinkedHashMap<>();
        if (!metadata.isEmpty()) {
            header.put(METADATA, new LinkedHashMap<>(metadata));
        }
        long offset = 0;
        for (Entry e : ordered()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("dtype", e.dtype.headerName());
            List<Long> shape = new ArrayList<>();
            for (long d : e.shape) {
                shape.add(d);
            }
            t.put("shape", shape);
            long size = e.data.remaining();
            t.put("data_offsets", List.of(offset, offset + size));
            header.put(e.name, t);
            offset += size;
        }
        byte[] json = Json.write(header).getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        byte[] out = Arrays.copyOf(json, padded);
        Arrays.fill(out, json.length, padded, (byte) ' ');
        return out;
    }

    /**
     * SHA-256 of the data section as it will be written (what kohya's {@code sshs_model_hash} and
     * A1111's model hash of a safetensors file are).
     */
    public String dataSha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Entry e : ordered()) {
                md.update(e.data.duplicate());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * kohya/A1111's legacy model hash: the first 8 hex digits of the SHA-256 of the 64 KiB at offset
     * 1 MiB of the file (of nothing, for files shorter than 1 MiB).
     */
    public String legacyHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(fileRange(0x100000L, 0x10000));
            return HexFormat.of().formatHex(md.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Up to {@code length} bytes of the file as it would be written, from {@code offset}. */
    byte[] fileRange(long offset, int length) {
        byte[] header = header();
        ByteBuffer prefix = ByteBuffer.allocate(8 + header.length).order(ByteOrder.LITTLE_ENDIAN);
        prefix.putLong(header.length).put(header).flip();
        List<ByteBuffer> parts = new ArrayList<>();
        parts.add(prefix);
        for (Entry e : ordered()) {
            parts.add(e.data.duplicate());
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long pos = 0;
        long end = offset + length;
        for (ByteBuffer part : parts) {
            long partEnd = pos + part.remaining();
            if (partEnd > offset && pos < end) {
                int from = (int) Math.max(0, offset - pos);
                int to = (int) Math.min(part.remaining(), end - pos);
                byte[] chunk = new byte[to - from];
                part.position(part.position() + from);
                part.get(chunk);
                out.writeBytes(chunk);
            }
            pos = partEnd;
        }
        return out.toByteArray();
    }

    /** The whole file as bytes (small files, hashing). */
    public byte[] toBytes() {
        byte[] header = header();
        long total = 8L + header.length;
        for (Entry e : entries.values()) {
            total += e.data.remaining();
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(total)).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(header.length).put(header);
        for (Entry e : ordered()) {
            out.put(e.data.duplicate());
        }
        return out.array();
    }

    /** Writes the file atomically: temporary file in the same folder, fsync, rename over the target. */
    public void write(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] header = header();
                ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, header.length);
                writeFully(ch, len);
                writeFully(ch, ByteBuffer.wrap(header));
                for (Entry e : ordered()) {
                    writeFully(ch, e.data.duplicate());
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }
}
