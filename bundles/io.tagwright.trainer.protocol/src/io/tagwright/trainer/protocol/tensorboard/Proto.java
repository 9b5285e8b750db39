package io.tagwright.trainer.protocol.tensorboard;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** The few protobuf wire-format pieces the event files need. */
final class Proto {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LEN = 2;
    static final int FIXED32 = 5;

    private Proto() {
    }

    /** Builds a message field by field. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer tag(int field, int wire) {
            varint(((long) field << 3) | wire);
            return this;
        }

        Writer varint(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
            return this;
        }

        Writer doubleField(int field, double v) {
            tag(field, FIXED64);
            long bits = Double.doubleToRawLongBits(v);
            for (int i = 0; i < 8; i++) {
                out.write((int) (bits >>> (8 * i)));
            }
            return this;
        }

        Writer floatField(int field, float v) {
            tag(field, FIXED32);
            int bits = Float.floatToRawIntBits(v);
            for (int i = 0; i < 4; i++) {
                out.write(bits >>> (8 * i));
            }
            return this;
        }

        Writer int64Field(int field, long v) {
            return tag(field, VARINT).varint(v);
        }

        Writer bytesField(int field, byte[] v) {
            tag(field, LEN).varint(v.length);
            out.writeBytes(v);
            return this;
        }

        Writer stringField(int field, String v) {
            return bytesField(field, v.getBytes(StandardCharsets.UTF_8));
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** Reads a message field by field; {@link #next()} returns false at the end. */
    static final class Reader {
        private final ByteBuffer b;
        int field;
        int wire;

        Reader(byte[] data) {
            this.b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        }

        boolean next() {
            if (!b.hasRemaining()) {
                return false;
            }
            long key = varint();
            field = (int) (key >>> 3);
            wire = (int) (key & 7);
            if (field <= 0) {
                throw new IllegalArgumentException("bad protobuf field number");
            }
            return true;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte x = b.get();
                v |= (long) (x & 0x7F) << shift;
                if (x >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("protobuf varint longer than 10 bytes");
        }

        double fixed64AsDouble() {
            return b.getDouble();
        }

        float fixed32AsFloat() {
            return b.getFloat();
        }

        byte[] bytes() {
            long n = varint();
            if (n < 0 || n > b.remaining()) {
                throw new IllegalArgumentException("protobuf length runs past the message");
            }
            byte[] out = new byte[(int) n];
            b.get(out);
            return out;
        }

        void skip() {
            switch (wire) {
                case VARINT -> varint();
                case FIXED64 -> b.position(b.position() + 8);
                case LEN -> bytes();
                case FIXED32 -> b.position(b.position() + 4);
                default -> throw new IllegalArgumentException("unsupported protobuf wire type " + wire);
            }
        }
    }
}
