package io.tagwright.ui.overview;

import io.tagwright.core.lint.ViewRecipe;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ViewAnnotation;

/**
 * The coverage lint's view recipe asks for, as a {min, max} range per annotation value, for the overview's
 * charts (max -1: no upper bound). Only requirements about a single view (or a single framing) become bars'
 * ranges; "mostly front close-ups" asks for more than half of the images to be front views.
 */
final class RecipeTargets {

    private RecipeTargets() {
    }

    static int[][] views(ViewRecipe recipe, int images) {
        int[][] t = new int[ViewAnnotation.values().length][];
        for (ViewRecipe.Requirement r : recipe.requirements()) {
            if (r.views().size() == 1 && r.framings().isEmpty()) {
                t[r.views().iterator().next().getValue()] = range(r);
            }
        }
        if (recipe.mostlyFrontCloseUps() && images > 0) {
            t[ViewAnnotation.FRONT_VALUE] = new int[] { images / 2 + 1, -1 };
        }
        return t;
    }

    static int[][] framings(ViewRecipe recipe) {
        int[][] t = new int[FramingAnnotation.values().length][];
        for (ViewRecipe.Requirement r : recipe.requirements()) {
            if (r.framings().size() == 1 && r.views().isEmpty()) {
                t[r.framings().iterator().next().getValue()] = range(r);
            }
        }
        return t;
    }

    private static int[] range(ViewRecipe.Requirement r) {
        return new int[] { r.min(), r.max() == Integer.MAX_VALUE ? -1 : r.max() };
    }
}
