package io.tagwright.trainer.io;

import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.protocol.json.JsonException;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a safetensors file through a memory map, one tensor at a time.
 *
 * <p>The header is validated completely before anything else happens, because checkpoints and LoRA
 * files come from the internet: the length prefix must fit the file and a 100 MB cap, the JSON is
 * parsed with depth and size limits, every entry needs a known dtype, a shape and in-range offsets,
 * the entries must tile the data section exactly (no gaps, no overlaps, nothing left over), and each
 * byte length must equal dtype size × element count. Offsets are {@code long}, so files over 2 GiB
 * work; each tensor is mapped on demand, so opening a 4 GB checkpoint costs nothing until a tensor is
 * read.
 */
public final class SafetensorsReader implements AutoCloseable {

    /** The largest header accepted (the reference implementation uses the same bound). */
    public static final long MAX_HEADER_BYTES = 100_000_000L;

    /** A safetensors header is three levels deep; anything deeper is not a safetensors header. */
    static final Json.Limits HEADER_LIMITS = new Json.Limits((int) MAX_HEADER_BYTES, 4);

    private static final String METADATA_KEY = "__metadata__";

    private final Path file;
    private final FileChannel channel;
    private final long dataStart;
    private final Map<String, TensorInfo> tensors;
    private final Map<String, String> metadata;

    private SafetensorsReader(Path file, FileChannel channel, long dataStart, Map<String, TensorInfo> tensors,
            Map<String, String> metadata) {
        this.file = file;
        this.channel = channel;
        this.dataStart = dataStart;
        this.tensors = tensors;
        this.metadata = metadata;
    }

