package io.tagwright.launching.ui.tabs;

import org.eclipse.swt.widgets.Composite;

import io.tagwright.launching.ui.tabs.OptionField.Kind;

/** Image augmentation, caption handling and latent caching. */
final class AugmentationTab extends OptionsTab {

    @Override
    protected void createFields(Composite page) {
        Composite a = group(page, "Augmentation");
        add(a, Kind.BOOL, "flip_aug", "Flip images horizontally at random", "");
        add(a, Kind.BOOL, "color_aug", "Colour augmentation (hue jitter)", "Cannot be combined with cache_latents");
        add(a, Kind.BOOL, "random_crop", "Random crop instead of centre crop", "Cannot be combined with cache_latents");
        Composite c = group(page, "Captions");
        add(c, Kind.BOOL, "shuffle_caption", "Shuffle the tags of each caption", "Off in the recipe: tag order carries meaning");
        add(c, Kind.INT, "keep_tokens", "Keep the first N tags in place", "When shuffling, e.g. 1 keeps the trigger word first");
        add(c, Kind.FLOAT, "caption_dropout_rate", "Caption dropout rate", "Train this fraction of steps without a caption");
        add(c, Kind.FLOAT, "caption_tag_dropout_rate", "Tag dropout rate", "Drop each tag with this probability");
        add(c, Kind.CHOICE, "max_token_length", "Longest caption (tokens)", "75 (empty), 150 or 225 tokens, in 75-token chunks",
                "150", "225");
        Composite l = group(page, "Latents");
        add(l, Kind.BOOL, "cache_latents", "Cache the VAE latents in memory", "Faster; not with colour augmentation or random crop");
        add(l, Kind.BOOL, "cache_latents_to_disk", "Cache the latents on disk", "");
    }

    @Override
    public String getName() {
        return "Augmentation and Captions";
    }
}
