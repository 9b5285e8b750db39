package io.tagwright.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tagwright.core.caption.CaptionSyntax;

class CaptionSyntaxTest {

    @Test
    void underscoreAndSpaceAreTheSameTag() {
        assertTrue(CaptionSyntax.sameTag("braided_hair", "braided hair"));
        assertTrue(CaptionSyntax.sameTag("Braided  Hair", "braided_hair"));
        assertTrue(CaptionSyntax.sameTag("name_(series)", "name \\(series\\)"));
        assertFalse(CaptionSyntax.sameTag("braided hair", "braid"));
        assertEquals("from side", CaptionSyntax.key(" from_side "));
    }

    @Test
    void escapedCommaAndBracketsDoNotSplit() {
        assertEquals(List.of("a\\,b", "[c, d]", "{e, f}", "g"), CaptionSyntax.split("a\\,b, [c, d], {e, f}, g"));
        assertEquals(List.of("unbalanced)", "x"), CaptionSyntax.split("unbalanced), x"));
        assertEquals(List.of(), CaptionSyntax.split(" , ,"));
    }

    @Test
    void indexOfMatchesLoosely() {
        assertEquals(1, CaptionSyntax.indexOf(List.of("1girl", "Dark_Skin"), "dark skin"));
        assertEquals(-1, CaptionSyntax.indexOf(List.of("1girl"), "dark skin"));
    }
}