    /** Opens and validates a file; the caller closes the reader. */
    public static SafetensorsReader open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return read(file, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static SafetensorsReader read(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < 8) {
            throw new SafetensorsException(file, "file is " + size + " bytes, too short for a safetensors header");
        }
        ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, lenBuf, 0);
        long n = lenBuf.getLong(0);
        if (n < 2) {
            throw new SafetensorsException(file, "header length " + n + " is invalid (not a safetensors file?)");
        }
        if (n > MAX_HEADER_BYTES) {
            throw new SafetensorsException(file, "header length " + n + " exceeds the limit of "
                    + MAX_HEADER_BYTES + " bytes (not a safetensors file?)");
        }
        if (n > size - 8) {
            throw new SafetensorsException(file, "header length " + n + " runs past the end of the file ("
                    + size + " bytes)");
        }
        ByteBuffer headerBuf = ByteBuffer.allocate((int) n);
        readFully(channel, headerBuf, 8);
        headerBuf.flip();
        String text;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(headerBuf);
            text = chars.toString();
        } catch (CharacterCodingException e) {
            throw new SafetensorsException(file, "header is not valid UTF-8", e);
        }
        if (!text.startsWith("{")) {
            throw new SafetensorsException(file, "header does not start with '{' (not a safetensors file?)");
        }
        Map<String, Object> header;
        try {
            header = Json.parseObject(text, HEADER_LIMITS);
        } catch (JsonException e) {
            throw new SafetensorsException(file, "header is not valid JSON: " + e.getMessage(), e);
        }
        long dataStart = 8 + n;
        long dataSize = size - dataStart;
        Map<String, String> metadata = Map.of();
        List<TensorInfo> infos = new ArrayList<>();
        for (Map.Entry<String, Object> e : header.entrySet()) {
            if (METADATA_KEY.equals(e.getKey())) {
                metadata = parseMetadata(file, e.getValue());
            } else {
                infos.add(parseEntry(file, e.getKey(), e.getValue(), dataSize));
            }
        }
        checkTiling(file, infos, dataSize);
        Map<String, TensorInfo> tensors = new LinkedHashMap<>();
        for (TensorInfo t : infos) {
            tensors.put(t.name(), t);
        }
        return new SafetensorsReader(file, channel, dataStart, Collections.unmodifiableMap(tensors), metadata);
    }

    private static void readFully(FileChannel channel, ByteBuffer dst, long position) throws IOException {
        long pos = position;
        while (dst.hasRemaining()) {
            int r = channel.read(dst, pos);
            if (r < 0) {
                throw new IOException("unexpected end of file");
            }
            pos += r;
        }
    }

    private static Map<String, String> parseMetadata(Path file, Object value) throws SafetensorsException {
        if (!(value instanceof Map<?, ?> map)) {
            throw new SafetensorsException(file, "__metadata__ must be a JSON object of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw new SafetensorsException(file, "__metadata__ value of \"" + e.getKey()
                        + "\" is not a string (safetensors metadata is a string-to-string map)");
            }
            out.put((String) e.getKey(), s);
        }
        return Collections.unmodifiableMap(out);
    }

    private static TensorInfo parseEntry(Path file, String name, Object value, long dataSize)
            throws SafetensorsException {
        String where = "tensor \"" + name + "\"";
        if (!(value instanceof Map<?, ?> entry)) {
            throw new SafetensorsException(file, where + " is not a JSON object");
        }
        for (Object key : entry.keySet()) {
            if (!"dtype".equals(key) && !"shape".equals(key) && !"data_offsets".equals(key)) {
                throw new SafetensorsException(file, where + " has an unknown field \"" + key + "\"");
            }
        }
        if (!(entry.get("dtype") instanceof String dtypeName)) {
            throw new SafetensorsException(file, where + " has no dtype");
        }
        DType dtype = DType.fromHeaderName(dtypeName);
        if (dtype == null) {
            throw new SafetensorsException(file, where + " has an unknown dtype \"" + dtypeName + "\"");
        }
        if (!(entry.get("shape") instanceof List<?> shapeList)) {
            throw new SafetensorsException(file, where + " has no shape");
        }
        long[] shape = new long[shapeList.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = nonNegativeLong(file, where + " shape", shapeList.get(i));
        }
        if (!(entry.get("data_offsets") instanceof List<?> offsets) || offsets.size() != 2) {
            throw new SafetensorsException(file, where + " needs data_offsets [begin, end]");
        }
        long begin = nonNegativeLong(file, where + " data_offsets", offsets.get(0));
        long end = nonNegativeLong(file, where + " data_offsets", offsets.get(1));
        if (begin > end) {
            throw new SafetensorsException(file, where + " has data_offsets [" + begin + ", " + end
                    + "] with begin after end");
        }
        if (end > dataSize) {
            throw new SafetensorsException(file, where + " has data_offsets [" + begin + ", " + end
                    + "] past the end of the data section (" + dataSize + " bytes)");
        }
        long expected;
        try {
            long numel = 1;
            for (long d : shape) {
                numel = Math.multiplyExact(numel, d);
            }
            expected = Math.multiplyExact(numel, dtype.byteSize());
        } catch (ArithmeticException e) {
            throw new SafetensorsException(file, where + " has a shape whose size overflows");
        }
        if (end - begin != expected) {
            throw new SafetensorsException(file, where + " is " + (end - begin) + " bytes but " + dtype
                    + " " + java.util.Arrays.toString(shape) + " needs " + expected);
        }
        return new TensorInfo(name, dtype, shape, begin, end);
    }

    private static long nonNegativeLong(Path file, String what, Object v) throws SafetensorsException {
        if (v instanceof Long l && l >= 0) {
            return l;
        }
        if (v instanceof BigInteger) {
            throw new SafetensorsException(file, what + " has a value too large: " + v);
        }
        throw new SafetensorsException(file, what + " must hold non-negative integers, found " + v);
    }

    /** Entries sorted by offset must follow each other without gaps and end exactly at the data end. */
    private static void checkTiling(Path file, List<TensorInfo> infos, long dataSize) throws SafetensorsException {
        List<TensorInfo> sorted = new ArrayList<>(infos);
        sorted.sort(Comparator.comparingLong(TensorInfo::begin).thenComparingLong(TensorInfo::end));
        long pos = 0;
        TensorInfo previous = null;
        for (TensorInfo t : sorted) {
            if (t.begin() < pos) {
                throw new SafetensorsException(file, "tensor \"" + t.name() + "\" overlaps tensor \""
                        + previous.name() + "\"");
            }
            if (t.begin() > pos) {
                throw new SafetensorsException(file, "gap in the data section between byte " + pos + " and "
                        + t.begin() + " (before tensor \"" + t.name() + "\")");
            }
            pos = t.end();
            previous = t;
        }
        if (pos != dataSize) {
            throw new SafetensorsException(file, "data section is " + dataSize + " bytes but the tensors cover "
                    + pos + " (trailing bytes or truncated header)");
        }
    }

    public Path file() {
        return file;
    }

    /** The {@code __metadata__} map (empty when absent), in file order. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** Tensor names in header order. */
    public Set<String> names() {
        return tensors.keySet();
    }

    public boolean contains(String name) {
        return tensors.containsKey(name);
    }

    public Map<String, TensorInfo> tensors() {
        return tensors;
    }

    public TensorInfo info(String name) throws SafetensorsException {
        TensorInfo t = tensors.get(name);
        if (t == null) {
            throw new SafetensorsException(file, "no tensor named \"" + name + "\"");
        }
        return t;
    }

    /** The raw little-endian bytes of a tensor, mapped read-only (nothing is copied). */
    public ByteBuffer bytes(String name) throws IOException {
        TensorInfo t = info(name);
        if (t.byteLength() > Integer.MAX_VALUE) {
            throw new SafetensorsException(file, "tensor \"" + name + "\" is " + t.byteLength()
                    + " bytes; a single tensor over 2 GiB is not supported");
        }
        if (t.byteLength() == 0) {
            return ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN);
        }
        return channel.map(FileChannel.MapMode.READ_ONLY, dataStart + t.begin(), t.byteLength())
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Writes a floating tensor as float32 values in native order into {@code dst} (from its position),
     * widening F16/BF16 exactly and rounding F64 to nearest.
     */
    public void readAsFloat32(String name, ByteBuffer dst) throws IOException {
        TensorInfo t = info(name);
        ByteBuffer src = bytes(name);
        long n = t.numel();
        if (dst.remaining() < n * 4) {
            throw new IllegalArgumentException("buffer too small for " + t);
        }
        ByteBuffer out = dst.duplicate().order(ByteOrder.nativeOrder());
        switch (t.dtype()) {
            case F32 -> {
                if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
                    out.put(src);
                } else {
                    for (long i = 0; i < n; i++) {
                        out.putFloat(src.getFloat());
                    }
                }
            }
            case F16 -> {
                for (long i = 0; i < n; i++) {
                    out.putFloat(HalfFloats.fromF16(src.getShort()));
                }
            }
            case BF16 -> {
                for (long i = 0; i < n; i++) {
                    out.putFloat(HalfFloats.fromBF16(src.getShort()));
                }
            }
            case F64 -> {
                for (long i = 0; i < n; i++) {
                    out.putFloat((float) src.getDouble());
                }
            }
            default -> throw new SafetensorsException(file, "tensor \"" + name + "\" is " + t.dtype()
                    + ", expected a floating type");
        }
        dst.position(dst.position() + (int) (n * 4));
    }

    /** A floating tensor as a float array (for small tensors). */
    public float[] readFloats(String name) throws IOException {
        TensorInfo t = info(name);
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(t.numel() * 4)).order(ByteOrder.nativeOrder());
        readAsFloat32(name, buf);
        buf.flip();
        float[] out = new float[(int) t.numel()];
        buf.asFloatBuffer().get(out);
        return out;
    }

    /** A floating tensor as doubles (F64 kept exact). */
    public double[] readDoubles(String name) throws IOException {
        TensorInfo t = info(name);
        if (t.dtype() != DType.F64) {
            float[] f = readFloats(name);
            double[] d = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                d[i] = f[i];
            }
            return d;
        }
        ByteBuffer src = bytes(name);
        double[] out = new double[Math.toIntExact(t.numel())];
        src.asDoubleBuffer().get(out);
        return out;
    }

    /** An integer tensor as longs. */
    public long[] readLongs(String name) throws IOException {
        TensorInfo t = info(name);
        ByteBuffer src = bytes(name);
        long[] out = new long[Math.toIntExact(t.numel())];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (t.dtype()) {
                case I64, U64 -> src.getLong();
                case I32 -> src.getInt();
                case U32 -> src.getInt() & 0xFFFFFFFFL;
                case I16 -> src.getShort();
                case U16 -> src.getShort() & 0xFFFF;
                case I8 -> src.get();
                case U8, BOOL -> src.get() & 0xFF;
                default -> throw new SafetensorsException(file, "tensor \"" + name + "\" is " + t.dtype()
                        + ", expected an integer type");
            };
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
