package io.tagwright.ui.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.preference.IPreferenceStore;

import io.tagwright.core.lint.LintRule;
import io.tagwright.core.lint.LintSettings;
import io.tagwright.core.lint.rules.StandardRules;
import io.tagwright.ui.search.TagResources;

/**
 * Lint thresholds and switched-off rules as preferences, turned into the engine's {@link LintSettings} as plain
 * values (with the tag list and tokenizer of the preferences).
 */
public final class LintPreferences {

    public static final String MIN_IMAGE_SIDE = "lint.minImageSide";
    public static final String EXTREME_ASPECT = "lint.extremeAspect";
    public static final String MIN_IMAGES = "lint.minImages";
    public static final String MAX_IMAGES = "lint.maxImages";
    public static final String RECIPE_MAX_IMAGES = "lint.recipeMaxImages";
    public static final String EVERY_IMAGE_MIN_IMAGES = "lint.everyImageMinImages";
    public static final String MAX_TOKENS = "lint.maxTokens";
    /** Rule ids switched off, comma-separated. */
    public static final String DISABLED_RULES = "lint.disabledRules";

    private LintPreferences() {
    }

    static void initializeDefaults(IPreferenceStore store) {
        LintSettings d = LintSettings.defaults();
        store.setDefault(MIN_IMAGE_SIDE, d.minImageSide());
        store.setDefault(EXTREME_ASPECT, Double.toString(d.extremeAspect()));
        store.setDefault(MIN_IMAGES, d.minImages());
        store.setDefault(MAX_IMAGES, d.maxImages());
        store.setDefault(RECIPE_MAX_IMAGES, d.recipeMaxImages());
        store.setDefault(EVERY_IMAGE_MIN_IMAGES, d.everyImageMinImages());
        store.setDefault(MAX_TOKENS, d.maxTokens());
        store.setDefault(DISABLED_RULES, "");
    }

    /** The settings lint runs with now. */
    public static LintSettings settings() {
        IPreferenceStore s = TagwrightPreferences.store();
        LintSettings.Builder b = LintSettings.builder()
                .setMinImageSide(s.getInt(MIN_IMAGE_SIDE))
                .setExtremeAspect(parseDouble(s.getString(EXTREME_ASPECT), LintSettings.defaults().extremeAspect()))
                .setImageCountRange(s.getInt(MIN_IMAGES), s.getInt(MAX_IMAGES))
                .setRecipeMaxImages(s.getInt(RECIPE_MAX_IMAGES))
                .setEveryImageMinImages(s.getInt(EVERY_IMAGE_MIN_IMAGES))
                .setMaxTokens(s.getInt(MAX_TOKENS));
        if (TagResources.tagList() != null) {
            b.optTagList(TagResources.tagList(), null);
        }
        if (TagResources.tokenizer() != null) {
            b.optTokenizer(TagResources.tokenizer(), null);
        }
        List<String> off = disabledRules();
        if (!off.isEmpty()) {
            b.disable(off.toArray(String[]::new));
        }
        return b.build();
    }

    public static List<String> disabledRules() {
        List<String> out = new ArrayList<>();
        for (String id : TagwrightPreferences.store().getString(DISABLED_RULES).split(",")) {
            if (!id.isBlank()) {
                out.add(id.strip());
            }
        }
        return out;
    }

    /** Every standard rule, for the preference page. */
    static List<LintRule> rules() {
        return StandardRules.all();
    }

    private static double parseDouble(String s, double fallback) {
        try {
            return Double.parseDouble(s.strip().replace(',', '.').toLowerCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
