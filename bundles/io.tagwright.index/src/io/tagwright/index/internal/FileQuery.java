package io.tagwright.index.internal;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * {@code file:}: images whose lower-case path (relative to the dataset) contains a text, or matches a glob
 * whole or from after one of its {@code /} (so {@code *.png}, {@code img_0*} and {@code 10_chan/*} all work).
 * Each segment's paths are matched once per search by ordinal ({@link SegmentCache}), then documents by their
 * key's ordinal, so no path terms need to be indexed.
 */
final class FileQuery extends Query {

    private final String text;
    private final boolean glob;
    private final Glob matches;

    private FileQuery(String text, boolean glob) {
        this.text = text;
        this.glob = glob;
        this.matches = glob ? Glob.ofPathOrTail(text) : Glob.containing(text);
    }

    /** Paths containing {@code text} (lower case). */
    static FileQuery containing(String text) {
        return new FileQuery(text, false);
    }

    /** Paths matching a lower-case wildcard pattern, whole or after a {@code /}. */
    static FileQuery matching(String pattern) {
        return new FileQuery(pattern, true);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                SegmentCache.Strings paths = SegmentCache.lowerValues(context.reader(), Schema.KEY);
                FixedBitSet ords = new FixedBitSet(Math.max(1, paths.values.length));
                paths.forEachMatch(matches, ords::set);
                if (ords.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS) {
                    return null;
                }
                int[] ordOf = SegmentCache.ordinals(context.reader(), Schema.KEY).byDoc();
                FixedBitSet docs = new FixedBitSet(context.reader().maxDoc());
                for (int doc = 0; doc < ordOf.length; doc++) {
                    if (ordOf[doc] >= 0 && ords.get(ordOf[doc])) {
                        docs.set(doc);
                    }
                }
                DocIdSetIterator hits = new BitSetIterator(docs, docs.cardinality());
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, hits));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return DocValues.isCacheable(ctx, Schema.KEY);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(Schema.KEY)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return "file:" + (glob ? text : "*" + text + "*");
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && text.equals(((FileQuery) o).text) && glob == ((FileQuery) o).glob;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), text, glob);
    }
}
