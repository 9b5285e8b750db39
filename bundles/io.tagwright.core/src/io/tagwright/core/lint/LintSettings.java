package io.tagwright.core.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tagwright.core.tags.TagList;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;

/**
 * Everything lint needs that is not in the dataset: thresholds, the generation size, the tag list and the
 * CLIP tokenizer (user-provided files: preferences in the workbench, {@code --tags}/{@code --clip} on the
 * command line), hidden-tag lists, enabled rules and severities. Immutable; build with {@link #builder()}.
 */
public final class LintSettings {

    /** What to tell the user when no tokenizer is configured, unless the caller says better. */
    public static final String DEFAULT_TOKENIZER_HINT = "configure a CLIP tokenizer: a folder with vocab.json and merges.txt "
            + "(a diffusers tokenizer/ folder) or CLIP's bpe_simple_vocab_16e6.txt.gz";
    public static final String DEFAULT_TAG_LIST_HINT = "configure a tag list: a tagcomplete CSV such as danbooru.csv";

    private final int minImageSide;
    private final int targetWidth;
    private final int targetHeight;
    private final double extremeAspect;
    private final int minImages;
    private final int maxImages;
    private final int recipeMaxImages;
    private final int everyImageMinImages;
    private final int maxTokens;
    private final ClipTokenizer tokenizer;
    private final String tokenizerHint;
    private final TagList tagList;
    private final String tagListHint;
    private final ViewRecipe recipe;
    private final Map<ViewAnnotation, List<String>> hiddenTags;
    private final Set<String> disabled;
    private final Map<String, Severity> severities;

