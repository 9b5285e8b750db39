package io.tagwright.ui.editor;

import java.util.List;

import io.tagwright.core.dataset.DatasetSession;

/**
 * Where the caption editor's content assist gets tag proposals: the tag index (tags of the dataset and of the
 * configured tag list, with counts, categories and aliases).
 */
public interface TagSuggestions {

    /**
     * One proposal.
     *
     * @param tag       the tag as a caption would spell it
     * @param category  e.g. "general", "character"; null when unknown
     * @param count     how often the tag list has it (posts); 0 when it is not in the list
     * @param inDataset how many captions of the dataset have it
     * @param alias     the alias the typed text matched, or null
     */
    record Suggestion(String tag, String category, long count, int inDataset, String alias) {
    }

    List<Suggestion> suggest(DatasetSession session, String prefix, int limit);
}
