package io.tagwright.index.internal;

import java.util.Collection;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;

/**
 * A directory for an index that is only a cache of the dataset: commits are not flushed to the disk
 * hardware. A killed process loses nothing (the operating system has the data); a power failure can leave
 * the index unreadable, and an unreadable index is rebuilt when the dataset is opened. Skipping the fsyncs
 * keeps commits cheap on slow disks.
 */
public final class CacheDirectory extends FilterDirectory {

    public CacheDirectory(Directory in) {
        super(in);
    }

    @Override
    public void sync(Collection<String> names) {
        // derived data: see the class comment
    }

    @Override
    public void syncMetaData() {
        // derived data: see the class comment
    }
}
