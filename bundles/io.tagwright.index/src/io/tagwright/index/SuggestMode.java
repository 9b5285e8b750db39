package io.tagwright.index;

/** How typed text matches tags in autocompletion. */
public enum SuggestMode {
    /** Tags (or aliases) that start with the text: {@code long_h} → {@code long hair}. */
    PREFIX,
    /** Tags (or aliases) that contain the text anywhere: {@code hair} → {@code long hair}, {@code hair ornament}. */
    CONTAINS
}
