package io.tagwright.index;

import io.tagwright.core.lint.LintSettings;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;

/**
 * What an index needs besides the dataset: the CLIP tokenizer for {@code tokens:} (a user-provided file;
 * without it {@code tokens:} queries say what to configure), whether to keep the index in memory only, and how
 * many threads may build it.
 */
public final class IndexSettings {

    private final ClipTokenizer tokenizer;
    private final String tokenizerHint;
    private final boolean inMemory;
    private final long commitIntervalMillis;
    private final int buildThreads;

    private IndexSettings(Builder b) {
        tokenizer = b.tokenizer;
        tokenizerHint = b.tokenizerHint;
        inMemory = b.inMemory;
        commitIntervalMillis = b.commitIntervalMillis;
        buildThreads = b.buildThreads;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No tokenizer; on disk when the dataset has a project file. */
    public static IndexSettings defaults() {
        return builder().build();
    }

    public ClipTokenizer tokenizer() {
        return tokenizer;
    }

    public String tokenizerHint() {
        return tokenizerHint;
    }

    public boolean inMemory() {
        return inMemory;
    }

    public long commitIntervalMillis() {
        return commitIntervalMillis;
    }

    /** How many threads a build from scratch uses at most (the calling thread is one of them). */
    public int buildThreads() {
        return buildThreads;
    }

    public static final class Builder {
        private ClipTokenizer tokenizer;
        private String tokenizerHint = LintSettings.DEFAULT_TOKENIZER_HINT;
        private boolean inMemory;
        private long commitIntervalMillis = 10_000;
        private int buildThreads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** @param hint what to configure when it is null (e.g. "set Preferences › Tagwright › CLIP tokenizer"); null keeps the default */
        public Builder optTokenizer(ClipTokenizer t, String hint) {
            tokenizer = t;
            if (hint != null) {
                tokenizerHint = hint;
            }
            return this;
        }

        /** Keep the index in memory even when the dataset has a metadata folder (nothing is written). */
        public Builder setInMemory(boolean b) {
            inMemory = b;
            return this;
        }

        /** How often changes are committed to disk at most (the index is rebuilt incrementally after a crash anyway). */
        public Builder setCommitIntervalMillis(long ms) {
            commitIntervalMillis = ms;
            return this;
        }

        /**
         * At most this many threads build an index from scratch (default: one per processor, for the CLI). A
         * workbench leaves a processor to its UI thread: on two cores a build on both made the event loop
         * wait for a CPU.
         */
        public Builder setBuildThreads(int n) {
            buildThreads = Math.max(1, n);
            return this;
        }

        public IndexSettings build() {
            return new IndexSettings(this);
        }
    }
}
