package io.tagwright.core.refactor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.Subset;

/**
 * Which images a refactoring looks at: all of them, a selection, or the result of a query (image keys, see
 * {@link DatasetSession#keyOf}). Images are always visited in dataset order; keys of images that are gone
 * are skipped.
 */
public final class Scope {

    private enum Kind {
        ALL, ENTRIES, KEYS
    }

    private final Kind kind;
    private final Collection<ImageEntry> entries;
    private final Collection<String> keys;
    private final String description;

    private Scope(Kind kind, Collection<ImageEntry> entries, Collection<String> keys, String description) {
        this.kind = kind;
        this.entries = entries;
        this.keys = keys;
        this.description = description;
    }

    public static Scope all() {
        return new Scope(Kind.ALL, null, null, "all images");
    }

    /** The selected images. */
    public static Scope of(Collection<? extends ImageEntry> selection) {
        return new Scope(Kind.ENTRIES, List.copyOf(selection), null, selection.size() + " selected image(s)");
    }

    /** The images with these keys, e.g. a query's result. */
    public static Scope keys(Collection<String> keys) {
        return keys(keys, keys.size() + " image(s)");
    }

    /** The images with these keys, described as {@code description} (e.g. "37 images matching 'smile'"). */
    public static Scope keys(Collection<String> keys, String description) {
        return new Scope(Kind.KEYS, null, List.copyOf(new LinkedHashSet<>(keys)), description);
    }

    public boolean isAll() {
        return kind == Kind.ALL;
    }

    public String description() {
        return description;
    }

    /** The images in scope, in dataset order; must run on the model's thread. */
    public List<ImageEntry> resolve(DatasetSession session) {
        List<ImageEntry> out = new ArrayList<>(kind == Kind.ALL ? session.imageCount()
                : kind == Kind.ENTRIES ? entries.size() : keys.size());
        Set<ImageEntry> wanted = null;
        if (kind == Kind.ENTRIES) {
            wanted = Collections.newSetFromMap(new IdentityHashMap<>());
            wanted.addAll(entries);
        } else if (kind == Kind.KEYS) {
            wanted = Collections.newSetFromMap(new IdentityHashMap<>());
            for (String k : keys) {
                ImageEntry e = session.entry(k);
                if (e != null) {
                    wanted.add(e);
                }
            }
        }
        for (Subset s : session.dataset().getSubsets()) {
            for (ImageEntry e : s.getImages()) {
                if (wanted == null || wanted.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return description;
    }
}
