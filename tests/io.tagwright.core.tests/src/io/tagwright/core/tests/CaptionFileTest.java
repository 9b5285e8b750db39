package io.tagwright.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.tagwright.core.caption.CaptionFile;
import io.tagwright.core.caption.CaptionFile.Encoding;

class CaptionFileTest {

    static Stream<byte[]> corpus() {
        return Stream.of(
                utf8("1girl, tagwright-chan, dark skin, braided hair, earrings, 3D render"),
                utf8("1girl, name\n"),
                utf8("1girl, name\r\n"),
                utf8("1girl, name\r"),
                utf8("1girl,name,no spaces"),
                utf8("  leading, and trailing  ,  spaces  \n"),
                utf8("a, b,, c, , d,"),
                utf8(""),
                utf8("\n"),
                utf8("first line, tags\nsecond line is kept\r\nthird\n"),
                utf8("(masterpiece:1.2), [blurry], {best quality}, (red hair, blue eyes:1.1)"),
                utf8("name \\(series\\), \\,comma"),
                utf8("日本語, émoji 😀, ümlaut"),
                bytes(0xEF, 0xBB, 0xBF, 'a', ',', ' ', 'b', '\r', '\n'),
                concat(bytes(0xFF, 0xFE), "a, b\n".getBytes(StandardCharsets.UTF_16LE)),
                concat(bytes(0xFE, 0xFF), "a, b".getBytes(StandardCharsets.UTF_16BE)),
                bytes('c', 'a', 'f', 0xE9, ',', ' ', 'x'));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void unchangedCaptionsRoundTripByteForByte(byte[] original) {
        CaptionFile file = CaptionFile.decode(original);
        assertArrayEquals(original, file.encode());
        assertSame(file, file.withTags(file.tags()), "same tags must not produce a new file");
    }

    @Test
    void splitsOnTopLevelCommasAndKeepsSpelling() {
        CaptionFile f = CaptionFile.decode(utf8("1girl, Braided_Hair , (red hair, blue eyes:1.1), name \\(series\\),, x\nrest"));
        assertEquals(List.of("1girl", "Braided_Hair", "(red hair, blue eyes:1.1)", "name \\(series\\)", "x"), f.tags());
        assertEquals("rest", f.rest());
        assertEquals("\n", f.lineEnding());
    }

    @Test
    void editingKeepsTheRestOfTheFileAndItsStyle() {
        CaptionFile f = CaptionFile.decode(bytes(0xEF, 0xBB, 0xBF, 'a', ',', 'b', '\r', '\n', 'n', 'o', 't', 'e', '\r', '\n'));
        CaptionFile g = f.withTags(List.of("a", "c", "d"));
        assertArrayEquals(bytes(0xEF, 0xBB, 0xBF, 'a', ',', 'c', ',', 'd', '\r', '\n', 'n', 'o', 't', 'e', '\r', '\n'), g.encode());
        assertEquals(Encoding.UTF8_BOM, g.encoding());
    }

    @Test
    void defaultSeparatorIsCommaSpace() {
        assertEquals("x, y", new String(CaptionFile.decode(utf8("x")).withTags(List.of("x", "y")).encode(), StandardCharsets.UTF_8));
        assertEquals("x, y", new String(CaptionFile.of(List.of("x", "y")).encode(), StandardCharsets.UTF_8));
    }

    @Test
    void invalidUtf8IsReportedAndReadAsWindows1252() {
        CaptionFile f = CaptionFile.decode(bytes('c', 'a', 'f', 0xE9, ',', ' ', 'x'));
        assertEquals(Encoding.WINDOWS_1252, f.encoding());
        assertEquals(List.of("café", "x"), f.tags());
        assertNotNull(f.problem());
        assertTrue(f.problem().contains("offset 3"), f.problem());
        // once edited it becomes UTF-8, the only encoding trainers read
        CaptionFile g = f.withTags(List.of("café"));
        assertArrayEquals("café".getBytes(StandardCharsets.UTF_8), g.encode());
        assertNull(g.problem());
    }

    @Test
    void utf16IsReadAndFlagged() {
        CaptionFile f = CaptionFile.decode(concat(bytes(0xFF, 0xFE), "a, b".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(List.of("a", "b"), f.tags());
        assertEquals(Encoding.UTF16LE_BOM, f.encoding());
        assertNotNull(f.problem());
        assertArrayEquals(utf8("a, c"), f.withTags(List.of("a", "c")).encode());
    }

    @Test
    void truncatedMultiByteSequenceDoesNotCrash() {
        CaptionFile f = CaptionFile.decode(bytes('a', ',', ' ', 0xE6, 0x97));
        assertNotNull(f.problem());
        assertEquals(2, f.tags().size());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
