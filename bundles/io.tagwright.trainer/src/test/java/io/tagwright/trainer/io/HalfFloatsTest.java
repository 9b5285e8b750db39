package io.tagwright.trainer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HalfFloatsTest {

    @Test
    void bf16RoundsToNearestEven() {
        assertEquals((short) 0x3F80, HalfFloats.toBF16(1.0f));
        // exactly halfway between 1.0 (0x3F80) and 1.0078125 (0x3F81): ties go to the even one
        assertEquals((short) 0x3F80, HalfFloats.toBF16(1.00390625f));
        // halfway between 0x3F81 and 0x3F82: even is 0x3F82
        assertEquals((short) 0x3F82, HalfFloats.toBF16(1.01171875f));
        // just above halfway rounds up
        assertEquals((short) 0x3F81, HalfFloats.toBF16(Math.nextUp(1.00390625f)));
        assertEquals((short) 0x7FC0, HalfFloats.toBF16(Float.NaN));
        assertEquals((short) 0x7F80, HalfFloats.toBF16(Float.POSITIVE_INFINITY));
        assertEquals(-2.5f, HalfFloats.fromBF16(HalfFloats.toBF16(-2.5f)));
    }

    @Test
    void f16MatchesIeeeHalf() {
        assertEquals((short) 0x3C00, HalfFloats.toF16(1.0f));
        assertEquals((short) 0x7BFF, HalfFloats.toF16(65504f));
        assertEquals((short) 0x7C00, HalfFloats.toF16(70000f));
        assertEquals(0.099975586f, HalfFloats.fromF16(HalfFloats.toF16(0.1f)));
        assertTrue(Float.isNaN(HalfFloats.fromF16(HalfFloats.toF16(Float.NaN))));
    }
}
