package io.tagwright.core.tests.tags;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.tags.EditNeighbours;
import io.tagwright.core.tags.TagCsv;
import io.tagwright.core.tags.TagInfo;
import io.tagwright.core.tags.TagList;
import io.tagwright.tests.common.SharedData;

class TagListTest {

    @TempDir
    Path dir;

    @Test
    void theDanbooruListResolvesNamesAliasesAndTypos() throws IOException {
        TagList list = TagList.load(SharedData.path("tags/danbooru.csv"));
        assertEquals(140_782, list.size());
        assertEquals("long_hair", list.get("Long Hair").name());
        assertEquals("long_hair", list.resolve("longhair").name());
        assertTrue(list.isAlias("longhair"));
        assertFalse(list.isAlias("long_hair"));
        assertEquals(TagInfo.GENERAL, list.resolve("long hair").category());
        assertNull(list.get("no such tag anywhere"));
        assertEquals("blonde_hair", list.closest("blnde hair").name());
        assertEquals("long_hair", list.closest("lnog hair").name(), "a swap of neighbours is one edit");
        assertEquals("long_hair", list.closest("long haier").name(), "an extra letter");
        assertNull(list.closest("zzzz qqqq xxxx"));
        assertNull(list.closest("a"), "too short to guess");
    }

    @Test
    void malformedListsNameTheLine() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "long_hair,0,100,\"longhair\"\nbroken line without commas\n", StandardCharsets.UTF_8);
        TagCsv.FormatException e = assertThrows(TagCsv.FormatException.class, () -> TagList.load(csv));
        assertTrue(e.getMessage().startsWith("bad.csv:2:"), e.getMessage());
        Files.write(csv, new byte[] { 'a', ',', '0', ',', '1', '\n', (byte) 0xFF, ',', '0', ',', '1' });
        IOException notUtf8 = assertThrows(IOException.class, () -> TagList.load(csv));
        assertTrue(notUtf8.getMessage().contains("UTF-8"), notUtf8.getMessage());
    }

    @Test
    void editNeighboursFindExactlyOneEditAway() {
        EditNeighbours n = new EditNeighbours(List.of("smile", "smiley", "simle", "mile", "smirk", "grin"));
        int[] found = n.withinOneEdit("smile");
        Arrays.sort(found);
        assertArrayEquals(new int[] { 1, 2, 3 }, found, "insertion, swap, deletion; not itself, not two edits away");
        assertArrayEquals(new int[] { 0 }, n.withinOneEdit("smole"), "substitution");
        assertArrayEquals(new int[0], n.withinOneEdit("frown"));
    }
}
