package io.tagwright.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every hit and keeps the first {@code n} keys in path order, in one pass: per segment the {@code n}
 * smallest key ordinals in a max-heap (ordinals follow the keys' sort order within a segment, and documents
 * mostly arrive in path order, so after the first page almost every hit is rejected by one comparison);
 * the keys of the kept ordinals are read and merged across segments at the end. In a segment whose documents
 * are in path order (the usual case after a full build) the first {@code n} hits are the page, and the rest
 * are only counted, a block of hits at a time.
 */
public final class FirstPage implements CollectorManager<FirstPage.PageCollector, FirstPage.Result> {

    /** The number of hits and the first keys in path order. */
    public record Result(int total, List<String> keys) {
    }

    private final int n;

    public FirstPage(int n) {
        this.n = n;
    }

    @Override
    public PageCollector newCollector() {
        return new PageCollector(n);
    }

    @Override
    public Result reduce(Collection<PageCollector> collectors) {
        int total = 0;
        List<String> keys = new ArrayList<>();
        for (PageCollector c : collectors) {
            total += c.total;
            keys.addAll(c.keys);
        }
        keys.sort(null);
        return new Result(total, keys.size() > n ? List.copyOf(keys.subList(0, n)) : keys);
    }

    /** Collects one slice of the index (one searcher thread). */
    public static final class PageCollector implements Collector {
        private final int n;
        int total;
        final List<String> keys = new ArrayList<>();

        PageCollector(int n) {
            this.n = n;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues values = DocValues.getSorted(context.reader(), Schema.KEY);
            SegmentCache.Ordinals ordinals = SegmentCache.ordinals(context.reader(), Schema.KEY);
            int[] ordOf = ordinals.byDoc();
            boolean inOrder = ordinals.ascending();
            int[] heap = new int[n]; // max-heap of ordinals
            return new LeafCollector() {
                int size;

                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(DocIdStream stream) throws IOException {
                    if (!inOrder) {
                        stream.forEach(this::collect);
                        return;
                    }
                    while (size < n && stream.mayHaveRemaining()) {
                        int[] docs = new int[n - size];
                        int k = stream.intoArray(docs);
                        for (int i = 0; i < k; i++) {
                            collect(docs[i]);
                        }
                        if (k == 0) {
                            break;
                        }
                    }
                    total += stream.count();
                }

                @Override
                public void collectRange(int min, int max) throws IOException {
                    if (inOrder && size == n) {
                        total += max - min;
                        return;
                    }
                    for (int doc = min; doc < max; doc++) {
                        collect(doc);
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    int ord = ordOf[doc];
                    if (ord < 0) {
                        return;
                    }
                    if (size < n) {
                        heap[size] = ord;
                        up(size++);
                    } else if (ord < heap[0]) {
                        heap[0] = ord;
                        down();
                    }
                }

                private void up(int i) {
                    int v = heap[i];
                    while (i > 0 && heap[(i - 1) / 2] < v) {
                        heap[i] = heap[(i - 1) / 2];
                        i = (i - 1) / 2;
                    }
                    heap[i] = v;
                }

                private void down() {
                    int i = 0;
                    int v = heap[0];
                    while (true) {
                        int c = 2 * i + 1;
                        if (c >= size) {
                            break;
                        }
                        if (c + 1 < size && heap[c + 1] > heap[c]) {
                            c++;
                        }
                        if (heap[c] <= v) {
                            break;
                        }
                        heap[i] = heap[c];
                        i = c;
                    }
                    heap[i] = v;
                }

                @Override
                public void finish() throws IOException {
                    int[] ords = Arrays.copyOf(heap, size);
                    Arrays.sort(ords);
                    for (int o : ords) {
                        keys.add(values.lookupOrd(o).utf8ToString());
                    }
                }
            };
        }
    }
}
