package io.tagwright.index.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.refactor.TagPattern;
import io.tagwright.index.query.Field;
import io.tagwright.index.query.QueryNode;
import io.tagwright.index.query.QueryParser;
import io.tagwright.index.query.QuerySyntaxException;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ViewAnnotation;

/** Turns parsed queries into Lucene queries over {@link Schema}'s fields. */
public final class QueryCompiler {

    /** What compiling needs to know about the index it runs on. */
    public interface Context {
        /** Whether some image has a tag with this matching key. */
        boolean hasTag(String key);

        /** Whether captions were counted in CLIP tokens (a tokenizer is configured). */
        boolean tokensIndexed();

        /** What to configure for tokens: queries. */
        String tokenizerHint();

        /** Rule id → keys of images with findings, or null when lint has not run. */
        Map<String, Set<String>> findings();

        /** Every rule id lint knows. */
        Collection<String> ruleIds();
    }

    private final Context ctx;

    public QueryCompiler(Context ctx) {
        this.ctx = ctx;
    }

    public Query compile(QueryNode node) throws QuerySyntaxException {
        return switch (node) {
            case QueryNode.All a -> new MatchAllDocsQuery();
            case QueryNode.And and -> and(and.clauses());
            case QueryNode.Or or -> or(or.clauses());
            case QueryNode.Not not -> and(List.of(not));
            case QueryNode.Term t -> term(t);
            case QueryNode.Range r -> range(r);
        };
    }

    private Query and(List<QueryNode> clauses) throws QuerySyntaxException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        for (QueryNode c : clauses) {
            if (c instanceof QueryNode.Not n) {
                b.add(compile(n.clause()), Occur.MUST_NOT);
            } else {
                b.add(compile(c), Occur.FILTER);
                positive = true;
            }
        }
        if (!positive) {
            b.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        return b.build();
    }

