package io.tagwright.index.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

import io.tagwright.index.TagCount;

/**
 * Counts over the documents a query matches, straight from doc values: tag frequencies (per segment in an
 * array indexed by ordinal, then merged by key) and documents per subset, view and framing.
 */
public final class Counting {

    /** Tag frequencies, documents per grouping field, and the number of documents. */
    public record Counts(int total, Map<String, Acc> tags, Map<String, Map<String, Integer>> groups) {
    }

    /** One tag's count and the spelling most images use. */
    public static final class Acc {
        int count;
        String spelling;
        int spellingCount;
        Map<String, Integer> spellings;

        void add(String s, int n) {
            count += n;
            if (spelling == null) {
                spelling = s;
                spellingCount = n;
                return;
            }
            if (spellings == null) {
                if (s.equals(spelling)) {
                    spellingCount += n;
                    return;
                }
                spellings = new HashMap<>();
                spellings.put(spelling, spellingCount);
            }
            int c = spellings.merge(s, n, Integer::sum);
            if (c > spellingCount || s.equals(spelling)) {
                spelling = s;
                spellingCount = c;
            }
        }

        public int count() {
            return count;
        }

        public String spelling() {
            return spelling;
        }
    }

    private Counting() {
    }

    /**
     * Counts the documents matching {@code query}.
     *
     * @param withTags   count tags too
     * @param groupBy    sorted doc-values fields whose values to count documents by
     */
    public static Counts count(IndexSearcher searcher, Query query, boolean withTags, List<String> groupBy) throws IOException {
        return searcher.search(query, new CollectorManager<CountingCollector, Counts>() {
            @Override
            public CountingCollector newCollector() {
                return new CountingCollector(withTags, groupBy);
            }

            @Override
            public Counts reduce(Collection<CountingCollector> collectors) {
                int total = 0;
                Map<String, Acc> tags = new HashMap<>();
                Map<String, Map<String, Integer>> groups = new LinkedHashMap<>();
                for (String g : groupBy) {
                    groups.put(g, new HashMap<>());
                }
                for (CountingCollector c : collectors) {
                    total += c.total;
                    c.tags.forEach((k, a) -> {
                        Acc into = tags.computeIfAbsent(k, x -> new Acc());
                        if (a.spellings == null) {
                            into.add(a.spelling, a.count);
                        } else {
                            a.spellings.forEach(into::add);
                        }
                    });
                    c.groups.forEach((g, m) -> m.forEach((v, n) -> groups.get(g).merge(v, n, Integer::sum)));
                }
                return new Counts(total, tags, groups);
            }
        });
    }

    /** The tags of {@code counts}, most frequent first (then by key), at most {@code limit} (0: all). */
    public static List<TagCount> top(Map<String, Acc> tags, int limit) {
        List<TagCount> out = new ArrayList<>(tags.size());
        tags.forEach((k, a) -> out.add(new TagCount(a.spelling, k, a.count)));
        out.sort(Comparator.comparingInt(TagCount::count).reversed().thenComparing(TagCount::key));
        return limit > 0 && out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private static final class CountingCollector implements Collector {
        final boolean withTags;
        final List<String> groupBy;
        int total;
        final Map<String, Acc> tags = new HashMap<>();
        final Map<String, Map<String, Integer>> groups = new HashMap<>();

        CountingCollector(boolean withTags, List<String> groupBy) {
            this.withTags = withTags;
            this.groupBy = groupBy;
            for (String g : groupBy) {
                groups.put(g, new HashMap<>());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues tagValues = withTags ? DocValues.getSortedSet(context.reader(), Schema.TAG_FACET) : null;
            int[] tagCounts = withTags ? new int[(int) tagValues.getValueCount()] : null;
            SortedDocValues[] groupValues = new SortedDocValues[groupBy.size()];
            int[][] groupCounts = new int[groupBy.size()][];
            for (int i = 0; i < groupValues.length; i++) {
                groupValues[i] = DocValues.getSorted(context.reader(), groupBy.get(i));
                groupCounts[i] = new int[groupValues[i].getValueCount()];
            }
            return new LeafCollector() {
                int leafTotal;

                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    leafTotal++;
                    if (tagValues != null && tagValues.advanceExact(doc)) {
                        for (int i = 0, n = tagValues.docValueCount(); i < n; i++) {
                            tagCounts[(int) tagValues.nextOrd()]++;
                        }
                    }
                    for (int g = 0; g < groupValues.length; g++) {
                        if (groupValues[g].advanceExact(doc)) {
                            groupCounts[g][groupValues[g].ordValue()]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    total += leafTotal;
                    if (tagValues != null) {
                        for (int ord = 0; ord < tagCounts.length; ord++) {
                            if (tagCounts[ord] > 0) {
                                BytesRef b = tagValues.lookupOrd(ord);
                                String v = new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8);
                                int sep = v.indexOf(Schema.SEP);
                                tags.computeIfAbsent(v.substring(0, sep), k -> new Acc()).add(v.substring(sep + 1), tagCounts[ord]);
                            }
                        }
                    }
                    for (int g = 0; g < groupValues.length; g++) {
                        Map<String, Integer> m = groups.get(groupBy.get(g));
                        for (int ord = 0; ord < groupCounts[g].length; ord++) {
                            if (groupCounts[g][ord] > 0) {
                                m.merge(groupValues[g].lookupOrd(ord).utf8ToString(), groupCounts[g][ord], Integer::sum);
                            }
                        }
                    }
                }
            };
        }
    }
}
