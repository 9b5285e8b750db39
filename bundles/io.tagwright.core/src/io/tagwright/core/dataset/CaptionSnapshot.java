package io.tagwright.core.dataset;

import io.tagwright.core.caption.CaptionFile;

/**
 * What a caption file held the last time it was read or written, and the file's size and modification
 * time then; a different size or time on disk means someone else changed it.
 *
 * @param file     null when there is no caption file
 * @param complete false when the file was too large and only its head was read: it must not be rewritten
 */
public record CaptionSnapshot(CaptionFile file, long size, long mtime, boolean complete) {

    public static final CaptionSnapshot MISSING = new CaptionSnapshot(null, -1, -1, true);

    public CaptionSnapshot(CaptionFile file, long size, long mtime) {
        this(file, size, mtime, true);
    }

    public boolean exists() {
        return file != null;
    }

    public boolean sameStamp(long otherSize, long otherMtime) {
        return size == otherSize && mtime == otherMtime;
    }
}
