package io.tagwright.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Objects;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Images with a term of a field that matches a wildcard pattern (as {@link org.apache.lucene.search.WildcardQuery}),
 * found by scanning the segments' term lists in memory ({@link SegmentCache}) instead of walking the term
 * dictionary with an automaton. Rewrites to the matching terms.
 */
final class TermGlobQuery extends Query {

    private final String field;
    private final String pattern;
    private final Glob glob;

    TermGlobQuery(String field, String pattern) {
        this.field = field;
        this.pattern = pattern;
        this.glob = Glob.of(pattern);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        List<BytesRef> found = new ArrayList<>(); // segments share terms: TermInSetQuery drops the repeats
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            SegmentCache.FieldTerms terms = SegmentCache.terms(leaf.reader(), field);
            terms.strings().forEachMatch(glob, i -> found.add(terms.bytes()[i]));
        }
        if (found.isEmpty()) {
            return new MatchNoDocsQuery("no " + field + " matches " + pattern);
        }
        if (found.size() == 1) {
            return new TermQuery(new Term(field, found.get(0)));
        }
        return new TermInSetQuery(field, found);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String f) {
        return (field.equals(f) ? "" : field + ":") + pattern;
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && field.equals(((TermGlobQuery) o).field) && pattern.equals(((TermGlobQuery) o).pattern);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, pattern);
    }
}
