package io.tagwright.index.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

import io.tagwright.index.TagCount;

/**
 * Tag frequencies for large result sets: the tag values of all segments mapped once per reader to global
 * ordinals, grouped by tag key (values are {@code key SEP spelling}, so the spellings of one tag are
 * neighbours in sort order). A count then adds up ordinals per hit, sums each group and reads the labels of
 * the top groups only, instead of resolving every distinct value of every segment.
 */
public final class TagOrdinals {

    private final IndexReader reader;
    private final OrdinalMap map;
    /** group index → first global ordinal; one extra entry at the end */
    private final int[] groupStart;
    private final String[] keys;
    /** global ordinal → spelling */
    private final String[] spellings;

    private TagOrdinals(IndexReader reader, OrdinalMap map, int[] groupStart, String[] keys, String[] spellings) {
        this.reader = reader;
        this.map = map;
        this.groupStart = groupStart;
        this.keys = keys;
        this.spellings = spellings;
    }

    /** Builds the mapping of a reader (cost grows with the number of distinct tag spellings). */
    public static TagOrdinals build(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSortedSet(leaves.get(i).reader(), Schema.TAG_FACET);
        }
        OrdinalMap map = values.length > 1 ? OrdinalMap.build(null, values, PackedInts.DEFAULT) : null;
        long count = map != null ? map.getValueCount() : values.length == 1 ? values[0].getValueCount() : 0;
        int n = Math.toIntExact(count);
        SortedSetDocValues[] lookup = new SortedSetDocValues[values.length];
        for (int i = 0; i < lookup.length; i++) {
            lookup[i] = DocValues.getSortedSet(leaves.get(i).reader(), Schema.TAG_FACET);
        }
        String[] spellings = new String[n];
        List<String> keys = new ArrayList<>();
        int[] starts = new int[n + 1];
        String previous = null;
        for (int g = 0; g < n; g++) {
            BytesRef b = map != null ? lookup[map.getFirstSegmentNumber(g)].lookupOrd(map.getFirstSegmentOrd(g)) : lookup[0].lookupOrd(g);
            String v = new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8);
            int sep = v.indexOf(Schema.SEP);
            String key = v.substring(0, sep);
            spellings[g] = v.substring(sep + 1);
            if (!key.equals(previous)) {
                starts[keys.size()] = g;
                keys.add(key);
                previous = key;
            }
        }
        int groups = keys.size();
        int[] groupStart = Arrays.copyOf(starts, groups + 1);
        groupStart[groups] = n;
        return new TagOrdinals(reader, map, groupStart, keys.toArray(new String[0]), spellings);
    }

    public IndexReader reader() {
        return reader;
    }

    /** How many documents matching {@code query} have each tag; the most frequent first, at most {@code limit} (0: all). */
    public List<TagCount> count(IndexSearcher searcher, Query query, int limit) throws IOException {
        int[] perOrd = searcher.search(query, new CollectorManager<OrdCollector, int[]>() {
            @Override
            public OrdCollector newCollector() {
                return new OrdCollector(spellings.length);
            }

            @Override
            public int[] reduce(Collection<OrdCollector> collectors) {
                int[] sum = new int[spellings.length];
                for (OrdCollector c : collectors) {
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += c.counts[i];
                    }
                }
                return sum;
            }
        });
        return top(perOrd, limit);
    }

    private List<TagCount> top(int[] perOrd, int limit) {
        int groups = keys.length;
        int[] sums = new int[groups];
        int nonZero = 0;
        for (int g = 0; g < groups; g++) {
            int s = 0;
            for (int o = groupStart[g]; o < groupStart[g + 1]; o++) {
                s += perOrd[o];
            }
            sums[g] = s;
            if (s > 0) {
                nonZero++;
            }
        }
        // order: count descending, then key (groups are already in key order, so a stable sort by count is enough)
        long[] packed = new long[nonZero];
        int k = 0;
        for (int g = 0; g < groups; g++) {
            if (sums[g] > 0) {
                packed[k++] = ((long) (Integer.MAX_VALUE - sums[g]) << 32) | g;
            }
        }
        Arrays.sort(packed);
        int n = limit > 0 ? Math.min(limit, nonZero) : nonZero;
        List<TagCount> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int g = (int) packed[i];
            int best = groupStart[g];
            for (int o = groupStart[g] + 1; o < groupStart[g + 1]; o++) {
                if (perOrd[o] > perOrd[best]) {
                    best = o;
                }
            }
            out.add(new TagCount(spellings[best], keys[g], sums[g]));
        }
        return out;
    }

    /** Counts hits per global ordinal. */
    private final class OrdCollector implements Collector {
        final int[] counts;

        OrdCollector(int size) {
            counts = new int[size];
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(context.reader(), Schema.TAG_FACET);
            LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(context.ord);
            // counted by segment ordinal first: mapping to global ordinals once per distinct value, not per hit
            int[] local = new int[(int) values.getValueCount()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (values.advanceExact(doc)) {
                        for (int i = 0, n = values.docValueCount(); i < n; i++) {
                            local[(int) values.nextOrd()]++;
                        }
                    }
                }

                @Override
                public void finish() {
                    for (int o = 0; o < local.length; o++) {
                        if (local[o] > 0) {
                            counts[(int) toGlobal.get(o)] += local[o];
                        }
                    }
                }
            };
        }
    }
}
