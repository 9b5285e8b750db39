package io.tagwright.core.lint.rules;

import java.util.List;

import io.tagwright.core.lint.LintRule;

/**
 * The rules Tagwright ships, in the order reports list them. Their ids are stable (documented in the
 * README, used by {@code problem:} queries and by severity settings).
 */
public final class StandardRules {

    public static final String IMAGE_TOO_SMALL = ImageSizeRule.ID;
    public static final String ASPECT_RATIO_MIX = AspectRatioRule.ID;
    public static final String IMAGE_COUNT = ImageCountRule.ID;
    public static final String CAPTION_MISSING = CaptionRules.Missing.ID;
    public static final String CAPTION_EMPTY = CaptionRules.Empty.ID;
    public static final String CAPTION_ORPHANED = CaptionRules.Orphaned.ID;
    public static final String FILE_PROBLEM = CaptionRules.FileProblems.ID;
    public static final String DUPLICATE_TAG = TagRules.Duplicates.ID;
    public static final String TAG_IN_EVERY_IMAGE = TagRules.InEveryImage.ID;
    public static final String HIDDEN_TAG = TagRules.Hidden.ID;
    public static final String TOO_MANY_TOKENS = TokenLimitRule.ID;
    public static final String PROBABLE_TYPO = TypoRules.Typo.ID;
    public static final String TAG_ALIAS = TypoRules.Alias.ID;
    public static final String VIEW_COVERAGE = ViewCoverageRule.ID;
    public static final String MULTIPLE_SUBJECTS = DatasetRules.MultipleSubjects.ID;
    public static final String REGULARIZATION_FOLDER = DatasetRules.Regularization.ID;
    public static final String IGNORED_FOLDER = DatasetRules.IgnoredFolder.ID;
    public static final String CAPTION_EXTENSION = DatasetRules.CaptionExtension.ID;
    public static final String DUPLICATE_IMAGE = DatasetRules.DuplicateImages.ID;

    private StandardRules() {
    }

    /** A fresh instance of every standard rule. */
    public static List<LintRule> all() {
        return List.of(new CaptionRules.FileProblems(), new ImageCountRule(), new DatasetRules.MultipleSubjects(),
                new DatasetRules.IgnoredFolder(), new DatasetRules.CaptionExtension(), new CaptionRules.Missing(),
                new CaptionRules.Empty(), new CaptionRules.Orphaned(), new ImageSizeRule(), new AspectRatioRule(),
                new DatasetRules.DuplicateImages(), new TagRules.Duplicates(), new TagRules.Hidden(), new TokenLimitRule(),
                new TypoRules.Typo(), new TypoRules.Alias(), new TagRules.InEveryImage(), new ViewCoverageRule(),
                new DatasetRules.Regularization());
    }
}
