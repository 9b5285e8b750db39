package io.tagwright.core.lint.rules;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.dataset.DatasetSnapshot.Image;
import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintContext;
import io.tagwright.core.lint.Location;
import io.tagwright.core.lint.Severity;
import io.tagwright.core.tags.CaptionTokens;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;

/**
 * Captions longer than 75 CLIP tokens: without {@code --max_token_length} kohya keeps the first 75 and
 * silently drops the rest. Counted with the real CLIP BPE; without a configured tokenizer the rule says
 * what to configure instead of guessing.
 */
public final class TokenLimitRule extends AbstractRule {

    public static final String ID = "too-many-tokens";

    public TokenLimitRule() {
        super(ID, Severity.WARNING, "a caption is longer than 75 CLIP tokens (the rest is cut off)");
    }

    @Override
    public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
        ClipTokenizer tokenizer = ctx.settings().tokenizer();
        if (tokenizer == null) {
            out.accept(new Finding(ID, Severity.INFO, "caption lengths in CLIP tokens were not checked: "
                    + ctx.settings().tokenizerHint(), Location.DATASET, null));
            return;
        }
        int limit = ctx.settings().maxTokens();
        List<Image> images = ctx.snapshot().images();
        CaptionTokens tokens = CaptionTokens.of(tokenizer);
        int[] counts = new int[images.size()];
        java.util.stream.IntStream.range(0, images.size()).parallel().forEach(i -> {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            counts[i] = tokens.count(images.get(i).tags());
        });
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > limit) {
                Image image = images.get(i);
                String cut = firstCut(tokenizer, image.tags(), limit);
                out.accept(ctx.finding(this, counts[i] + " CLIP tokens: kohya keeps " + limit + " (unless --max_token_length is set), "
                        + (cut == null ? "the end of the caption is cut off" : "so the tags from " + quote(cut) + " on are cut off"),
                        Location.image(image.key()), null));
            }
        }
    }

    /** The first tag that does not fit completely into {@code limit} tokens. */
    static String firstCut(ClipTokenizer tokenizer, List<String> tags, int limit) {
        for (int k = 1; k <= tags.size(); k++) {
            if (tokenizer.countTokens(CaptionSyntax.join(tags.subList(0, k), ", ")) > limit) {
                return tags.get(k - 1);
            }
        }
        return null;
    }
}
