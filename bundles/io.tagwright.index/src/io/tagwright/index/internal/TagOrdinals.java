package io.tagwright.index.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import io.tagwright.index.TagCount;

/**
 * Tag frequencies: the tag keys of all segments numbered once per reader in key order (global ordinals), each
 * segment's term ordinals mapped to them, and each key's display spelling. A count adds up, per hit, the
 * document's tag ordinals ({@link SegmentCache#tagsByDoc}) in an array per segment, maps the non-zero entries to
 * global ordinals and reads the labels of the top ones only. A tag is shown as most of the dataset's captions
 * spell it.
 */
public final class TagOrdinals {

    private final IndexReader reader;
    /** global ordinal → key, in key (term) order */
    private final String[] keys;
    /** global ordinal → the spelling most captions use */
    private final String[] spellings;
    /** per segment (by leaf ordinal): segment term ordinal → global ordinal */
    private final int[][] toGlobal;

    private TagOrdinals(IndexReader reader, String[] keys, String[] spellings, int[][] toGlobal) {
        this.reader = reader;
        this.keys = keys;
        this.spellings = spellings;
        this.toGlobal = toGlobal;
    }

    /** Builds the numbering of a reader (cost grows with the number of distinct tags and spellings). */
    public static TagOrdinals build(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        BytesRef[][] terms = new BytesRef[leaves.size()][];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = SegmentCache.terms(leaves.get(i).reader(), Schema.TAG).bytes();
        }
        // merge the segments' sorted term lists
        int[][] toGlobal = new int[terms.length][];
        int[] pos = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            toGlobal[i] = new int[terms[i].length];
        }
        List<String> keys = new ArrayList<>();
        while (true) {
            BytesRef least = null;
            for (int i = 0; i < terms.length; i++) {
                if (pos[i] < terms[i].length && (least == null || terms[i][pos[i]].compareTo(least) < 0)) {
                    least = terms[i][pos[i]];
                }
            }
            if (least == null) {
                break;
            }
            int global = keys.size();
            keys.add(least.utf8ToString());
            for (int i = 0; i < terms.length; i++) {
                if (pos[i] < terms[i].length && terms[i][pos[i]].equals(least)) {
                    toGlobal[i][pos[i]++] = global;
                }
            }
        }
        String[] keyArray = keys.toArray(new String[0]);
        return new TagOrdinals(reader, keyArray, spellings(leaves, keyArray), toGlobal);
    }

    /**
     * The spelling of each key that most live documents use: the key itself unless the captions that spell it
     * otherwise ({@link Schema#SPELLING}, usually few) are the majority.
     */
    private static String[] spellings(List<LeafReaderContext> leaves, String[] keys) throws IOException {
        String[] out = keys.clone();
        // key → (spelling → live documents), for keys with another spelling somewhere
        Map<String, Map<String, Integer>> variants = new HashMap<>();
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : leaves) {
            Terms terms = leaf.reader().terms(Schema.SPELLING);
            if (terms == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                postings = e.postings(postings, PostingsEnum.NONE);
                int n = live(postings, live);
                if (n > 0) {
                    String v = t.utf8ToString();
                    int sep = v.indexOf(Schema.SEP);
                    variants.computeIfAbsent(v.substring(0, sep), k -> new HashMap<>()).merge(v.substring(sep + 1), n, Integer::sum);
                }
            }
        }
        if (variants.isEmpty()) {
            return out;
        }
        for (int g = 0; g < keys.length; g++) {
            Map<String, Integer> v = variants.get(keys[g]);
            if (v == null) {
                continue;
            }
            int others = v.values().stream().mapToInt(Integer::intValue).sum();
            int asKey = liveDocs(leaves, keys[g]) - others;
            String best = keys[g];
            int bestCount = asKey;
            for (Map.Entry<String, Integer> e : v.entrySet()) {
                int c = e.getValue();
                // ties: the first in byte order, whoever is asked
                if (c > bestCount || c == bestCount && compareUtf8(e.getKey(), best) < 0) {
                    best = e.getKey();
                    bestCount = c;
                }
            }
            out[g] = best;
        }
        return out;
    }

    private static int compareUtf8(String a, String b) {
        return new BytesRef(a.getBytes(StandardCharsets.UTF_8)).compareTo(new BytesRef(b.getBytes(StandardCharsets.UTF_8)));
    }

    private static int liveDocs(List<LeafReaderContext> leaves, String key) throws IOException {
        int n = 0;
        BytesRef term = new BytesRef(key);
        for (LeafReaderContext leaf : leaves) {
            LeafReader r = leaf.reader();
            Terms terms = r.terms(Schema.TAG);
            if (terms == null) {
                continue;
            }
            TermsEnum e = terms.iterator();
            if (e.seekExact(term)) {
                n += live(e.postings(null, PostingsEnum.NONE), r.getLiveDocs());
            }
        }
        return n;
    }

    private static int live(PostingsEnum postings, Bits live) throws IOException {
        int n = 0;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
                n++;
            }
        }
        return n;
    }

    public IndexReader reader() {
        return reader;
    }

    /** How many documents matching {@code query} have each tag; the most frequent first, at most {@code limit} (0: all). */
    public List<TagCount> count(IndexSearcher searcher, Query query, int limit) throws IOException {
        if (query instanceof MatchAllDocsQuery) {
            return top(countAll(), limit);
        }
        int[] perKey = searcher.search(query, new CollectorManager<KeyCollector, int[]>() {
            @Override
            public KeyCollector newCollector() {
                return new KeyCollector(keys.length);
            }

            @Override
            public int[] reduce(Collection<KeyCollector> collectors) {
                int[] sum = new int[keys.length];
                for (KeyCollector c : collectors) {
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += c.counts[i];
                    }
                }
                return sum;
            }
        });
        return top(perKey, limit);
    }

    /**
     * Every tag's frequency over the whole index, from the term dictionary: a term's document frequency where its
     * segment has no deletions, its live postings where it has. Needs no per-document tags, so the first counts
     * after opening an index (the Tags view shows them) do not wait for {@link SegmentCache#tagsByDoc}.
     */
    private int[] countAll() throws IOException {
        int[] perKey = new int[keys.length];
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Schema.TAG);
            if (terms == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            int[] global = toGlobal[leaf.ord];
            TermsEnum e = terms.iterator();
            int ord = 0;
            for (BytesRef t = e.next(); t != null; t = e.next(), ord++) {
                if (live == null) {
                    perKey[global[ord]] += e.docFreq();
                } else {
                    postings = e.postings(postings, PostingsEnum.NONE);
                    perKey[global[ord]] += live(postings, live);
                }
            }
        }
        return perKey;
    }

    private List<TagCount> top(int[] perKey, int limit) {
        int nonZero = 0;
        for (int c : perKey) {
            if (c > 0) {
                nonZero++;
            }
        }
        // order: count descending, then key (global ordinals are in key order)
        long[] packed = new long[nonZero];
        int k = 0;
        for (int g = 0; g < perKey.length; g++) {
            if (perKey[g] > 0) {
                packed[k++] = ((long) (Integer.MAX_VALUE - perKey[g]) << 32) | g;
            }
        }
        Arrays.sort(packed);
        int n = limit > 0 ? Math.min(limit, nonZero) : nonZero;
        List<TagCount> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int g = (int) packed[i];
            out.add(new TagCount(spellings[g], keys[g], perKey[g]));
        }
        return out;
    }

    /** Counts hits per global ordinal. */
    private final class KeyCollector implements Collector {
        final int[] counts;

        KeyCollector(int size) {
            counts = new int[size];
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SegmentCache.TagsByDoc tags = SegmentCache.tagsByDoc(context.reader());
            int[] start = tags.start();
            int[] ords = tags.ords();
            int[] global = toGlobal[context.ord];
            // counted by segment ordinal first: mapping to global ordinals once per distinct tag, not per hit
            int[] local = new int[global.length];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
                        local[ords[i]]++;
                    }
                }

                @Override
                public void finish() {
                    for (int o = 0; o < local.length; o++) {
                        if (local[o] > 0) {
                            counts[global[o]] += local[o];
                        }
                    }
                }
            };
        }
    }
}
