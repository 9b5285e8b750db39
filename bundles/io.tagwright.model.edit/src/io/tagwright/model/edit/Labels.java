package io.tagwright.model.edit;

import io.tagwright.model.Subset;
import io.tagwright.model.SubsetKind;

/** Short, consistent labels for model objects, shared by the tree, the gallery and the CLI. */
public final class Labels {

    private Labels() {
    }

    /** {@code 10_name · 42 images × 10}, or {@code name · ignored by kohya} for a folder without a repeat count. */
    public static String subset(Subset subset) {
        int count = subset.getImages().size();
        String images = count + (count == 1 ? " image" : " images");
        String kind = subset.getKind() == SubsetKind.REGULARIZATION ? " (reg)" : "";
        if (subset.getRepeats() <= 0) {
            return subset.getFolder() + kind + " · " + images + " · ignored by kohya (no N_ prefix)";
        }
        return subset.getFolder() + kind + " · " + images + " × " + subset.getRepeats();
    }
}
