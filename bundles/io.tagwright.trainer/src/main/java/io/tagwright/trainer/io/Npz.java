package io.tagwright.trainer.io;

import io.tagwright.trainer.protocol.files.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy {@code .npz} files as {@code np.savez} writes them (an uncompressed zip of {@code .npy}
 * arrays), limited to what latent caches hold: little-endian float32 and int64 arrays in C order.
 * sd-scripts caches latents in such files next to the images ({@code cache_latents_to_disk}), so both
 * trainers can reuse each other's caches.
 */
public final class Npz {

    /** One array: {@code floats} (float32) or {@code longs} (int64), and its shape. */
    public record Array(long[] shape, float[] floats, long[] longs) {
        public static Array of(float[] values, long... shape) {
            return new Array(shape.clone(), values, null);
        }

        public static Array ofLongs(long[] values, long... shape) {
            return new Array(shape.clone(), null, values);
        }
    }

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order':\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    private Npz() {
    }

    /** Writes the arrays atomically, in order, as {@code <name>.npy} entries. */
    public static void write(Path file, Map<String, Array> arrays) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, Array> e : arrays.entrySet()) {
                byte[] npy = npy(e.getValue());
                ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(npy.length);
                CRC32 crc = new CRC32();
                crc.update(npy);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(npy);
                zip.closeEntry();
            }
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    /** Reads every array of a file; unsupported dtypes and Fortran order are errors. */
    public static Map<String, Array> read(Path file) throws IOException {
        Map<String, Array> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().endsWith(".npy")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    out.put(e.getName().substring(0, e.getName().length() - 4), parse(in.readAllBytes(), file));
                }
            }
        }
        return out;
    }

    static byte[] npy(Array a) {
        boolean isFloat = a.floats() != null;
        long count = Arrays.stream(a.shape()).reduce(1, (x, y) -> x * y);
        if (count != (isFloat ? a.floats().length : a.longs().length)) {
            throw new IllegalArgumentException("shape " + Arrays.toString(a.shape()) + " does not match the values");
        }
        StringBuilder shape = new StringBuilder();
        for (long d : a.shape()) {
            shape.append(d).append(", ");
        }
        String dims = a.shape().length == 1 ? shape.substring(0, shape.length() - 1) : shape.length() == 0 ? ""
                : shape.substring(0, shape.length() - 2);
        String dict = "{'descr': '" + (isFloat ? "<f4" : "<i8") + "', 'fortran_order': False, 'shape': (" + dims
                + "), }";
        int total = MAGIC.length + 4 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteBuffer buf = ByteBuffer.allocate(MAGIC.length + 4 + header.length()
                + (int) count * (isFloat ? 4 : 8)).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        buf.put(header.getBytes(StandardCharsets.US_ASCII));
        if (isFloat) {
            buf.asFloatBuffer().put(a.floats());
        } else {
            buf.asLongBuffer().put(a.longs());
        }
        return buf.array();
    }

    static Array parse(byte[] npy, Path file) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(npy).order(ByteOrder.LITTLE_ENDIAN);
        if (npy.length < 10 || !Arrays.equals(Arrays.copyOf(npy, 6), MAGIC)) {
            throw new IOException(file + ": not a .npy entry");
        }
        int major = npy[6];
        int headerLen = major == 1 ? buf.getShort(8) & 0xFFFF : buf.getInt(8);
        int dataStart = (major == 1 ? 10 : 12) + headerLen;
        String header = new String(npy, major == 1 ? 10 : 12, headerLen, StandardCharsets.US_ASCII);
        Matcher d = DESCR.matcher(header);
        Matcher f = FORTRAN.matcher(header);
        Matcher s = SHAPE.matcher(header);
        if (!d.find() || !f.find() || !s.find()) {
            throw new IOException(file + ": malformed .npy header " + header.strip());
        }
        if (f.group(1).equals("True")) {
            throw new IOException(file + ": Fortran-ordered arrays are not supported");
        }
        long[] shape = Arrays.stream(s.group(1).split(",")).map(String::strip).filter(x -> !x.isEmpty())
                .mapToLong(Long::parseLong).toArray();
        int count = Math.toIntExact(Arrays.stream(shape).reduce(1, (x, y) -> x * y));
        buf.position(dataStart);
        switch (d.group(1)) {
            case "<f4" -> {
                float[] v = new float[count];
                buf.asFloatBuffer().get(v);
                return Array.of(v, shape);
            }
            case "<i8" -> {
                long[] v = new long[count];
                buf.asLongBuffer().get(v);
                return Array.ofLongs(v, shape);
            }
            default -> throw new IOException(file + ": unsupported .npy dtype " + d.group(1));
        }
    }
}
