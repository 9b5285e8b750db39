package io.tagwright.core.lint.rules;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tagwright.core.dataset.DatasetSnapshot.Image;
import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintContext;
import io.tagwright.core.lint.Location;
import io.tagwright.core.lint.Severity;

/** Images whose shorter side is below the minimum (768 px by default). */
public final class ImageSizeRule extends AbstractRule {

    public static final String ID = "image-too-small";

    public ImageSizeRule() {
        super(ID, Severity.WARNING, "an image's shorter side is below the minimum size (768 px)");
    }

    @Override
    public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
        int min = ctx.settings().minImageSide();
        for (Image i : ctx.snapshot().images()) {
            if (i.width() > 0 && i.height() > 0 && Math.min(i.width(), i.height()) < min) {
                out.accept(ctx.finding(this, i.width() + "×" + i.height() + ": the shorter side is below " + min
                        + " px; it will be upscaled (soft details) or trained in a smaller bucket", Location.image(i.key()), null));
            }
        }
    }
}
