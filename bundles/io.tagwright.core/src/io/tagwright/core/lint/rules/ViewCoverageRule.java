package io.tagwright.core.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tagwright.core.dataset.DatasetSnapshot.Image;
import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintContext;
import io.tagwright.core.lint.Location;
import io.tagwright.core.lint.Severity;
import io.tagwright.core.lint.ViewRecipe;
import io.tagwright.core.lint.ViewRecipe.Requirement;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ViewAnnotation;

/**
 * Views and framings of a single-subject set against the recipe ({@link ViewRecipe#standard()}). An image
 * counts by its annotation, else by its caption's view and framing tags; an image without either is taken
 * as a front view. Caption tags cannot tell left from right ("from side"): such images fill whichever side
 * is short.
 */
public final class ViewCoverageRule extends AbstractRule {

    public static final String ID = "view-coverage";

    private static final Set<ViewAnnotation> SLIGHT = Set.of(ViewAnnotation.SLIGHTLY_LEFT, ViewAnnotation.SLIGHTLY_RIGHT);
    private static final Set<ViewAnnotation> PROFILE = Set.of(ViewAnnotation.LEFT_PROFILE, ViewAnnotation.RIGHT_PROFILE);

    public ViewCoverageRule() {
        super(ID, Severity.INFO, "views and framings do not follow the recipe (front close-ups, sides, profiles, above, behind, body shots)");
    }

    private record Shot(ViewAnnotation view, FramingAnnotation framing, boolean sideKnown) {
    }

    @Override
    public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
        List<Image> images = ctx.trainingImages();
        if (images.isEmpty() || !ctx.singleSubject() || images.size() > ctx.settings().recipeMaxImages()) {
            return;
        }
        ViewRecipe recipe = ctx.settings().recipe();
        List<Shot> shots = new ArrayList<>();
        int frontCloseUps = 0;
        for (Image i : images) {
            boolean annotated = i.view() != null && i.view() != ViewAnnotation.UNSET;
            ViewAnnotation v = ctx.effectiveView(i);
            if (v == ViewAnnotation.UNSET) {
                v = ViewAnnotation.FRONT;
            }
            FramingAnnotation f = ctx.effectiveFraming(i);
            boolean sideKnown = annotated || !(SLIGHT.contains(v) || PROFILE.contains(v));
            shots.add(new Shot(v, f, sideKnown));
            if (v == ViewAnnotation.FRONT && (f == FramingAnnotation.CLOSE_UP || f == FramingAnnotation.UNSET)) {
                frontCloseUps++;
            }
        }
        List<Requirement> reqs = recipe.requirements();
        int[] counts = new int[reqs.size()];
        List<Shot> unknownSide = new ArrayList<>();
        for (Shot s : shots) {
            if (!s.sideKnown()) {
                unknownSide.add(s);
                continue;
            }
            for (int r = 0; r < reqs.size(); r++) {
                if (reqs.get(r).matches(s.view(), s.framing())) {
                    counts[r]++;
                }
            }
        }
        // a "from side" caption could be either side: give it to the side that lacks most
        for (Shot s : unknownSide) {
            Set<ViewAnnotation> pair = SLIGHT.contains(s.view()) ? SLIGHT : PROFILE;
            int best = -1;
            for (int r = 0; r < reqs.size(); r++) {
                Requirement q = reqs.get(r);
                if (!q.views().isEmpty() && pair.containsAll(q.views()) && q.matches(q.views().iterator().next(), s.framing())) {
                    if (best < 0 || q.min() - counts[r] > reqs.get(best).min() - counts[best]) {
                        best = r;
                    }
                }
            }
            if (best >= 0) {
                counts[best]++;
            }
            for (int r = 0; r < reqs.size(); r++) {
                if (reqs.get(r).views().isEmpty() && reqs.get(r).matches(s.view(), s.framing())) {
                    counts[r]++; // framing-only requirements count it whatever the side
                }
            }
        }
        if (recipe.mostlyFrontCloseUps() && frontCloseUps * 2 <= images.size()) {
            out.accept(ctx.finding(this, "only " + frontCloseUps + " of " + images.size() + " images are front close-ups; the "
                    + "recipe makes most images front-facing close-ups so the face is learned first", Location.DATASET, null));
        }
        for (int r = 0; r < reqs.size(); r++) {
            Requirement q = reqs.get(r);
            if (counts[r] < q.min()) {
                String wanted = q.max() == Integer.MAX_VALUE ? "at least " + q.min() : q.min() == q.max() ? "" + q.min() : q.min() + "–" + q.max();
                boolean one = q.min() == 1 && (q.max() == 1 || q.max() == Integer.MAX_VALUE);
                out.accept(ctx.finding(this, "the recipe wants " + wanted + (one ? " image " : " images ") + q.label()
                        + "; the dataset has " + counts[r] + (unannotated(images) ? " (no image is annotated yet: annotate views and "
                        + "framings, or put view tags such as 'from side' in the captions)" : ""), Location.DATASET, null));
            } else if (counts[r] > q.max()) {
                out.accept(ctx.finding(this, counts[r] + " images " + q.label() + "; the recipe wants at most " + q.max()
                        + " so that front views stay the majority", Location.DATASET, null));
            }
        }
    }

    private static boolean unannotated(List<Image> images) {
        for (Image i : images) {
            if ((i.view() != null && i.view() != ViewAnnotation.UNSET) || (i.framing() != null && i.framing() != FramingAnnotation.UNSET)) {
                return false;
            }
        }
        return true;
    }
}
