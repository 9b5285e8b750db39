package io.tagwright.trainer.protocol.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SamplePromptFileTest {

    @Test
    void theSeedsExample() {
        SamplePromptFile.Result r = SamplePromptFile.parse(
                "1girl, CharacterAI, braided hair, photo --w 512 --h 512 --s 35 --n Anime, Cartoon, 3D render\n");
        assertEquals(List.of(), r.problems());
        SamplePrompt p = r.prompts().get(0);
        assertEquals("1girl, CharacterAI, braided hair, photo", p.prompt());
        assertEquals("Anime, Cartoon, 3D render", p.negativePrompt());
        assertEquals(512, p.width());
        assertEquals(512, p.height());
        assertEquals(35, p.steps());
        assertEquals(7.5, p.scale());
        assertNull(p.seed());
    }

    @Test
    void defaultsCommentsRoundingAndIndexes() {
        String text = "\uFEFF# comment\n\n  a cat --d 42 --l 5 --W 700 --h 1000  \r\n#x --w 1\nsecond\n";
        SamplePromptFile.Result r = SamplePromptFile.parse(text);
        assertEquals(2, r.prompts().size());
        SamplePrompt a = r.prompts().get(0);
        assertEquals(0, a.index());
        assertEquals(3, a.line());
        assertEquals("a cat", a.prompt());
        assertEquals(42L, a.seed());
        assertEquals(5.0, a.scale());
        assertEquals(696, a.width());
        assertEquals(1000, a.height());
        SamplePrompt b = r.prompts().get(1);
        assertEquals(1, b.index());
        assertEquals(5, b.line());
        assertEquals(new SamplePrompt(1, 5, "second", null, 512, 512, 30, 7.5, null), b);
        assertEquals(1, r.problems().size());
        assertEquals(3, r.problems().get(0).line());
        assertTrue(r.problems().get(0).message().contains("696"));
        assertFalse(r.hasErrors());
    }

    @Test
    void perLineProblems() {
        SamplePromptFile.Result r = SamplePromptFile.parse("ok --w 16 --s 0\nbad --w big --x 3\n--n neg only\nmore --l .\n");
        List<SamplePromptFile.Problem> ps = r.problems();
        assertTrue(ps.stream().anyMatch(p -> p.line() == 1 && p.message().contains("64")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.line() == 1 && p.message().contains("clamped to 1")), ps.toString());
        assertEquals(64, r.prompts().get(0).width());
        assertEquals(1, r.prompts().get(0).steps());
        SamplePromptFile.Problem w = ps.stream().filter(p -> p.line() == 2 && p.message().startsWith("--w")).findFirst().orElseThrow();
        assertEquals(SamplePromptFile.Severity.ERROR, w.severity());
        assertEquals(5, w.column());
        assertTrue(ps.stream().anyMatch(p -> p.line() == 2 && p.message().contains("unknown option --x")), ps.toString());
        assertEquals(512, r.prompts().get(1).width());
        // a line starting with "--n" is all prompt for sd-scripts (no " --" before it)
        assertEquals("--n neg only", r.prompts().get(2).prompt());
        assertEquals(SamplePromptFile.Severity.ERROR,
                ps.stream().filter(p -> p.line() == 4).findFirst().orElseThrow().severity());
        assertTrue(r.hasErrors());
    }

    @Test
    void promptThatLooksLikeAnOptionBehavesAsInSdScripts() {
        SamplePromptFile.Result r = SamplePromptFile.parse("w 640 wide shot --h 512\n");
        assertEquals(640, r.prompts().get(0).width());
        assertEquals("w 640 wide shot", r.prompts().get(0).prompt());
        assertTrue(r.problems().get(0).message().contains("starts like an option"));
    }
}
