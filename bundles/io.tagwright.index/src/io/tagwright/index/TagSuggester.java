package io.tagwright.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.tags.TagInfo;
import io.tagwright.core.tags.TagList;
import io.tagwright.index.internal.Vocabulary;

/**
 * Tag autocompletion: the tag list (tagcomplete CSV, names and aliases) merged with the dataset's own tags.
 * Tags the dataset already uses come first (most used first), then the tag list's by post count; an alias
 * resolves to its canonical tag. Typed text matches with {@code _} ≡ space and any case. Thread-safe; the tag
 * list's structures are built once per list and shared.
 */
public final class TagSuggester {

    private static final Map<TagList, ListVocabulary> LISTS = Collections.synchronizedMap(new WeakHashMap<>());

    private final TagList list;
    private final ListVocabulary listVocabulary;
    private final Supplier<List<TagCount>> datasetTags;
    private volatile DatasetVocabulary datasetVocabulary;

    /** The tag list's names and aliases, ranked by post count. */
    private record ListVocabulary(Vocabulary vocabulary, List<TagInfo> tags) {
    }

    /** The dataset's tags, ranked by how many images have them. */
    private record DatasetVocabulary(List<TagCount> source, Vocabulary vocabulary, boolean underscores) {
    }

    /**
     * @param list        the tag list, or null for the dataset's tags only
     * @param datasetTags the dataset's tags with counts (asked for on every suggestion; return the same list
     *                    object while nothing changed), or null for the tag list only
     */
    public TagSuggester(TagList list, Supplier<List<TagCount>> datasetTags) {
        this.list = list;
        this.listVocabulary = list == null ? null : LISTS.computeIfAbsent(list, TagSuggester::buildList);
        this.datasetTags = datasetTags;
    }

    /** Suggestions from the tag list and the tags of {@code index} (kept current as the dataset changes). */
    public static TagSuggester forIndex(TagList list, DatasetIndex index) {
        return new TagSuggester(list, () -> {
            try {
                return index.allTagFrequencies();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static ListVocabulary buildList(TagList list) {
        List<TagInfo> tags = list.tags();
        List<String> keys = new ArrayList<>(tags.size() * 2);
        List<Integer> tagOf = new ArrayList<>(tags.size() * 2);
        List<Boolean> alias = new ArrayList<>(tags.size() * 2);
        Integer[] order = new Integer[tags.size()];
        for (int i = 0; i < tags.size(); i++) {
            order[i] = i;
            keys.add(CaptionSyntax.key(tags.get(i).name()));
            tagOf.add(i);
            alias.add(false);
        }
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            index.putIfAbsent(keys.get(i), i);
        }
        for (Map.Entry<String, TagInfo> a : list.aliases().entrySet()) {
            Integer t = index.get(CaptionSyntax.key(a.getValue().name()));
            if (t != null) {
                keys.add(a.getKey());
                tagOf.add(t);
                alias.add(true);
            }
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(tags.get(b).count(), tags.get(a).count()));
        int[] rank = new int[tags.size()];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        return new ListVocabulary(new Vocabulary(keys, toInts(tagOf), toBooleans(alias), rank), tags);
    }

    private DatasetVocabulary dataset() {
        if (datasetTags == null) {
            return null;
        }
        List<TagCount> tags = datasetTags.get();
        DatasetVocabulary d = datasetVocabulary;
        if (d != null && d.source() == tags) {
            return d;
        }
        List<String> keys = new ArrayList<>(tags.size());
        int[] tagOf = new int[tags.size()];
        int[] rank = new int[tags.size()];
        int underscore = 0;
        int space = 0;
        for (int i = 0; i < tags.size(); i++) {
            keys.add(tags.get(i).key());
            tagOf[i] = i;
            rank[i] = i; // already sorted by count
            String t = tags.get(i).tag();
            if (t.indexOf('_') >= 0) {
                underscore++;
            } else if (t.indexOf(' ') >= 0) {
                space++;
            }
        }
        d = new DatasetVocabulary(tags, new Vocabulary(keys, tagOf, new boolean[tags.size()], rank), underscore > space);
        datasetVocabulary = d;
        return d;
    }

    /** Up to {@code limit} completions of {@code typed}. */
    public List<Suggestion> suggest(String typed, SuggestMode mode, int limit) {
        String key = CaptionSyntax.key(typed == null ? "" : typed);
        List<Suggestion> out = new ArrayList<>(limit);
        Set<String> canonicalTaken = new HashSet<>();
        DatasetVocabulary d = dataset();
        boolean underscores = d != null && d.underscores();
        if (d != null) {
            List<Vocabulary.Match> matches = mode == SuggestMode.PREFIX ? d.vocabulary().prefix(key, limit)
                    : d.vocabulary().contains(key, limit);
            for (Vocabulary.Match m : matches) {
                TagCount tc = d.source().get(m.tag());
                TagInfo known = list == null ? null : list.get(tc.key());
                TagInfo canonical = list == null ? null : list.resolve(tc.key());
                canonicalTaken.add(tc.key());
                if (canonical != null) {
                    canonicalTaken.add(CaptionSyntax.key(canonical.name()));
                }
                out.add(new Suggestion(tc.tag(), canonical == null ? -1 : canonical.category(),
                        canonical == null ? "" : canonical.categoryName(), known == null ? 0 : known.count(), tc.count(), null));
            }
        }
        if (listVocabulary != null && out.size() < limit) {
            Vocabulary v = listVocabulary.vocabulary();
            int want = limit - out.size() + canonicalTaken.size();
            List<Vocabulary.Match> matches = mode == SuggestMode.PREFIX ? v.prefix(key, want) : v.contains(key, want);
            for (Vocabulary.Match m : matches) {
                if (out.size() >= limit) {
                    break;
                }
                TagInfo t = listVocabulary.tags().get(m.tag());
                if (!canonicalTaken.add(CaptionSyntax.key(t.name()))) {
                    continue;
                }
                out.add(new Suggestion(underscores ? t.name() : t.captionSpelling(), t.category(), t.categoryName(), t.count(), 0,
                        v.isAlias(m.entry()) ? v.key(m.entry()) : null));
            }
        }
        return out;
    }

    private static int[] toInts(List<Integer> l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }

    private static boolean[] toBooleans(List<Boolean> l) {
        boolean[] a = new boolean[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }
}
