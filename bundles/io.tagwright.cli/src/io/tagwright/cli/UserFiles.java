package io.tagwright.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.tagwright.core.tags.TagList;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;
import io.tagwright.trainer.sd15.tokenizer.TokenizerException;

/**
 * The files users provide and commands share: the tag list ({@code --tags FILE} or {@code TAGWRIGHT_TAGS})
 * and the CLIP tokenizer ({@code --clip DIR} or {@code TAGWRIGHT_CLIP}). Neither ships with Tagwright.
 */
public final class UserFiles {

    public static final String TAGS_ENV = "TAGWRIGHT_TAGS";
    public static final String CLIP_ENV = "TAGWRIGHT_CLIP";
    public static final String TAGS_HINT = "pass --tags FILE (a tagcomplete CSV such as danbooru.csv) or set " + TAGS_ENV;
    public static final String CLIP_HINT = "pass --clip DIR (a folder with vocab.json and merges.txt, or CLIP's "
            + "bpe_simple_vocab_16e6.txt.gz) or set " + CLIP_ENV;

    private UserFiles() {
    }

    /** The tag list named by {@code option} or the environment, or null when neither names one. */
    public static TagList tagList(String option) throws IOException {
        String p = option != null ? option : System.getenv(TAGS_ENV);
        if (p == null || p.isBlank()) {
            return null;
        }
        Path file = Path.of(p);
        if (!Files.isRegularFile(file)) {
            throw new IOException(p + ": tag list not found (" + TAGS_HINT + ")");
        }
        try {
            return TagList.load(file);
        } catch (IOException e) {
            throw new IOException(p + ": " + e.getMessage(), e);
        }
    }

    /** The tokenizer named by {@code option} or the environment, or null when neither names one. */
    public static ClipTokenizer tokenizer(String option) throws IOException {
        String p = option != null ? option : System.getenv(CLIP_ENV);
        if (p == null || p.isBlank()) {
            return null;
        }
        try {
            return ClipTokenizer.load(Path.of(p));
        } catch (TokenizerException e) {
            throw new IOException(e.getMessage() + " (" + CLIP_HINT + ")", e);
        }
    }
}
