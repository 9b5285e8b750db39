package io.tagwright.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Data of a segment decoded once and kept while the segment lives: the terms of an indexed field (for
 * wildcards and substrings over the tag dictionary), the lower-case image keys by ordinal (for {@code file:})
 * and each document's key ordinal (for the first page of a search). Walking Lucene's compressed term
 * dictionary with an automaton, or its doc values one hit at a time, costs milliseconds per query at 100k
 * images; plain arrays cost a fraction of that. Segments never change, so an entry is valid until its segment
 * is closed, when it is dropped. Any thread.
 */
public final class SegmentCache {

    /**
     * Strings searchable for a {@link Glob}: every string between NUL separators in one text, so the literal
     * part of a pattern is found by one fast {@code indexOf} walk instead of a test per string.
     */
    static final class Strings {
        final String[] values;
        private final String joined;
        private final int[] starts;

        Strings(String[] values) {
            this.values = values;
            StringBuilder sb = new StringBuilder().append('\0');
            starts = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                starts[i] = sb.length();
                sb.append(values[i]).append('\0');
            }
            joined = sb.toString();
        }

        /** Calls {@code hit} with the index of every string the glob matches, in order. */
        void forEachMatch(Glob glob, java.util.function.IntConsumer hit) {
            String probe = glob.probe();
            if (probe == null) {
                for (int i = 0; i < values.length; i++) {
                    if (glob.test(values[i])) {
                        hit.accept(i);
                    }
                }
                return;
            }
            int from = 0;
            while (values.length > 0) {
                int pos = joined.indexOf(probe, from);
                if (pos < 0) {
                    return;
                }
                int i = java.util.Arrays.binarySearch(starts, pos + 1);
                if (i < 0) {
                    i = -i - 2; // the last string starting at or before pos + 1
                }
                if (glob.test(values[i])) {
                    hit.accept(i);
                }
                if (i + 1 >= values.length) {
                    return;
                }
                from = starts[i + 1] - 1;
            }
        }
    }

    /** The terms of a field in term order, as strings and as the bytes that seek them. */
    record FieldTerms(Strings strings, BytesRef[] bytes) {
    }

    private static final Map<IndexReader.CacheKey, Map<String, Object>> CACHE = new ConcurrentHashMap<>();

    /** Each document's ordinal in a sorted doc-values field (-1: none), and whether they never decrease. */
    record Ordinals(int[] byDoc, boolean ascending) {
    }

    /**
     * Each document's tag terms, by their ordinal in the segment's term order: document {@code d} has
     * {@code ords[start[d]] .. ords[start[d + 1] - 1]}. Lucene keeps tags by term (postings); counting tags per
     * hit needs them by document, so they are turned around once per segment (deleted documents included: a
     * search never passes them on).
     */
    record TagsByDoc(int[] start, int[] ords) {
    }

    private SegmentCache() {
    }

    static FieldTerms terms(LeafReader reader, String field) throws IOException {
        return (FieldTerms) cached(reader, "terms:" + field, () -> {
            Terms terms = reader.terms(field);
            List<String> strings = new ArrayList<>();
            List<BytesRef> bytes = new ArrayList<>();
            if (terms != null) {
                TermsEnum e = terms.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    BytesRef copy = BytesRef.deepCopyOf(t);
                    bytes.add(copy);
                    strings.add(copy.utf8ToString());
                }
            }
            return new FieldTerms(new Strings(strings.toArray(new String[0])), bytes.toArray(new BytesRef[0]));
        });
    }

    /** Lower-case values of a sorted doc-values field by ordinal. */
    static Strings lowerValues(LeafReader reader, String field) throws IOException {
        return (Strings) cached(reader, "lower:" + field, () -> {
            SortedDocValues dv = reader.getSortedDocValues(field);
            if (dv == null) {
                return new Strings(new String[0]);
            }
            String[] out = new String[dv.getValueCount()];
            TermsEnum e = dv.termsEnum();
            int ord = 0;
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                out[ord++] = t.utf8ToString().toLowerCase(Locale.ROOT);
            }
            return new Strings(out);
        });
    }

    static Ordinals ordinals(LeafReader reader, String field) throws IOException {
        return (Ordinals) cached(reader, "ords:" + field, () -> {
            int[] byDoc = new int[reader.maxDoc()];
            SortedDocValues dv = reader.getSortedDocValues(field);
            boolean ascending = true;
            int last = -1;
            for (int doc = 0; doc < byDoc.length; doc++) {
                int ord = dv != null && dv.advanceExact(doc) ? dv.ordValue() : -1;
                byDoc[doc] = ord;
                ascending &= ord >= last;
                last = ord;
            }
            return new Ordinals(byDoc, ascending);
        });
    }

    static TagsByDoc tagsByDoc(LeafReader reader) throws IOException {
        return (TagsByDoc) cached(reader, "tagsByDoc", () -> {
            int maxDoc = reader.maxDoc();
            int[] start = new int[maxDoc + 1];
            // how many tag terms each document has: the caption's distinct tag count, stored with it
            org.apache.lucene.index.NumericDocValues counts = reader.getNumericDocValues(Schema.TAGS);
            for (int doc = 0; doc < maxDoc; doc++) {
                int n = counts != null && counts.advanceExact(doc) ? (int) counts.longValue() : 0;
                start[doc + 1] = start[doc] + n;
            }
            int[] ords = new int[start[maxDoc]];
            int[] fill = java.util.Arrays.copyOf(start, maxDoc);
            Terms terms = reader.terms(Schema.TAG);
            if (terms != null) {
                TermsEnum e = terms.iterator();
                org.apache.lucene.index.PostingsEnum postings = null;
                int ord = 0;
                for (BytesRef t = e.next(); t != null; t = e.next(), ord++) {
                    postings = e.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (fill[doc] == start[doc + 1]) {
                            throw new IOException("index is inconsistent: document " + doc + " has more tag terms than its tag count");
                        }
                        ords[fill[doc]++] = ord;
                    }
                }
            }
            for (int doc = 0; doc < maxDoc; doc++) {
                if (fill[doc] != start[doc + 1]) {
                    throw new IOException("index is inconsistent: document " + doc + " has fewer tag terms than its tag count");
                }
            }
            return new TagsByDoc(start, ords);
        });
    }

    private interface Loader {
        Object load() throws IOException;
    }

    private static Object cached(LeafReader reader, String what, Loader loader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return loader.load();
        }
        IndexReader.CacheKey key = helper.getKey();
        Map<String, Object> entries = CACHE.get(key);
        if (entries == null) {
            entries = new ConcurrentHashMap<>();
            Map<String, Object> raced = CACHE.putIfAbsent(key, entries);
            if (raced != null) {
                entries = raced;
            } else {
                helper.addClosedListener(CACHE::remove);
            }
        }
        Object value = entries.get(what);
        if (value == null) {
            value = loader.load();
            entries.put(what, value);
        }
        return value;
    }

    /** Segments with cached data (entries go when their segment closes). */
    public static int cachedSegments() {
        return CACHE.size();
    }
}
