package io.tagwright.ui.gallery;

import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ViewAnnotation;

/** Short badge texts for annotations, small enough to sit on a thumbnail's corner. */
final class Badges {

    private Badges() {
    }

    static String view(ViewAnnotation v) {
        return switch (v) {
            case FRONT -> "front";
            case SLIGHTLY_LEFT -> "¾ L";
            case SLIGHTLY_RIGHT -> "¾ R";
            case LEFT_PROFILE -> "profile L";
            case RIGHT_PROFILE -> "profile R";
            case FROM_ABOVE -> "above";
            case FROM_BELOW -> "below";
            case FROM_BEHIND -> "behind";
            default -> null;
        };
    }

    static String framing(FramingAnnotation f) {
        return switch (f) {
            case CLOSE_UP -> "close-up";
            case UPPER_BODY -> "upper";
            case COWBOY_SHOT -> "cowboy";
            case FULL_BODY -> "full";
            default -> null;
        };
    }
}
