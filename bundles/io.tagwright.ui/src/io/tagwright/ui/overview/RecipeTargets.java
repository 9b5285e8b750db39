package io.tagwright.ui.overview;

/**
 * The view coverage the recipe asks for, as ranges per view annotation, for the overview's coverage chart.
 * Comes from the lint rules' recipe when the engine provides one.
 */
final class RecipeTargets {

    private RecipeTargets() {
    }

    static String caption() {
        return "";
    }

    /** Target range {min, max} per view annotation value for a set of {@code images}, or null without a recipe. */
    static int[][] views(int images) {
        return null;
    }
}
