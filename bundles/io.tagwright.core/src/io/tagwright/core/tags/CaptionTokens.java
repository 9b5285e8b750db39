package io.tagwright.core.tags;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;

/**
 * CLIP token counts of captions, exactly as {@link ClipTokenizer#countTokens} counts the caption line
 * ({@code ", "} between tags), but from per-tag counts: CLIP splits text on white space before it merges
 * byte pairs, so a caption's count is the sum of the counts of its pieces {@code "tag,"} (the comma can fuse
 * with symbols the tag ends in, as in {@code name_(series),}) and of its last tag. Datasets repeat a few
 * thousand tags, so this is many times faster than tokenizing every caption. Thread-safe.
 */
public final class CaptionTokens {

    private static final Map<ClipTokenizer, CaptionTokens> SHARED = Collections.synchronizedMap(new WeakHashMap<>());

    private final ClipTokenizer tokenizer;
    private final Map<String, Integer> bare = new ConcurrentHashMap<>();
    private final Map<String, Integer> withComma = new ConcurrentHashMap<>();

    private CaptionTokens(ClipTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The counter of a tokenizer, shared by everyone using that tokenizer (its cache grows with distinct tags). */
    public static CaptionTokens of(ClipTokenizer tokenizer) {
        return SHARED.computeIfAbsent(tokenizer, CaptionTokens::new);
    }

    public ClipTokenizer tokenizer() {
        return tokenizer;
    }

    /** Tokens of the caption line made of {@code tags}, without BOS and EOS. */
    public int count(List<String> tags) {
        int n = tags.size();
        int sum = 0;
        for (int i = 0; i < n; i++) {
            TagTokens t = of(tags.get(i));
            if (!t.clean()) {
                return countLine(tags);
            }
            sum += i == n - 1 ? t.last() : t.followed();
        }
        return sum;
    }

    /**
     * What {@code tag} adds to the count of a caption, for callers that keep their own per-tag memo: a caption's
     * count is the sum of {@link TagTokens#last()} of its last tag and {@link TagTokens#followed()} of the others,
     * unless one of its tags is not {@link TagTokens#clean()}; then it is {@link #countLine}.
     */
    public TagTokens of(String tag) {
        if (!startsCleanly(tag)) {
            return new TagTokens(-1, -1);
        }
        return new TagTokens(bare.computeIfAbsent(tag, tokenizer::countTokens),
                withComma.computeIfAbsent(tag, t -> tokenizer.countTokens(t + ",")));
    }

    /** The tokens of one tag as the last of a caption and as one followed by {@code ", "}. */
    public record TagTokens(int last, int followed) {
        /** False for a tag starting with a combining mark: the caption must be counted whole. */
        public boolean clean() {
            return last >= 0;
        }
    }

    /** Tokens of the caption line made of {@code tags}, tokenized whole. */
    public int countLine(List<String> tags) {
        return tokenizer.countTokens(CaptionSyntax.join(tags, ", "));
    }

    /** Not a combining mark, which Unicode normalisation could attach to the space before it. */
    private static boolean startsCleanly(String tag) {
        if (tag.isEmpty()) {
            return true;
        }
        int type = Character.getType(tag.codePointAt(0));
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK;
    }
}