    private LintSettings(Builder b) {
        minImageSide = b.minImageSide;
        targetWidth = b.targetWidth;
        targetHeight = b.targetHeight;
        extremeAspect = b.extremeAspect;
        minImages = b.minImages;
        maxImages = b.maxImages;
        recipeMaxImages = b.recipeMaxImages;
        everyImageMinImages = b.everyImageMinImages;
        maxTokens = b.maxTokens;
        tokenizer = b.tokenizer;
        tokenizerHint = b.tokenizerHint;
        tagList = b.tagList;
        tagListHint = b.tagListHint;
        recipe = b.recipe;
        hiddenTags = b.hiddenTags == null ? null : Map.copyOf(b.hiddenTags);
        disabled = Set.copyOf(b.disabled);
        severities = Map.copyOf(b.severities);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: 768 px, the dataset's target resolution, no tag list, no tokenizer, every rule on. */
    public static LintSettings defaults() {
        return builder().build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.minImageSide = minImageSide;
        b.targetWidth = targetWidth;
        b.targetHeight = targetHeight;
        b.extremeAspect = extremeAspect;
        b.minImages = minImages;
        b.maxImages = maxImages;
        b.recipeMaxImages = recipeMaxImages;
        b.everyImageMinImages = everyImageMinImages;
        b.maxTokens = maxTokens;
        b.tokenizer = tokenizer;
        b.tokenizerHint = tokenizerHint;
        b.tagList = tagList;
        b.tagListHint = tagListHint;
        b.recipe = recipe;
        b.hiddenTags = hiddenTags;
        b.disabled.addAll(disabled);
        b.severities.putAll(severities);
        return b;
    }

    /** Images whose shorter side is below this are flagged. */
    public int minImageSide() {
        return minImageSide;
    }

    /** The generation width, or 0 for the dataset's target resolution. */
    public int targetWidth() {
        return targetWidth;
    }

    public int targetHeight() {
        return targetHeight;
    }

    /** Width:height (or height:width) above which one image is flagged as extreme. */
    public double extremeAspect() {
        return extremeAspect;
    }

    /** A single-subject set with fewer training images than this is flagged. */
    public int minImages() {
        return minImages;
    }

    public int maxImages() {
        return maxImages;
    }

    /** The view recipe is checked on single-subject sets of at most this many images. */
    public int recipeMaxImages() {
        return recipeMaxImages;
    }

    /** "Tag in every image" is checked from this many captioned images on. */
    public int everyImageMinImages() {
        return everyImageMinImages;
    }

    public int maxTokens() {
        return maxTokens;
    }

    /** The CLIP tokenizer, or null when none is configured. */
    public ClipTokenizer tokenizer() {
        return tokenizer;
    }

    public String tokenizerHint() {
        return tokenizerHint;
    }

    /** The tag list, or null when none is configured. */
    public TagList tagList() {
        return tagList;
    }

    public String tagListHint() {
        return tagListHint;
    }

    public ViewRecipe recipe() {
        return recipe;
    }

    /** Tags that cannot be seen per view, or null to use the dataset's own lists. */
    public Map<ViewAnnotation, List<String>> hiddenTags() {
        return hiddenTags;
    }

    public boolean isEnabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    /** The severity for a rule: an override from the settings, else its default. */
    public Severity severity(LintRule rule) {
        return severities.getOrDefault(rule.id(), rule.defaultSeverity());
    }

    /** Builder with the defaults; {@code setX} for every setting, the optional files as {@code optX}. */
    public static final class Builder {
        private int minImageSide = 768;
        private int targetWidth;
        private int targetHeight;
        private double extremeAspect = 2.0;
        private int minImages = 20;
        private int maxImages = 80;
        private int recipeMaxImages = 200;
        private int everyImageMinImages = 10;
        private int maxTokens = 75;
        private ClipTokenizer tokenizer;
        private String tokenizerHint = DEFAULT_TOKENIZER_HINT;
        private TagList tagList;
        private String tagListHint = DEFAULT_TAG_LIST_HINT;
        private ViewRecipe recipe = ViewRecipe.standard();
        private Map<ViewAnnotation, List<String>> hiddenTags;
        private final Set<String> disabled = new HashSet<>();
        private final Map<String, Severity> severities = new HashMap<>();

        private Builder() {
        }

        public Builder setMinImageSide(int px) {
            minImageSide = px;
            return this;
        }

        /** The size images will be generated at (e.g. 512×768); 0×0 means the dataset's target resolution, square. */
        public Builder setTargetSize(int width, int height) {
            if (width < 0 || height < 0 || (width == 0) != (height == 0)) {
                throw new IllegalArgumentException("target size must be two positive numbers (or 0×0 for the dataset's resolution)");
            }
            targetWidth = width;
            targetHeight = height;
            return this;
        }

        public Builder setExtremeAspect(double ratio) {
            extremeAspect = ratio;
            return this;
        }

        public Builder setImageCountRange(int min, int max) {
            minImages = min;
            maxImages = max;
            return this;
        }

        public Builder setRecipeMaxImages(int n) {
            recipeMaxImages = n;
            return this;
        }

        public Builder setEveryImageMinImages(int n) {
            everyImageMinImages = n;
            return this;
        }

        public Builder setMaxTokens(int n) {
            maxTokens = n;
            return this;
        }

        /** @param hint what to configure, for the finding that says the check was skipped; null keeps the default */
        public Builder optTokenizer(ClipTokenizer t, String hint) {
            tokenizer = t;
            if (hint != null) {
                tokenizerHint = hint;
            }
            return this;
        }

        public Builder optTagList(TagList list, String hint) {
            tagList = list;
            if (hint != null) {
                tagListHint = hint;
            }
            return this;
        }

        public Builder setRecipe(ViewRecipe r) {
            recipe = r;
            return this;
        }

        /** Hidden-tag lists that replace the dataset's own. */
        public Builder optHiddenTags(Map<ViewAnnotation, List<String>> lists) {
            hiddenTags = lists == null ? null : Map.copyOf(lists);
            return this;
        }

        public Builder disable(String... ruleIds) {
            disabled.addAll(List.of(ruleIds));
            return this;
        }

        public Builder enable(String... ruleIds) {
            disabled.removeAll(List.of(ruleIds));
            return this;
        }

        public Builder setSeverity(String ruleId, Severity severity) {
            severities.put(ruleId, severity);
            return this;
        }

        public LintSettings build() {
            return new LintSettings(this);
        }
    }
}
