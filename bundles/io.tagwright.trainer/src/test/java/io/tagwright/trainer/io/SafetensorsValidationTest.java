package io.tagwright.trainer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crafted, malicious or broken headers must be refused with a message naming the file and the problem. */
class SafetensorsValidationTest {

    @TempDir
    Path dir;

    private Path file(String name, long declaredLength, byte[] header, int dataBytes) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8 + header.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(declaredLength).put(header);
        Path p = dir.resolve(name);
        Files.write(p, b.array());
        return p;
    }

    private Path file(String name, String header, int dataBytes) throws IOException {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        return file(name, h.length, h, dataBytes);
    }

    private void refused(Path p, String expectedFragment) {
        SafetensorsException e = assertThrows(SafetensorsException.class, () -> {
            try (SafetensorsReader r = SafetensorsReader.open(p)) {
                r.names();
            }
        });
        assertTrue(e.getMessage().contains(p.getFileName().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expectedFragment),
                "expected '" + expectedFragment + "' in: " + e.getMessage());
    }

    @Test
    void acceptsAWellFormedFile() throws IOException {
        Path p = file("ok.safetensors", "{\"__metadata__\":{\"a\":\"b\"},"
                + "\"x\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"y\":{\"dtype\":\"I64\",\"shape\":[],\"data_offsets\":[8,16]}}", 16);
        try (SafetensorsReader r = SafetensorsReader.open(p)) {
            assertEquals(2, r.names().size());
            assertEquals("b", r.metadata().get("a"));
            assertEquals(0, r.info("y").rank());
        }
    }

    @Test
    void tooShort() throws IOException {
        Path p = dir.resolve("short.safetensors");
        Files.write(p, new byte[5]);
        refused(p, "too short");
    }

    @Test
    void headerLengthOverTheCap() throws IOException {
        refused(file("huge.safetensors", 200_000_000L, "{}".getBytes(StandardCharsets.UTF_8), 0), "exceeds the limit");
    }

    @Test
    void headerLengthPastEndOfFile() throws IOException {
        refused(file("past.safetensors", 5000, "{}".getBytes(StandardCharsets.UTF_8), 0), "past the end of the file");
    }

    @Test
    void negativeHeaderLength() throws IOException {
        refused(file("neg.safetensors", -8, "{}".getBytes(StandardCharsets.UTF_8), 0), "invalid");
    }

    @Test
    void notJson() throws IOException {
        refused(file("bad.safetensors", "{\"x\": nope}", 0), "not valid JSON");
    }

    @Test
    void notAnObject() throws IOException {
        refused(file("arr.safetensors", "[1,2,3]", 0), "does not start with '{'");
    }

    @Test
    void nestingBomb() throws IOException {
        String deep = "{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        refused(file("deep.safetensors", deep, 0), "nested deeper");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] h = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        refused(file("utf.safetensors", h.length, h, 0), "UTF-8");
    }

    @Test
    void duplicateKeys() throws IOException {
        refused(file("dup.safetensors", "{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                + "\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4), "duplicate key");
    }

    @Test
    void metadataMustBeStrings() throws IOException {
        refused(file("meta.safetensors", "{\"__metadata__\":{\"n\":3}}", 0), "is not a string");
        refused(file("meta2.safetensors", "{\"__metadata__\":[\"a\"]}", 0), "__metadata__ must be a JSON object");
    }

    @Test
    void unknownDtype() throws IOException {
        refused(file("dt.safetensors", "{\"x\":{\"dtype\":\"F33\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4),
                "unknown dtype");
    }

    @Test
    void missingFields() throws IOException {
        refused(file("noshape.safetensors", "{\"x\":{\"dtype\":\"F32\",\"data_offsets\":[0,4]}}", 4), "no shape");
        refused(file("nooff.safetensors", "{\"x\":{\"dtype\":\"F32\",\"shape\":[1]}}", 4), "data_offsets");
        refused(file("nodt.safetensors", "{\"x\":{\"shape\":[1],\"data_offsets\":[0,4]}}", 4), "no dtype");
        refused(file("extra.safetensors",
                "{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4],\"evil\":1}}", 4), "unknown field");
        refused(file("notobj.safetensors", "{\"x\":5}", 0), "is not a JSON object");
    }

    @Test
    void badShape() throws IOException {
        refused(file("negshape.safetensors", "{\"x\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,4]}}", 4),
                "non-negative integers");
        refused(file("fracshape.safetensors", "{\"x\":{\"dtype\":\"F32\",\"shape\":[1.5],\"data_offsets\":[0,4]}}",
                4), "non-negative integers");
        refused(file("overflow.safetensors", "{\"x\":{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296],"
                + "\"data_offsets\":[0,4]}}", 4), "overflows");
        refused(file("bigint.safetensors", "{\"x\":{\"dtype\":\"F32\",\"shape\":[1],"
                + "\"data_offsets\":[0,99999999999999999999999]}}", 4), "too large");
    }

    @Test
    void offsetsOutOfRange() throws IOException {
        refused(file("range.safetensors", "{\"x\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", 8),
                "past the end of the data section");
        refused(file("rev.safetensors", "{\"x\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,0]}}", 8),
                "begin after end");
    }

    @Test
    void byteLengthMustMatchDtypeTimesShape() throws IOException {
        refused(file("len.safetensors", "{\"x\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", 8),
                "needs 12");
    }

    @Test
    void overlappingTensors() throws IOException {
        refused(file("overlap.safetensors", "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 12), "overlaps");
    }

    @Test
    void gapsAndTrailingBytes() throws IOException {
        refused(file("gap.safetensors", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}", 12), "gap");
        refused(file("trail.safetensors", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 64),
                "trailing bytes");
    }

    @Test
    void missingTensorIsNamed() throws IOException {
        Path p = file("ok2.safetensors", "{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4);
        try (SafetensorsReader r = SafetensorsReader.open(p)) {
            SafetensorsException e = assertThrows(SafetensorsException.class, () -> r.bytes("nope"));
            assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("ok2.safetensors"));
            assertThrows(SafetensorsException.class, () -> r.readLongs("x"));
        }
    }
}
