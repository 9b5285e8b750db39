package io.tagwright.trainer.sd15.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.testdata.SharedData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipTokenizerTest {

    private static ClipTokenizer tiny;
    private static ClipTokenizer full;
    private static List<Map<String, Object>> goldens;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        tiny = ClipTokenizer.load(SharedData.path("sd15-tiny/models/tiny_sd15_diffusers"));
        full = ClipTokenizer.load(SharedData.path("clip/tokenizer"));
        Map<String, Object> doc = Json.parseObject(Files.readString(SharedData.path("sd15-tiny/goldens/tokenizer.json")));
        goldens = (List<Map<String, Object>>) doc.get("prompts");
        assertTrue(goldens.size() >= 7);
    }

    private static int[] ints(Object list) {
        return ((List<?>) list).stream().mapToInt(o -> ((Long) o).intValue()).toArray();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    @Test
    void specialIdsComeFromTheVocabulary() {
        assertEquals(998, tiny.bosId());
        assertEquals(999, tiny.eosId());
        assertEquals(999, tiny.padId());
        assertEquals(1000, tiny.vocabSize());
        assertEquals(49406, full.bosId());
        assertEquals(49407, full.eosId());
        assertEquals(49407, full.padId());
        assertEquals(49408, full.vocabSize());
    }

    @Test
    void everyGoldenMatchesOnTheBasicTokenizerPath() {
        ClipTokenizer t = tiny.withCleanup(TextCleanup.BASIC);
        ClipTokenizer f = full.withCleanup(TextCleanup.BASIC);
        for (Map<String, Object> g : goldens) {
            String prompt = (String) g.get("prompt");
            assertEquals(strings(g.get("tiny_bpe_tokens")), t.tokens(prompt), "tiny tokens of " + prompt);
            assertArrayEquals(ints(g.get("tiny_input_ids")), t.encode(prompt), "tiny ids of " + prompt);
            assertEquals(strings(g.get("full_bpe_tokens")), f.tokens(prompt), "full tokens of " + prompt);
            assertArrayEquals(ints(g.get("full_input_ids")), f.encode(prompt), "full ids of " + prompt);
            assertEquals(strings(g.get("full_bpe_tokens")).size(), f.countTokens(prompt));
        }
    }

    @Test
    void ftfyPathAgreesWithGoldensWherePunctuationIsNotInvolved() {
        int checked = 0;
        for (Map<String, Object> g : goldens) {
            String prompt = (String) g.get("prompt");
            if (prompt.contains("'") || prompt.contains("!!") || prompt.contains("(")) {
                continue;
            }
            assertEquals(strings(g.get("full_bpe_tokens")), full.tokens(prompt), prompt);
            assertArrayEquals(ints(g.get("tiny_input_ids")), tiny.encode(prompt), prompt);
            checked++;
        }
        assertTrue(checked >= 4);
    }

    @Test
    void ftfyPathKeepsClipContractionsAndPunctuationRuns() {
        // CLIP's own regex: "'t" is one piece and "!!" stays one run; the BasicTokenizer fallback splits both.
        assertEquals(List.of("don</w>", "'t</w>", "stop</w>", "!!</w>"), full.tokens("Don't stop!!"));
        assertArrayEquals(new int[] {847, 713, 928, 335, 748}, tiny.tokenIds("Don't stop!!"));
        assertEquals(List.of("don</w>", "'</w>", "t</w>", "stop</w>", "!</w>", "!</w>"),
                full.withCleanup(TextCleanup.BASIC).tokens("Don't stop!!"));
        assertEquals(List.of("(</w>", "masterpiece</w>", ":</w>", "1</w>", ".</w>", "2</w>", ")</w>"),
                full.tokens("(masterpiece:1.2)"));
        assertEquals(List.of("((</w>", "cat</w>", "))</w>"), full.tokens("((cat))"));
    }

    @Test
    void weightsAndEscapesAreTokenizedLiterally() {
        // The trainer does not interpret A1111 attention syntax in captions: kohya tokenizes it as text.
        assertEquals(7, full.countTokens("(tag:1.2)"));
        assertTrue(full.countTokens("\\(cat\\)") >= 3);
    }

    @Test
    void emptyAndBlankCaptions() {
        int[] ids = full.encode("");
        assertEquals(77, ids.length);
        assertEquals(49406, ids[0]);
        assertEquals(49407, ids[1]);
        assertEquals(49407, ids[76]);
        assertArrayEquals(ids, full.encode("   \n\t "));
        assertEquals(0, full.countTokens(""));
        assertEquals(0, full.countTokens(null));
    }

    @Test
    void whitespaceAndCaseAreNormalized() {
        assertEquals(full.tokens("a photo of a cat"), full.tokens("  A\tPHOTO \n of  a Cat "));
    }

    @Test
    void unicodeIsByteEncodedNotLost() {
        // every UTF-8 byte has a symbol, so nothing maps to the unknown token
        for (String s : List.of("café", "日本語のキャプション", "emoji 😀 smile", "naïve ﬁsh", "ｆｕｌｌ")) {
            int[] ids = full.tokenIds(s);
            assertTrue(ids.length > 0, s);
            for (int id : ids) {
                assertTrue(id < 49406, s + " produced a special id");
            }
        }
        // ftfy path keeps accents, fixes ligatures and full-width letters
        assertEquals(full.tokens("naive fish full"), full.tokens("naive ﬁsh ｆｕｌｌ"));
        // tokens are byte-level: é is the two UTF-8 bytes C3 A9, shown as Ã and ©
        assertEquals(List.of("cafÃ©</w>"), full.tokens("café"));
        // BasicTokenizer path strips accents (transformers 4.30 without ftfy)
        assertEquals(full.withCleanup(TextCleanup.BASIC).tokens("cafe"), full.withCleanup(TextCleanup.BASIC).tokens("café"));
        // decomposed and composed forms give the same ids
        assertArrayEquals(full.tokenIds("cafe\u0301"), full.tokenIds("café"));
    }

    @Test
    void literalSpecialTokensMapToTheirIds() {
        assertArrayEquals(new int[] {320, 49407, 2368}, full.tokenIds("a <|endoftext|> cat"));
    }

    @Test
    void longCaptionsAreTruncatedToSeventySevenIds() {
        String longText = "cat ".repeat(500);
        assertEquals(500, full.countTokens(longText));
        int[] ids = full.encode(longText);
        assertEquals(77, ids.length);
        assertEquals(49406, ids[0]);
        assertEquals(2368, ids[75]);
        assertEquals(49407, ids[76]);
    }

    @Test
    void kohyaMaxTokenLengthChunks() {
        String text = "cat ".repeat(100); // 100 tokens
        int[][] rows = full.encodeChunks(text, 225);
        assertEquals(3, rows.length);
        for (int[] r : rows) {
            assertEquals(77, r.length);
            assertEquals(49406, r[0]);
            assertEquals(49407, r[76]);
        }
        for (int i = 1; i <= 75; i++) {
            assertEquals(2368, rows[0][i]);
        }
        for (int i = 1; i <= 25; i++) {
            assertEquals(2368, rows[1][i], "token " + i);
        }
        assertEquals(49407, rows[1][26]);
        assertEquals(49407, rows[2][1]);
        assertEquals(2, full.encodeChunks(text, 150).length);
        assertArrayEquals(full.encode(text), full.encodeChunks(text, 75)[0]);
        assertThrows(IllegalArgumentException.class, () -> full.encodeChunks(text, 100));
    }

    @Test
    void sd2StylePaddingFollowsSdScripts() {
        ClipTokenizer padZero = full.withPadId(0);
        int[][] rows = padZero.encodeChunks("cat ".repeat(80), 150);
        // row 0 ends in a token: its last id becomes EOS
        assertEquals(49407, rows[0][76]);
        // row 1 holds 5 tokens, the EOS, then padding; the final id (a pad) is kept
        assertEquals(2368, rows[1][5]);
        assertEquals(49407, rows[1][6]);
        assertEquals(0, rows[1][7]);
        assertEquals(0, rows[1][76]);
    }

    @Test
    void clipOriginalMergesFileGivesTheSameIds() {
        ClipTokenizer fromGz = ClipTokenizer.load(SharedData.path("clip/bpe_simple_vocab_16e6.txt.gz"));
        assertEquals(49408, fromGz.vocabSize());
        for (Map<String, Object> g : goldens) {
            String prompt = (String) g.get("prompt");
            assertArrayEquals(full.encode(prompt), fromGz.encode(prompt), prompt);
        }
        assertArrayEquals(full.tokenIds("日本語 😀 naïve"), fromGz.tokenIds("日本語 😀 naïve"));
    }

    @Test
    void clearErrorsForMissingOrBrokenFiles(@TempDir Path dir) throws IOException {
        TokenizerException e = assertThrows(TokenizerException.class, () -> ClipTokenizer.load(dir));
        assertTrue(e.getMessage().contains("vocab.json"), e.getMessage());
        Files.writeString(dir.resolve("vocab.json"), "{\"a\": 1,");
        Files.writeString(dir.resolve("merges.txt"), "#version: 0.2\na b\n");
        e = assertThrows(TokenizerException.class, () -> ClipTokenizer.load(dir));
        assertTrue(e.getMessage().contains("vocab.json") && e.getMessage().contains("JSON"), e.getMessage());
        Files.writeString(dir.resolve("vocab.json"), "{\"a\": 1}");
        Files.writeString(dir.resolve("merges.txt"), "#version: 0.2\na b c\n");
        e = assertThrows(TokenizerException.class, () -> ClipTokenizer.load(dir));
        assertTrue(e.getMessage().contains("merges.txt:2"), e.getMessage());
        Files.writeString(dir.resolve("merges.txt"), "a b\n");
        e = assertThrows(TokenizerException.class, () -> ClipTokenizer.load(dir));
        assertTrue(e.getMessage().contains("<|startoftext|>"), e.getMessage());
        Path notGz = dir.resolve("x.gz");
        Files.writeString(notGz, "plain");
        e = assertThrows(TokenizerException.class, () -> ClipTokenizer.load(notGz));
        assertTrue(e.getMessage().contains("gzip"), e.getMessage());
    }

    @Test
    void repeatedCountingUsesTheCacheConsistently() {
        // lint counts every caption of large datasets: the merge cache must give the same answer every time
        String caption = "1girl, solo, long hair, looking at viewer, smile, outdoors, cherry blossoms, braided hair";
        int first = full.countTokens(caption);
        assertEquals(full.tokens(caption).size(), first);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(first, full.countTokens(caption));
        }
    }
}
