package io.tagwright.trainer.io;

/**
 * Conversions between float32 and the two 16-bit float formats, rounding exactly as PyTorch's
 * {@code .half()} and {@code .bfloat16()} do on CPU (round to nearest, ties to even), so that a
 * tensor saved here has the same bits as one saved by kohya's scripts.
 */
public final class HalfFloats {

    private HalfFloats() {
    }

    public static short toF16(float value) {
        return Float.floatToFloat16(value);
    }

    public static float fromF16(short bits) {
        return Float.float16ToFloat(bits);
    }

    /** float32 to bfloat16 with round-to-nearest-even; NaN stays a quiet NaN (as c10::BFloat16). */
    public static short toBF16(float value) {
        if (Float.isNaN(value)) {
            return (short) 0x7FC0;
        }
        int bits = Float.floatToRawIntBits(value);
        int lsb = (bits >>> 16) & 1;
        int rounded = bits + 0x7FFF + lsb;
        return (short) (rounded >>> 16);
    }

    public static float fromBF16(short bits) {
        return Float.intBitsToFloat((bits & 0xFFFF) << 16);
    }
}
