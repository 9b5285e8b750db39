package io.tagwright.index;

import java.util.List;

/**
 * The images a query matches.
 *
 * @param total all matching images
 * @param keys  the first matching image keys in path order (at most the limit asked for)
 * @param nanos time taken by the search
 */
public record SearchResult(String query, int total, List<String> keys, long nanos) {

    public SearchResult {
        keys = List.copyOf(keys);
    }
}
