package io.tagwright.index.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Images whose normalised caption contains a piece of text. An approximation (the caption's words, see
 * {@link io.tagwright.index.internal.QueryCompiler}) finds the candidates through the index; each candidate
 * is then checked against the caption text kept in doc values. The two-phase form lets Lucene check
 * cheaper clauses of an AND first.
 */
final class CaptionContainsQuery extends Query {

    private final Query approximation;
    private final String needle;
    private final byte[] needleBytes;

    CaptionContainsQuery(Query approximation, String needle) {
        this.approximation = approximation;
        this.needle = needle;
        this.needleBytes = needle.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query r = approximation.rewrite(searcher);
        return r != approximation ? new CaptionContainsQuery(r, needle) : super.rewrite(searcher);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = approximation.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier candidates = inner.scorerSupplier(context);
                BinaryDocValues captions = context.reader().getBinaryDocValues(Schema.CAPTION);
                if (candidates == null || captions == null) {
                    return null;
                }
                float score = score();
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        DocIdSetIterator approx = candidates.get(leadCost).iterator();
                        TwoPhaseIterator check = new TwoPhaseIterator(approx) {
                            @Override
                            public boolean matches() throws IOException {
                                return captions.advanceExact(approx.docID()) && contains(captions.binaryValue(), needleBytes);
                            }

                            @Override
                            public float matchCost() {
                                return 64;
                            }
                        };
                        return new ConstantScoreScorer(score, scoreMode, check);
                    }

                    @Override
                    public long cost() {
                        return candidates.cost();
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return DocValues.isCacheable(ctx, Schema.CAPTION) && inner.isCacheable(ctx);
            }
        };
    }

    static boolean contains(BytesRef hay, byte[] needle) {
        if (needle.length == 0) {
            return true;
        }
        byte first = needle[0];
        int last = hay.offset + hay.length - needle.length;
        outer: for (int i = hay.offset; i <= last; i++) {
            if (hay.bytes[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (hay.bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        approximation.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.FILTER, this));
    }

    @Override
    public String toString(String field) {
        return "caption contains \"" + needle + "\" (" + approximation.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && needle.equals(((CaptionContainsQuery) o).needle)
                && approximation.equals(((CaptionContainsQuery) o).approximation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), needle, approximation, Arrays.hashCode(needleBytes));
    }
}
