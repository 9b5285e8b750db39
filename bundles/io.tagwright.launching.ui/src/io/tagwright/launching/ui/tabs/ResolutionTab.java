package io.tagwright.launching.ui.tabs;

import org.eclipse.swt.widgets.Composite;

import io.tagwright.launching.ui.tabs.OptionField.Kind;

/** Training resolution and kohya's aspect-ratio buckets. */
final class ResolutionTab extends OptionsTab {

    @Override
    protected void createFields(Composite page) {
        Composite g = group(page, "Resolution");
        add(g, Kind.TEXT, "resolution", "Resolution", "width,height of the training area, e.g. 768,768");
        Composite b = group(page, "Aspect-ratio buckets");
        add(b, Kind.BOOL, "enable_bucket", "Sort images into aspect-ratio buckets", "");
        add(b, Kind.INT, "min_bucket_reso", "Smallest bucket side", "");
        add(b, Kind.INT, "max_bucket_reso", "Largest bucket side", "");
        add(b, Kind.INT, "bucket_reso_steps", "Bucket step", "Bucket sides are multiples of this (64)");
        add(b, Kind.BOOL, "bucket_no_upscale", "Never upscale small images (each image gets its own bucket size)", "");
    }

    @Override
    public String getName() {
        return "Resolution";
    }
}
