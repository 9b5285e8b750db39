package io.tagwright.core.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import io.tagwright.model.ImageFormat;

/**
 * Reads format and size from an image's header without decoding pixels: a few dozen bytes for PNG,
 * WebP and BMP; for JPEG the segment headers up to the frame header (their bodies are skipped).
 * The format comes from the content, not the file name.
 */
public final class ImageHeaders {

    private static final int MAX_DIMENSION = 1 << 16;

    private ImageHeaders() {
    }

    /** The image formats kohya accepts, by file name (case-insensitive). */
    public static boolean isImageName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "png", "jpg", "jpeg", "webp", "bmp" -> true;
            default -> false;
        };
    }

    /** The format a file name promises, or UNKNOWN. */
    public static ImageFormat formatOfName(String fileName) {
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "png" -> ImageFormat.PNG;
            case "jpg", "jpeg" -> ImageFormat.JPEG;
            case "webp" -> ImageFormat.WEBP;
            case "bmp" -> ImageFormat.BMP;
            default -> ImageFormat.UNKNOWN;
        };
    }

    public static ImageFacts read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(32);
            readFully(ch, head, 0, file, 12);
            head.flip();
            if (head.remaining() >= 8 && head.getLong(0) == 0x89504E470D0A1A0AL) {
                return png(ch, file);
            }
            if ((head.get(0) & 0xFF) == 0xFF && (head.get(1) & 0xFF) == 0xD8) {
                return jpeg(ch, file);
            }
            if (head.getInt(0) == 0x52494646 && head.remaining() >= 12 && head.getInt(8) == 0x57454250) {
                return webp(ch, file);
            }
            if (head.get(0) == 'B' && head.get(1) == 'M') {
                return bmp(ch, file);
            }
            throw new ImageHeaderException(file, "not a PNG, JPEG, WebP or BMP image (unrecognised header)");
        }
    }

    private static ImageFacts png(FileChannel ch, Path file) throws IOException {
        ByteBuffer b = read(ch, 0, 24, file);
        if (b.getInt(12) != 0x49484452) {
            throw new ImageHeaderException(file, "PNG without an IHDR chunk");
        }
        return checked(file, ImageFormat.PNG, b.getInt(16), b.getInt(20));
    }

    private static ImageFacts jpeg(FileChannel ch, Path file) throws IOException {
        long pos = 2;
        long size = ch.size();
        while (pos + 4 <= size) {
            ByteBuffer seg = read(ch, pos, 4, file);
            if ((seg.get(0) & 0xFF) != 0xFF) {
                throw new ImageHeaderException(file, "corrupt JPEG (no segment marker at byte " + pos + ")");
            }
            int marker = seg.get(1) & 0xFF;
            if (marker == 0xFF) { // fill byte
                pos++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                break;
            }
            int length = seg.getShort(2) & 0xFFFF;
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                ByteBuffer sof = read(ch, pos + 4, 5, file);
                return checked(file, ImageFormat.JPEG, sof.getShort(3) & 0xFFFF, sof.getShort(1) & 0xFFFF);
            }
            if (length < 2) {
                throw new ImageHeaderException(file, "corrupt JPEG (segment length " + length + " at byte " + pos + ")");
            }
            pos += 2 + length;
        }
        throw new ImageHeaderException(file, "JPEG without a frame header (truncated or corrupt)");
    }

    private static ImageFacts webp(FileChannel ch, Path file) throws IOException {
        ByteBuffer b = read(ch, 12, 18, file).order(ByteOrder.LITTLE_ENDIAN);
        String chunk = new String(new byte[] { b.get(0), b.get(1), b.get(2), b.get(3) }, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8 " -> {
                // frame tag (3 bytes), start code 9d 01 2a, then 14-bit width and height
                if ((b.get(11) & 0xFF) != 0x9D || (b.get(12) & 0xFF) != 0x01 || (b.get(13) & 0xFF) != 0x2A) {
                    throw new ImageHeaderException(file, "corrupt WebP (bad VP8 start code)");
                }
                return checked(file, ImageFormat.WEBP, b.getShort(14) & 0x3FFF, b.getShort(16) & 0x3FFF);
            }
            case "VP8L" -> {
                if ((b.get(8) & 0xFF) != 0x2F) {
                    throw new ImageHeaderException(file, "corrupt WebP (bad VP8L signature)");
                }
                int bits = b.getInt(9);
                return checked(file, ImageFormat.WEBP, (bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
            }
            case "VP8X" -> {
                int w = (b.get(12) & 0xFF) | (b.get(13) & 0xFF) << 8 | (b.get(14) & 0xFF) << 16;
                int h = (b.get(15) & 0xFF) | (b.get(16) & 0xFF) << 8 | (b.get(17) & 0xFF) << 16;
                return checked(file, ImageFormat.WEBP, w + 1, h + 1);
            }
            default -> throw new ImageHeaderException(file, "WebP with an unknown first chunk '" + chunk.strip() + "'");
        }
    }

    private static ImageFacts bmp(FileChannel ch, Path file) throws IOException {
        ByteBuffer b = read(ch, 0, 26, file).order(ByteOrder.LITTLE_ENDIAN);
        int dib = b.getInt(14);
        if (dib == 12) {
            return checked(file, ImageFormat.BMP, b.getShort(18) & 0xFFFF, b.getShort(20) & 0xFFFF);
        }
        if (dib < 40) {
            throw new ImageHeaderException(file, "BMP with an unknown header size " + dib);
        }
        // a negative height marks a top-down bitmap
        return checked(file, ImageFormat.BMP, b.getInt(18), Math.abs(b.getInt(22)));
    }

    private static ImageFacts checked(Path file, ImageFormat format, int width, int height) throws ImageHeaderException {
        if (width <= 0 || height <= 0 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
            throw new ImageHeaderException(file, format.getLiteral().toUpperCase(Locale.ROOT) + " header gives an impossible size "
                    + width + "×" + height);
        }
        return new ImageFacts(format, width, height);
    }

    private static ByteBuffer read(FileChannel ch, long pos, int n, Path file) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        readFully(ch, b, pos, file, n);
        b.flip();
        return b;
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long pos, Path file, int atLeast) throws IOException {
        while (b.hasRemaining()) {
            int r = ch.read(b, pos + b.position());
            if (r < 0) {
                break;
            }
        }
        if (b.position() < atLeast) {
            throw new ImageHeaderException(file, b.position() == 0 && pos == 0 ? "empty file" : "truncated image header");
        }
    }
}
