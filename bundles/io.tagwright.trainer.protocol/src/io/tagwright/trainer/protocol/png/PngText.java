package io.tagwright.trainer.protocol.png;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.InflaterInputStream;

/**
 * Adds and reads PNG text chunks. Keys are 1-79 Latin-1 characters; a value that Latin-1 can hold
 * goes into {@code tEXt}, any other into an uncompressed UTF-8 {@code iTXt} (as Pillow's
 * {@code PngInfo.add_text} does). New chunks go right after {@code IHDR}, before the image data.
 */
public final class PngText {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngText() {
    }

    /** {@code png} with one text chunk per entry added; existing chunks are kept. */
    public static byte[] addText(byte[] png, Map<String, String> texts) throws IOException {
        checkSignature(png);
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        int len = b.getInt();
        String type = type(b);
        if (!type.equals("IHDR")) {
            throw new IOException("not a PNG: first chunk is " + type + ", not IHDR");
        }
        int ihdrEnd = 8 + 12 + len;
        if (ihdrEnd > png.length) {
            throw new IOException("truncated PNG");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + 256);
        out.write(png, 0, ihdrEnd);
        for (Map.Entry<String, String> e : texts.entrySet()) {
            out.write(chunk(e.getKey(), e.getValue()));
        }
        out.write(png, ihdrEnd, png.length - ihdrEnd);
        return out.toByteArray();
    }

    /** The text chunks of {@code png} ({@code tEXt}, {@code iTXt}, {@code zTXt}), in file order. */
    public static Map<String, String> readText(byte[] png) throws IOException {
        checkSignature(png);
        Map<String, String> out = new LinkedHashMap<>();
        int pos = 8;
        while (pos + 12 <= png.length) {
            ByteBuffer b = ByteBuffer.wrap(png, pos, png.length - pos);
            int len = b.getInt();
            String type = type(b);
            if (len < 0 || pos + 12L + len > png.length) {
                throw new IOException("truncated PNG chunk " + type + " at byte " + pos);
            }
            byte[] data = Arrays.copyOfRange(png, pos + 8, pos + 8 + len);
            CRC32 crc = new CRC32();
            crc.update(png, pos + 4, 4 + len);
            int stored = ByteBuffer.wrap(png, pos + 8 + len, 4).getInt();
            if ((int) crc.getValue() != stored) {
                throw new IOException("PNG chunk " + type + " at byte " + pos + " has a bad CRC");
            }
            switch (type) {
                case "tEXt" -> {
                    int z = indexOf(data, 0, 0);
                    out.put(latin1(data, 0, z), latin1(data, z + 1, data.length));
                }
                case "zTXt" -> {
                    int z = indexOf(data, 0, 0);
                    out.put(latin1(data, 0, z), new String(inflate(data, z + 2), StandardCharsets.ISO_8859_1));
                }
                case "iTXt" -> {
                    int z = indexOf(data, 0, 0);
                    String key = latin1(data, 0, z);
                    boolean compressed = data[z + 1] != 0;
                    int lang = indexOf(data, z + 3, 0);
                    int translated = indexOf(data, lang + 1, 0);
                    byte[] text = compressed ? inflate(data, translated + 1) : Arrays.copyOfRange(data, translated + 1, data.length);
                    out.put(key, new String(text, StandardCharsets.UTF_8));
                }
                case "IEND" -> {
                    return out;
                }
                default -> {
                }
            }
            pos += 12 + len;
        }
        return out;
    }

    static byte[] chunk(String key, String value) {
        if (key.isEmpty() || key.length() > 79 || !StandardCharsets.ISO_8859_1.newEncoder().canEncode(key)
                || key.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("PNG text key must be 1-79 Latin-1 characters: \"" + key + "\"");
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(key.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        String type;
        if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(value) && value.indexOf('\0') < 0) {
            type = "tEXt";
            data.writeBytes(value.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            type = "iTXt";
            data.write(0); // not compressed
            data.write(0); // method
            data.write(0); // empty language tag
            data.write(0); // empty translated keyword
            data.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        }
        byte[] d = data.toByteArray();
        ByteBuffer b = ByteBuffer.allocate(12 + d.length);
        b.putInt(d.length);
        b.put(type.getBytes(StandardCharsets.US_ASCII));
        b.put(d);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 4, 4 + d.length);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    private static void checkSignature(byte[] png) throws IOException {
        if (png.length < 8 + 12 || !Arrays.equals(Arrays.copyOf(png, 8), SIGNATURE)) {
            throw new IOException("not a PNG file (signature missing)");
        }
    }

    private static String type(ByteBuffer b) {
        byte[] t = new byte[4];
        b.get(t);
        return new String(t, StandardCharsets.US_ASCII);
    }

    private static int indexOf(byte[] data, int from, int value) throws IOException {
        for (int i = from; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        throw new IOException("malformed PNG text chunk");
    }

    private static String latin1(byte[] d, int from, int to) {
        return new String(d, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static byte[] inflate(byte[] d, int from) throws IOException {
        try (InflaterInputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(d, from, d.length - from))) {
            return in.readNBytes(16 << 20);
        }
    }
}
