package io.tagwright.core.dataset;

import java.util.List;

import io.tagwright.model.AnnotationTags;
import io.tagwright.model.Dataset;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.HiddenTags;
import io.tagwright.model.ModelFactory;
import io.tagwright.model.TrainingTarget;
import io.tagwright.model.ViewAnnotation;

/**
 * The settings a new dataset starts with: which caption tags each annotation stands for, in the spelling
 * captions use (spaces, not underscores), and which tags cannot be seen from behind.
 */
public final class DatasetDefaults {

    private DatasetDefaults() {
    }

    public static void install(Dataset dataset) {
        if (dataset.getSettings() == null) {
            TrainingTarget target = ModelFactory.eINSTANCE.createTrainingTarget();
            dataset.setSettings(target);
        }
        if (dataset.getAnnotationTags().isEmpty()) {
            view(dataset, ViewAnnotation.SLIGHTLY_LEFT, "from side");
            view(dataset, ViewAnnotation.SLIGHTLY_RIGHT, "from side");
            view(dataset, ViewAnnotation.LEFT_PROFILE, "from side", "profile");
            view(dataset, ViewAnnotation.RIGHT_PROFILE, "from side", "profile");
            view(dataset, ViewAnnotation.FROM_ABOVE, "from above");
            view(dataset, ViewAnnotation.FROM_BELOW, "from below");
            view(dataset, ViewAnnotation.FROM_BEHIND, "from behind");
            framing(dataset, FramingAnnotation.CLOSE_UP, "close-up");
            framing(dataset, FramingAnnotation.UPPER_BODY, "upper body");
            framing(dataset, FramingAnnotation.COWBOY_SHOT, "cowboy shot");
            framing(dataset, FramingAnnotation.FULL_BODY, "full body");
        }
        if (dataset.getHiddenTags().isEmpty()) {
            HiddenTags behind = ModelFactory.eINSTANCE.createHiddenTags();
            behind.setView(ViewAnnotation.FROM_BEHIND);
            behind.getTags().addAll(List.of("earrings", "eyes", "blue eyes", "brown eyes", "green eyes", "red eyes",
                    "purple eyes", "yellow eyes", "smile", "open mouth", "closed mouth", "lips", "makeup", "lipstick",
                    "freckles", "mole under eye", "necklace", "choker", "collarbone", "cleavage", "bangs", "looking at viewer"));
            dataset.getHiddenTags().add(behind);
        }
    }

    private static void view(Dataset dataset, ViewAnnotation view, String... tags) {
        AnnotationTags a = ModelFactory.eINSTANCE.createAnnotationTags();
        a.setView(view);
        a.getTags().addAll(List.of(tags));
        dataset.getAnnotationTags().add(a);
    }

    private static void framing(Dataset dataset, FramingAnnotation framing, String... tags) {
        AnnotationTags a = ModelFactory.eINSTANCE.createAnnotationTags();
        a.setFraming(framing);
        a.getTags().addAll(List.of(tags));
        dataset.getAnnotationTags().add(a);
    }
}
