package io.tagwright.index;

/** Told when an index's searchable content changed; called on the index's own thread, never the model's. */
@FunctionalInterface
public interface IndexListener {

    /** @param generation the index's new {@link DatasetIndex#generation()} */
    void indexChanged(DatasetIndex index, long generation);
}