    private Query or(List<QueryNode> clauses) throws QuerySyntaxException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (QueryNode c : clauses) {
            b.add(compile(c), Occur.SHOULD);
        }
        return b.setMinimumNumberShouldMatch(1).build();
    }

    private Query term(QueryNode.Term t) throws QuerySyntaxException {
        return switch (t.field()) {
            case TAG -> tag(t);
            case TEXT -> text(t);
            case FILE -> {
                yield t.wildcard() ? FileQuery.matching(lowerPattern(t.value()))
                        : FileQuery.containing(unescape(t.value()).toLowerCase(Locale.ROOT));
            }
            case SUBSET -> {
                if (t.wildcard()) {
                    yield new WildcardQuery(new Term(Schema.SUBSET, lowerPattern(t.value())));
                }
                String folder = unescape(t.value()).toLowerCase(Locale.ROOT);
                String classKey = CaptionSyntax.key(t.value());
                yield folder.equals(classKey) ? new TermQuery(new Term(Schema.SUBSET, folder))
                        : new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.SUBSET, folder)), Occur.SHOULD)
                                .add(new TermQuery(new Term(Schema.SUBSET, classKey)), Occur.SHOULD).build();
            }
            case VIEW, FRAMING -> annotation(t);
            case ASPECT -> new TermQuery(new Term(Schema.ASPECT, t.value()));
            case PROBLEM -> problem(t);
            default -> throw new QuerySyntaxException(t.position(), t.length(), t.field().fieldName() + ": " + t.field().help());
        };
    }

    private Query tag(QueryNode.Term t) throws QuerySyntaxException {
        if (t.colonTag() && !ctx.hasTag(CaptionSyntax.key(t.value()))) {
            String name = t.value().substring(0, t.value().indexOf(':'));
            throw new QuerySyntaxException(t.position(), name.length() + 1, "unknown field '" + name + ":' (fields: " + Field.names()
                    + "); no image has the tag '" + t.value() + "' either");
        }
        if (!t.wildcard()) {
            return new TermQuery(new Term(Schema.TAG, CaptionSyntax.key(t.value())));
        }
        String pattern = keyPattern(t.value());
        int star = pattern.indexOf('*');
        if (star == pattern.length() - 1 && pattern.indexOf('?') < 0 && pattern.indexOf('\\') < 0) {
            return new PrefixQuery(new Term(Schema.TAG, pattern.substring(0, star)));
        }
        return new TermGlobQuery(Schema.TAG, pattern);
    }

    /**
     * Text anywhere in the caption line (tag keys joined by ", "). Without a comma the text lies inside one
     * tag: a wildcard over the tag dictionary answers exactly. With commas, the tags around them narrow the
     * candidates (the first piece ends a tag, the middle ones are whole tags, the last starts one) and each
     * candidate's caption text is checked.
     */
    private Query text(QueryNode.Term t) throws QuerySyntaxException {
        if (t.wildcard()) {
            throw new QuerySyntaxException(t.position(), t.length(), "text: matches anywhere in the caption already; write it "
                    + "without * and ?");
        }
        String needle = normaliseText(t.value());
        if (needle.isEmpty()) {
            throw new QuerySyntaxException(t.position(), t.length(), "text: needs some text");
        }
        if (needle.indexOf(',') < 0) {
            return new TermGlobQuery(Schema.TAG, "*" + escape(needle) + "*");
        }
        String[] parts = needle.split(",", -1);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty()) {
                continue;
            }
            Query q;
            if (i == 0) {
                q = new TermGlobQuery(Schema.TAG, "*" + escape(p));
            } else if (i == parts.length - 1) {
                q = new PrefixQuery(new Term(Schema.TAG, p));
            } else {
                q = new TermQuery(new Term(Schema.TAG, p));
            }
            b.add(q, Occur.FILTER);
            any = true;
        }
        return new CaptionContainsQuery(any ? b.build() : new MatchAllDocsQuery(), needle);
    }

    /** Caption text as the index keeps it: lower case, {@code _} as space, single spaces, ", " between tags. */
    public static String normaliseText(String value) {
        String s = unescape(value).toLowerCase(Locale.ROOT).replace('_', ' ');
        s = s.replaceAll("\\s+", " ").strip();
        return s.replaceAll(" ?, ?", ", ");
    }

    private Query annotation(QueryNode.Term t) throws QuerySyntaxException {
        boolean view = t.field() == Field.VIEW;
        if (!t.wildcard()) {
            Enum<?> e = QueryParser.enumValue(t.field(), t.value());
            String value = view ? Schema.viewValue((ViewAnnotation) e) : Schema.framingValue((FramingAnnotation) e);
            return new TermQuery(new Term(view ? Schema.VIEW : Schema.FRAMING, value));
        }
        TagPattern p = TagPattern.of(t.value());
        List<BytesRef> values = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        if (view) {
            for (ViewAnnotation v : ViewAnnotation.values()) {
                literals.add(v.getLiteral());
            }
        } else {
            for (FramingAnnotation f : FramingAnnotation.values()) {
                literals.add(f.getLiteral());
            }
        }
        for (String l : literals) {
            if (p.matches(l)) {
                values.add(new BytesRef(l));
            }
        }
        if (values.isEmpty()) {
            throw new QuerySyntaxException(t.position(), t.length(), "'" + t.value() + "' matches no " + t.field().fieldName() + "; "
                    + t.field().help());
        }
        return new TermInSetQuery(view ? Schema.VIEW : Schema.FRAMING, values);
    }

    private Query problem(QueryNode.Term t) throws QuerySyntaxException {
        Map<String, Set<String>> findings = ctx.findings();
        if (findings == null) {
            throw new QuerySyntaxException(t.position(), t.length(), "problem: needs lint results; run lint on the dataset first");
        }
        String id = unescape(t.value()).toLowerCase(Locale.ROOT);
        Set<String> ids = new TreeSet<>();
        if (t.wildcard()) {
            TagPattern p = TagPattern.of(t.value());
            for (String r : ctx.ruleIds()) {
                if (p.matchesKey(r)) {
                    ids.add(r);
                }
            }
        } else if (ctx.ruleIds().contains(id)) {
            ids.add(id);
        } else {
            throw new QuerySyntaxException(t.position(), t.length(), "unknown lint rule '" + t.value() + "' (rules: "
                    + String.join(", ", new TreeSet<>(ctx.ruleIds())) + ")");
        }
        Set<BytesRef> keys = new java.util.HashSet<>();
        for (String r : ids) {
            for (String k : findings.getOrDefault(r, Set.of())) {
                keys.add(new BytesRef(k));
            }
        }
        return keys.isEmpty() ? new MatchNoDocsQuery("no image has a finding of " + ids) : new TermInSetQuery(Schema.KEY, keys);
    }

    private Query range(QueryNode.Range r) throws QuerySyntaxException {
        if (r.field() == Field.ASPECT) {
            float lo = (float) r.min();
            if (lo < r.min()) {
                lo = Math.nextUp(lo);
            }
            float hi = (float) r.max();
            if (hi > r.max()) {
                hi = Math.nextDown(hi);
            }
            return NumericDocValuesField.newSlowRangeQuery(Schema.RATIO, NumericUtils.floatToSortableInt(lo),
                    NumericUtils.floatToSortableInt(hi));
        }
        String field = switch (r.field()) {
            case WIDTH -> Schema.WIDTH;
            case HEIGHT -> Schema.HEIGHT;
            case TAGS -> Schema.TAGS;
            case TOKENS -> {
                if (!ctx.tokensIndexed()) {
                    throw new QuerySyntaxException(r.position(), r.length(), "tokens: needs a CLIP tokenizer: " + ctx.tokenizerHint());
                }
                yield Schema.TOKENS;
            }
            default -> throw new QuerySyntaxException(r.position(), r.length(), r.field().fieldName() + " takes no numbers");
        };
        int lo = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, r.min()));
        int hi = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, r.max()));
        return NumericDocValuesField.newSlowRangeQuery(field, lo, hi);
    }

    /** A tag glob in key form, as a Lucene wildcard: lower case, {@code _} as space, {@code \*} a literal star. */
    static String keyPattern(String value) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(n == '*' || n == '?' ? "\\" + n : String.valueOf(n).toLowerCase(Locale.ROOT));
                continue;
            }
            if (c == '_' || Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** A glob over lower-cased text (file and subset names keep their underscores). */
    private static String lowerPattern(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Resolves escapes, keeping none. */
    static String unescape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                sb.append(value.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Escapes Lucene's wildcard characters. */
    static String escape(String literal) {
        StringBuilder sb = new StringBuilder(literal.length());
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '*' || c == '?' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
