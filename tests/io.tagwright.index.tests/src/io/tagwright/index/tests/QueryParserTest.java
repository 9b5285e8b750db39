package io.tagwright.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tagwright.index.query.Field;
import io.tagwright.index.query.QueryNode;
import io.tagwright.index.query.QueryParser;
import io.tagwright.index.query.QuerySyntaxException;

/** The query language's grammar and its error messages (position and reason). */
class QueryParserTest {

    private static QueryNode parse(String q) throws QuerySyntaxException {
        return QueryParser.parse(q);
    }

    private static QueryNode.Term term(QueryNode n) {
        return assertInstanceOf(QueryNode.Term.class, n);
    }

    @Test
    void anEmptyQueryMatchesEverything() throws QuerySyntaxException {
        assertInstanceOf(QueryNode.All.class, parse(""));
        assertInstanceOf(QueryNode.All.class, parse("   "));
    }

    @Test
    void bareWordsAreTags() throws QuerySyntaxException {
        QueryNode.Term t = term(parse("long_hair"));
        assertEquals(Field.TAG, t.field());
        assertEquals("long_hair", t.value());
        assertFalse(t.wildcard());
        assertEquals("hatsune_miku_(cosplay)", term(parse("hatsune_miku_(cosplay)")).value(), "brackets inside a tag need no quotes");
        assertEquals("hatsune_miku_(cosplay)", term(parse("(hatsune_miku_(cosplay))")).value());
        assertEquals("close-up", term(parse("close-up")).value());
        assertEquals(":d", term(parse(":d")).value());
        QueryNode.Term quoted = term(parse("\"long hair\""));
        assertEquals("long hair", quoted.value());
        assertTrue(quoted.quoted());
        assertTrue(term(parse("blue_*")).wildcard());
        assertTrue(term(parse("?girl")).wildcard());
        assertFalse(term(parse("star\\*")).wildcard(), "an escaped star is a literal");
        assertFalse(term(parse("\"a*b\"")).wildcard(), "quotes make stars literal");
        QueryNode.Term colon = term(parse("re:zero"));
        assertTrue(colon.colonTag(), "not a field: a tag with a colon (or a mistyped field, decided with the index)");
    }

    @Test
    void booleanStructure() throws QuerySyntaxException {
        QueryNode.And and = assertInstanceOf(QueryNode.And.class, parse("a b AND c"));
        assertEquals(3, and.clauses().size());
        QueryNode.Or or = assertInstanceOf(QueryNode.Or.class, parse("a OR b c"));
        assertEquals(2, or.clauses().size());
        assertInstanceOf(QueryNode.And.class, or.clauses().get(1), "AND binds tighter than OR");
        QueryNode.And grouped = assertInstanceOf(QueryNode.And.class, parse("(a OR b) c"));
        assertInstanceOf(QueryNode.Or.class, grouped.clauses().get(0));
        assertInstanceOf(QueryNode.Not.class, parse("NOT a"));
        assertInstanceOf(QueryNode.Not.class, parse("-a"));
        QueryNode.Not nested = assertInstanceOf(QueryNode.Not.class, parse("-(a OR b)"));
        assertInstanceOf(QueryNode.Or.class, nested.clause());
        assertEquals("and", term(parse("and")).value(), "operators are upper case; lower case is a word");
    }

    @Test
    void fieldsAndComparisons() throws QuerySyntaxException {
        QueryNode.Range r = assertInstanceOf(QueryNode.Range.class, parse("width:>=768"));
        assertEquals(Field.WIDTH, r.field());
        assertEquals(768, r.min());
        assertEquals(Double.POSITIVE_INFINITY, r.max());
        assertEquals(767, assertInstanceOf(QueryNode.Range.class, parse("height:<768")).max());
        assertEquals(6, assertInstanceOf(QueryNode.Range.class, parse("tags:>5")).min());
        QueryNode.Range range = assertInstanceOf(QueryNode.Range.class, parse("width:512..1024"));
        assertEquals(List.of(512.0, 1024.0), List.of(range.min(), range.max()));
        QueryNode.Range exact = assertInstanceOf(QueryNode.Range.class, parse("tags:0"));
        assertEquals(List.of(0.0, 0.0), List.of(exact.min(), exact.max()));
        assertTrue(assertInstanceOf(QueryNode.Range.class, parse("aspect:>1.5")).min() > 1.5);
        assertEquals("portrait", term(parse("aspect:Portrait")).value());
        assertEquals(Field.VIEW, term(parse("view:from_behind")).field());
        assertEquals(Field.FRAMING, term(parse("FRAMING:close-up")).field(), "field names in any case");
        assertEquals("long hair", term(parse("text:\"long hair\"")).value());
        assertEquals(Field.PROBLEM, term(parse("problem:duplicate-tag")).field());
        assertEquals(Field.TOKENS, assertInstanceOf(QueryNode.Range.class, parse("tokens:>75")).field());
        assertEquals("10_chan", term(parse("subset:10_chan")).value());
        assertEquals("*.jpg", term(parse("file:*.jpg")).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(long_hair            | 0  | missing ')' to close this '('",
        "long_hair)            | 9  | unexpected ')': there is no '(' to close",
        "a AND                 | 2  | expected a term after AND",
        "AND a                 | 0  | AND needs a term before it",
        "OR a                  | 0  | OR needs a term before it",
        "a OR OR b             | 2  | expected a term after OR",
        "a NOT                 | 2  | expected a term after NOT",
        "\"long hair           | 0  | unterminated quote: this '\"' is never closed",
        "width:abc             | 6  | width: expects a number, a comparison (<, <=, >, >=, =) or a range a..b, e.g. width:>=768; 'abc' is not one",
        "width:                | 0  | expected a value after 'width:' (a width in pixels, e.g. width:>=768 or width:512..1024)",
        "tags:5..2             | 5  | tags: the range 5..2 is empty",
        "()                    | 0  | empty parentheses",
        "- a                   | 0  | expected a term right after '-' (write \"-\" to search for a tag '-')",
        "view:behind           | 5  | unknown view 'behind'; a view: front, slightly_left, slightly_right, left_profile, right_profile, from_above, from_below, from_behind, unset",
        "aspect:wide           | 7  | aspect: expects portrait, square, landscape or a ratio comparison such as aspect:>1.5, not 'wide'",
        "a (b OR c             | 2  | missing ')' to close this '('",
    })
    void errorsSayWhereAndWhat(String query, int position, String reason) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> parse(query.strip()));
        assertEquals(reason, e.reason());
        assertEquals(position, e.position());
        assertEquals(reason + " (at column " + (position + 1) + ")", e.getMessage());
    }

    @Test
    void thePointerUnderlinesTheMistake() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> parse("smile width:abc"));
        assertEquals("smile width:abc\n            ^^^", e.pointer("smile width:abc"));
    }
}
