package io.tagwright.index;

import java.util.List;
import java.util.Map;

/**
 * Counts over the images a query matches: the most frequent tags, and how many images fall into each subset
 * folder, view and framing (literal names, e.g. {@code from behind}; {@code unset} for none).
 */
public record FacetCounts(int total, List<TagCount> tags, Map<String, Integer> subsets, Map<String, Integer> views,
        Map<String, Integer> framings) {

    public FacetCounts {
        tags = List.copyOf(tags);
        subsets = Map.copyOf(subsets);
        views = Map.copyOf(views);
        framings = Map.copyOf(framings);
    }
}
