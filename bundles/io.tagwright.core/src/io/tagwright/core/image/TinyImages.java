package io.tagwright.core.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Small but valid image files of any pixel size, made without an image library so that thousands can
 * be written quickly (synthetic datasets for benchmarks and tests): a PNG of a flat colour compresses
 * to a few hundred bytes at 768×768.
 */
public final class TinyImages {

    private static final Map<Long, byte[]> PNG_CACHE = new ConcurrentHashMap<>();

    private TinyImages() {
    }

    /** A valid grey PNG of the given size (cached per size). */
    public static byte[] png(int width, int height) {
        return PNG_CACHE.computeIfAbsent(((long) width << 32) | height, k -> makePng(width, height)).clone();
    }

    private static byte[] makePng(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        byte[] raw = new byte[(width + 1) * height];
        for (int y = 0; y < height; y++) {
            java.util.Arrays.fill(raw, y * (width + 1) + 1, (y + 1) * (width + 1), (byte) 0x80);
        }
        Deflater deflater = new Deflater(9);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            z.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        chunk(out, "IDAT", z.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        ByteBuffer len = ByteBuffer.allocate(4).putInt(data.length);
        out.writeBytes(len.array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A lossless WebP header (VP8L) declaring the given size, followed by filler: enough for header readers. */
    public static byte[] webpLossless(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(30 + 16).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(38).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(21).put((byte) 0x2F);
        b.putInt((width - 1) | ((height - 1) << 14));
        return b.array();
    }

    /** An extended WebP header (VP8X) declaring the given canvas size. */
    public static byte[] webpExtended(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
        int w = width - 1;
        int h = height - 1;
        b.put((byte) w).put((byte) (w >> 8)).put((byte) (w >> 16));
        b.put((byte) h).put((byte) (h >> 8)).put((byte) (h >> 16));
        return b.array();
    }

    /** A lossy WebP header (VP8 key frame) declaring the given size. */
    public static byte[] webpLossy(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put("VP8 ".getBytes(StandardCharsets.US_ASCII)).putInt(20);
        b.put((byte) 0x10).put((byte) 0x02).put((byte) 0x00); // frame tag: key frame
        b.put((byte) 0x9D).put((byte) 0x01).put((byte) 0x2A);
        b.putShort((short) width).putShort((short) height);
        return b.array();
    }
}
