package io.tagwright.trainer.protocol.tensorboard;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * TFRecord framing: {@code uint64 length, uint32 masked_crc32c(length), data, uint32 masked_crc32c(data)},
 * all little-endian.
 */
public final class TfRecord {
    private static final int MASK_DELTA = 0xa282ead8;

    private TfRecord() {
    }

    /** TensorFlow's masked CRC32C: rotate right by 15 bits and add a constant. */
    public static int maskedCrc32c(byte[] data, int off, int len) {
        CRC32C crc = new CRC32C();
        crc.update(data, off, len);
        int c = (int) crc.getValue();
        return ((c >>> 15) | (c << 17)) + MASK_DELTA;
    }

    /** The framed bytes of one record. */
    public static byte[] frame(byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(data.length + 16).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(data.length);
        byte[] head = new byte[8];
        b.get(0, head);
        b.putInt(maskedCrc32c(head, 0, 8));
        b.put(data);
        b.putInt(maskedCrc32c(data, 0, data.length));
        return b.array();
    }
}
