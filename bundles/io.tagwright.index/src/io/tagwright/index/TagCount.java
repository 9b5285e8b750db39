package io.tagwright.index;

/**
 * How many images have a tag.
 *
 * @param tag   the tag as captions spell it (the most common spelling)
 * @param key   its matching key ({@code _} as space, lower case)
 * @param count number of images
 */
public record TagCount(String tag, String key, int count) {
}
