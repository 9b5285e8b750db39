package io.tagwright.core.tags;

import java.util.List;

/**
 * One row of a tag list in the tagcomplete CSV format: the canonical tag (Danbooru spelling, with
 * underscores), its category (0 general, 1 artist, 3 copyright, 4 character, 5 meta), its post count,
 * and the aliases that mean the same tag.
 */
public record TagInfo(String name, int category, long count, List<String> aliases) {

    public static final int GENERAL = 0;
    public static final int ARTIST = 1;
    public static final int COPYRIGHT = 3;
    public static final int CHARACTER = 4;
    public static final int META = 5;

    /** The tag as captions usually spell it: underscores become spaces ({@code long_hair} → {@code long hair}). */
    public String captionSpelling() {
        return name.replace('_', ' ');
    }

    public String categoryName() {
        return switch (category) {
            case GENERAL -> "general";
            case ARTIST -> "artist";
            case COPYRIGHT -> "copyright";
            case CHARACTER -> "character";
            case META -> "meta";
            default -> "category " + category;
        };
    }
}
