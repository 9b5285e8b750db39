package io.tagwright.index;

/**
 * One autocompletion.
 *
 * @param tag          what to insert, in the dataset's spelling style (spaces or underscores)
 * @param category     tagcomplete category (0 general, 1 artist, 3 copyright, 4 character, 5 meta), -1 unknown
 * @param categoryName "general", "character", ... or "" when unknown
 * @param postCount    posts on the booru according to the tag list (0 when the list does not know it)
 * @param datasetCount images of this dataset that have the tag
 * @param alias        the alias that matched the typed text, when it was an alias (the tag is its canonical
 *                     name), else null
 */
public record Suggestion(String tag, int category, String categoryName, long postCount, int datasetCount, String alias) {

    /** The tag, and after an arrow the alias that matched, for lists. */
    public String label() {
        StringBuilder sb = new StringBuilder(tag);
        if (alias != null) {
            sb.append("  ← ").append(alias);
        }
        return sb.toString();
    }
}
