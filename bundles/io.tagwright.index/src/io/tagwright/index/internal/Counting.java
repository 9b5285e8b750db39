package io.tagwright.index.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the documents a query matches per value of single-valued doc-values fields (subset folder, view,
 * framing): few distinct values, so per segment an array by ordinal, merged by value. Tag frequencies are
 * {@link TagOrdinals}' job.
 */
public final class Counting {

    /** The number of documents and, per grouping field, documents per value. */
    public record Counts(int total, Map<String, Map<String, Integer>> groups) {
    }

    private Counting() {
    }

    public static Counts count(IndexSearcher searcher, Query query, List<String> groupBy) throws IOException {
        return searcher.search(query, new CollectorManager<GroupCollector, Counts>() {
            @Override
            public GroupCollector newCollector() {
                return new GroupCollector(groupBy);
            }

            @Override
            public Counts reduce(Collection<GroupCollector> collectors) {
                int total = 0;
                Map<String, Map<String, Integer>> groups = new LinkedHashMap<>();
                for (String g : groupBy) {
                    groups.put(g, new HashMap<>());
                }
                for (GroupCollector c : collectors) {
                    total += c.total;
                    c.groups.forEach((g, m) -> m.forEach((v, n) -> groups.get(g).merge(v, n, Integer::sum)));
                }
                return new Counts(total, groups);
            }
        });
    }

    private static final class GroupCollector implements Collector {
        final List<String> groupBy;
        int total;
        final Map<String, Map<String, Integer>> groups = new HashMap<>();

        GroupCollector(List<String> groupBy) {
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
            SortedDocValues[] values = new SortedDocValues[groupBy.size()];
            int[][] counts = new int[groupBy.size()][];
            for (int i = 0; i < values.length; i++) {
                values[i] = DocValues.getSorted(context.reader(), groupBy.get(i));
                counts[i] = new int[values[i].getValueCount()];
            }
            return new LeafCollector() {
                int leafTotal;

                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    leafTotal++;
                    for (int g = 0; g < values.length; g++) {
                        if (values[g].advanceExact(doc)) {
                            counts[g][values[g].ordValue()]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    total += leafTotal;
                    for (int g = 0; g < values.length; g++) {
                        Map<String, Integer> m = groups.get(groupBy.get(g));
                        for (int ord = 0; ord < counts[g].length; ord++) {
                            if (counts[g][ord] > 0) {
                                m.merge(values[g].lookupOrd(ord).utf8ToString(), counts[g][ord], Integer::sum);
                            }
                        }
                    }
                }
            };
        }
    }
}
