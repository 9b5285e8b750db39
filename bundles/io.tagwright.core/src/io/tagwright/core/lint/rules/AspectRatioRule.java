package io.tagwright.core.lint.rules;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tagwright.core.dataset.DatasetSnapshot.Image;
import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintContext;
import io.tagwright.core.lint.Location;
import io.tagwright.core.lint.Severity;

/**
 * The mix of aspect ratios against the size images will be generated at. A LoRA reproduces the framing
 * it was trained on: if most images are portrait and the target is square, square generations crop
 * badly. Images are classed the way buckets would place them: within 10% of square is square. Single
 * images with an extreme aspect ratio (beyond 2:1) get a finding of their own.
 */
public final class AspectRatioRule extends AbstractRule {

    public static final String ID = "aspect-ratio-mix";

    /** Width/height between 1/1.1 and 1.1 is "square": the same or the neighbouring 64 px bucket at 768 px. */
    static final double SQUARE_TOLERANCE = 1.1;

    public AspectRatioRule() {
        super(ID, Severity.WARNING, "the images' aspect ratios do not match the generation size, or one is extreme");
    }

    /** "portrait", "square" or "landscape". */
    public static String aspectClass(int width, int height) {
        double a = (double) width / height;
        return a > SQUARE_TOLERANCE ? "landscape" : a < 1 / SQUARE_TOLERANCE ? "portrait" : "square";
    }

    @Override
    public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
        int tw = ctx.settings().targetWidth() > 0 ? ctx.settings().targetWidth() : ctx.snapshot().targetResolution();
        int th = ctx.settings().targetHeight() > 0 ? ctx.settings().targetHeight() : ctx.snapshot().targetResolution();
        String target = aspectClass(tw, th);
        int portrait = 0;
        int square = 0;
        int landscape = 0;
        double extreme = ctx.settings().extremeAspect();
        for (Image i : ctx.trainingImages()) {
            if (i.width() <= 0 || i.height() <= 0) {
                continue;
            }
            switch (aspectClass(i.width(), i.height())) {
                case "portrait" -> portrait++;
                case "landscape" -> landscape++;
                default -> square++;
            }
            double a = Math.max((double) i.width() / i.height(), (double) i.height() / i.width());
            if (a > extreme) {
                out.accept(ctx.finding(this, String.format(Locale.ROOT,
                        "%d×%d has an aspect ratio of %.1f:1; its bucket keeps little detail along the short side",
                        i.width(), i.height(), a), Location.image(i.key()), null));
            }
        }
        int total = portrait + square + landscape;
        int matching = switch (target) {
            case "portrait" -> portrait;
            case "landscape" -> landscape;
            default -> square;
        };
        if (total > 0 && matching * 2 < total) {
            out.accept(ctx.finding(this, String.format(Locale.ROOT,
                    "only %d of %d images (%d%%) are %s like the %d×%d generation size (%d portrait, %d square, %d landscape); "
                            + "the LoRA learns the framing of its images",
                    matching, total, Math.round(100.0 * matching / total), target, tw, th, portrait, square, landscape),
                    Location.DATASET, null));
        }
    }
}
