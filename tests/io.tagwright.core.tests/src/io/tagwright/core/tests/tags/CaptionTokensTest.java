package io.tagwright.core.tests.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.tags.CaptionTokens;
import io.tagwright.core.tags.TagInfo;
import io.tagwright.core.tags.TagList;
import io.tagwright.tests.common.SharedData;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;

/** Counting from per-tag counts gives exactly what the tokenizer gives for the whole caption line. */
class CaptionTokensTest {

    @Test
    void perTagCountsAddUpToTheWholeCaption() throws IOException {
        ClipTokenizer clip = ClipTokenizer.load(SharedData.path("clip/tokenizer"));
        List<TagInfo> tags = TagList.load(SharedData.path("tags/danbooru.csv")).tags();
        CaptionTokens tokens = CaptionTokens.of(clip);
        assertSame(tokens, CaptionTokens.of(clip));
        Random random = new Random(3);
        for (int i = 0; i < 3000; i++) {
            List<String> caption = new ArrayList<>();
            int n = 1 + random.nextInt(30);
            for (int j = 0; j < n; j++) {
                // frequent tags most of the time (as in real captions), any tag of the list otherwise
                TagInfo t = tags.get(random.nextInt(4) == 0 ? random.nextInt(tags.size()) : random.nextInt(2000));
                caption.add(random.nextBoolean() ? t.name() : t.captionSpelling());
            }
            assertEquals(clip.countTokens(CaptionSyntax.join(caption, ", ")), tokens.count(caption), caption.toString());
        }
        for (List<String> odd : List.of(List.of("name_(series)", "smile"), List.of("smile", ":d", "^_^"), List.of("e\u0301toile", "x"),
                List.of("caf\u00e9", "\u0301x"), List.of("<|endoftext|>", "a"), List.of("a\u0001", "b"))) {
            assertEquals(clip.countTokens(CaptionSyntax.join(odd, ", ")), tokens.count(odd), odd.toString());
        }
        assertEquals(0, tokens.count(List.of()));
        // per tag, for callers with their own memo (the index): a tag starting with a combining mark cannot be
        // counted on its own
        assertFalse(tokens.of("\u0301x").clean());
        assertEquals(new CaptionTokens.TagTokens(clip.countTokens("smile"), clip.countTokens("smile,")), tokens.of("smile"));
    }
}
