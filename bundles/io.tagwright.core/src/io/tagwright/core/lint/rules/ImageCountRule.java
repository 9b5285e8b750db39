package io.tagwright.core.lint.rules;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintContext;
import io.tagwright.core.lint.Location;
import io.tagwright.core.lint.Severity;

/** A single-subject set should have about 40 training images (by default: between 20 and 80). */
public final class ImageCountRule extends AbstractRule {

    public static final String ID = "image-count";

    public ImageCountRule() {
        super(ID, Severity.WARNING, "a single-subject set has far fewer or far more images than the ~40 of the recipe");
    }

    @Override
    public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
        int n = ctx.trainingImages().size();
        if (n == 0) {
            out.accept(new Finding(ID, Severity.ERROR, "no training images: kohya trains on images in N_name folders of "
                    + "the train folder", Location.DATASET, null));
            return;
        }
        if (!ctx.singleSubject()) {
            return;
        }
        int min = ctx.settings().minImages();
        int max = ctx.settings().maxImages();
        if (n < min) {
            out.accept(ctx.finding(this, n + " training images: a single-subject LoRA usually needs about 40 (at least " + min
                    + ") to learn the subject rather than the pictures", Location.DATASET, null));
        } else if (n > max) {
            out.accept(ctx.finding(this, n + " training images: about 40 well-chosen images of one subject train better than "
                    + "many similar ones (more than " + max + " usually means near-duplicates or several subjects)",
                    Location.DATASET, null));
        }
    }
}
