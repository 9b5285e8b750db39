package io.tagwright.core.tags;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tagwright.core.caption.CaptionSyntax;

/**
 * A loaded tag list (tagcomplete CSV): lookup of tags and aliases by their matching key
 * ({@link CaptionSyntax#key}), categories, post counts, and the closest well-known tag to a misspelling.
 * Immutable and thread-safe; the typo index is built on first use.
 */
public final class TagList {

    /** Tags with fewer posts are not offered as corrections: a correction should be a tag people use. */
    public static final long MIN_CORRECTION_COUNT = 100;

    private final Path source;
    private final List<TagInfo> tags;
    private final Map<String, TagInfo> byKey;
    private final Map<String, TagInfo> byAlias;
    /** Built on first use; {@code neighbourInfos} is written before {@code neighbours} is published. */
    private volatile EditNeighbours neighbours;
    private List<TagInfo> neighbourInfos;

    private TagList(Path source, List<TagInfo> tags) {
        this.source = source;
        this.tags = List.copyOf(tags);
        this.byKey = new HashMap<>(tags.size() * 2);
        this.byAlias = new HashMap<>(tags.size());
        for (TagInfo t : this.tags) {
            byKey.putIfAbsent(CaptionSyntax.key(t.name()), t);
        }
        for (TagInfo t : this.tags) {
            for (String a : t.aliases()) {
                String k = CaptionSyntax.key(a);
                if (!byKey.containsKey(k)) {
                    byAlias.putIfAbsent(k, t);
                }
            }
        }
    }

    /** Reads a tagcomplete CSV; malformed lines fail with the file name and line number. */
    public static TagList load(Path csv) throws IOException {
        return new TagList(csv, TagCsv.read(csv));
    }

    public static TagList of(List<TagInfo> tags) {
        return new TagList(null, tags);
    }

    /** The file the list was read from, or null. */
    public Path source() {
        return source;
    }

    /** Every tag, in file order (tagcomplete lists are sorted by post count). */
    public List<TagInfo> tags() {
        return tags;
    }

    public int size() {
        return tags.size();
    }

    /** The tag whose name matches {@code tag} ({@code _} ≡ space, any case), or null. */
    public TagInfo get(String tag) {
        return byKey.get(CaptionSyntax.key(tag));
    }

    /** The canonical tag for a tag name or an alias, or null when the list knows neither. */
    public TagInfo resolve(String tagOrAlias) {
        String k = CaptionSyntax.key(tagOrAlias);
        TagInfo t = byKey.get(k);
        return t != null ? t : byAlias.get(k);
    }

    /** True when {@code tag} is an alias (and not itself a tag name) of another tag. */
    public boolean isAlias(String tag) {
        String k = CaptionSyntax.key(tag);
        return !byKey.containsKey(k) && byAlias.containsKey(k);
    }

    /** Every alias key with its canonical tag (for autocomplete indexes). */
    public Map<String, TagInfo> aliases() {
        return Collections.unmodifiableMap(byAlias);
    }

    /**
     * The most used tag with at least {@link #MIN_CORRECTION_COUNT} posts that is one edit (insertion,
     * deletion, substitution or swap of neighbouring characters) away from {@code tag}, or null. Tags shorter
     * than four characters have too many neighbours to guess from and get no correction.
     */
    public TagInfo closest(String tag) {
        String k = CaptionSyntax.key(tag);
        if (k.length() < 4) {
            return null;
        }
        EditNeighbours n = neighbours;
        if (n == null) {
            synchronized (this) {
                n = neighbours;
                if (n == null) {
                    List<String> keys = new ArrayList<>();
                    List<TagInfo> infos = new ArrayList<>();
                    for (TagInfo t : tags) {
                        if (t.count() >= MIN_CORRECTION_COUNT) {
                            keys.add(CaptionSyntax.key(t.name()));
                            infos.add(t);
                        }
                    }
                    n = new EditNeighbours(keys);
                    neighbourInfos = infos;
                    neighbours = n;
                }
            }
        }
        TagInfo best = null;
        for (int i : n.withinOneEdit(k)) {
            TagInfo t = neighbourInfos.get(i);
            if (best == null || t.count() > best.count()) {
                best = t;
            }
        }
        return best;
    }
}
