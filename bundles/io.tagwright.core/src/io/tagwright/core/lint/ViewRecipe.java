package io.tagwright.core.lint;

import java.util.List;
import java.util.Set;

import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ViewAnnotation;

/**
 * How many images of each view and framing a single-subject dataset should have. The default is the
 * common character-LoRA recipe: mostly front close-ups, two or three slightly from each side, one profile
 * from each side, one from above, two from behind, one upper-body and one full-body shot.
 *
 * @param mostlyFrontCloseUps require more than half of the images to be front close-ups
 */
public record ViewRecipe(boolean mostlyFrontCloseUps, List<Requirement> requirements) {

    /**
     * At least {@code min} and at most {@code max} images with one of {@code views} (empty: any) and one of
     * {@code framings} (empty: any). {@code label} completes "N images ...", e.g. "from behind".
     */
    public record Requirement(String label, Set<ViewAnnotation> views, Set<FramingAnnotation> framings, int min, int max) {
        public boolean matches(ViewAnnotation view, FramingAnnotation framing) {
            return (views.isEmpty() || views.contains(view)) && (framings.isEmpty() || framings.contains(framing));
        }
    }

    public static ViewRecipe standard() {
        return new ViewRecipe(true, List.of(
                view("slightly from the left", ViewAnnotation.SLIGHTLY_LEFT, 2, 3),
                view("slightly from the right", ViewAnnotation.SLIGHTLY_RIGHT, 2, 3),
                view("in left profile", ViewAnnotation.LEFT_PROFILE, 1, Integer.MAX_VALUE),
                view("in right profile", ViewAnnotation.RIGHT_PROFILE, 1, Integer.MAX_VALUE),
                view("from above", ViewAnnotation.FROM_ABOVE, 1, Integer.MAX_VALUE),
                view("from behind", ViewAnnotation.FROM_BEHIND, 2, Integer.MAX_VALUE),
                framing("of the upper body", FramingAnnotation.UPPER_BODY, 1),
                framing("of the full body", FramingAnnotation.FULL_BODY, 1)));
    }

    private static Requirement view(String label, ViewAnnotation v, int min, int max) {
        return new Requirement(label, Set.of(v), Set.of(), min, max);
    }

    private static Requirement framing(String label, FramingAnnotation f, int min) {
        return new Requirement(label, Set.of(), Set.of(f), min, Integer.MAX_VALUE);
    }
}
