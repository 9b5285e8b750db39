package io.tagwright.index.internal;

import java.util.List;
import java.util.function.Predicate;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * A pattern in Lucene's wildcard syntax ({@code *}, {@code ?}, {@code \\} escapes) as a string test. The common
 * shapes ({@code *text*}, {@code *text}, {@code text*}, {@code text}) become plain string operations and name a
 * probe: text every match contains once NUL is put before and after it (see {@link SegmentCache.Strings}); the
 * rest run a compiled automaton over every string.
 */
final class Glob {

    private final Predicate<String> test;
    private final String probe;

    /** {@code literal}: text every match holds (null: unknown), at the start and/or end of the string. */
    private Glob(Predicate<String> test, String literal, boolean atStart, boolean atEnd) {
        this.test = test;
        this.probe = literal == null || literal.indexOf('\0') >= 0 ? null : (atStart ? "\0" : "") + literal + (atEnd ? "\0" : "");
    }

    boolean test(String s) {
        return test.test(s);
    }

    /** Literal text, with NUL for the start or end of a string, that every match contains; null if none. */
    String probe() {
        return probe;
    }

    /** Whole strings matching {@code pattern}. */
    static Glob of(String pattern) {
        String inner = literal(pattern, 1, pattern.length() - 1);
        boolean starStart = pattern.startsWith("*");
        boolean starEnd = pattern.endsWith("*") && !pattern.endsWith("\\*");
        if (pattern.length() >= 2 && starStart && starEnd && inner != null) {
            return new Glob(s -> s.contains(inner), inner, false, false);
        }
        String tail = literal(pattern, 1, pattern.length());
        if (starStart && tail != null) {
            return new Glob(s -> s.endsWith(tail), tail, false, true);
        }
        String head = literal(pattern, 0, pattern.length() - 1);
        if (starEnd && head != null) {
            return new Glob(s -> s.startsWith(head), head, true, false);
        }
        String exact = literal(pattern, 0, pattern.length());
        if (exact != null) {
            return new Glob(exact::equals, exact, true, true);
        }
        return new Glob(run(automaton(pattern)), null, false, false);
    }

    /** Strings matching {@code pattern} whole, or in a part that starts after one of their {@code /}. */
    static Glob ofPathOrTail(String pattern) {
        if (pattern.startsWith("*")) {
            return of(pattern); // a leading star reaches every tail already
        }
        return new Glob(run(Operations.union(List.of(automaton(pattern), automaton("*/" + pattern)))), null, false, false);
    }

    /** Strings containing {@code text}. */
    static Glob containing(String text) {
        return new Glob(s -> s.contains(text), text, false, false);
    }

    private static Automaton automaton(String pattern) {
        return WildcardQuery.toAutomaton(new Term("", pattern), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    }

    private static Predicate<String> run(Automaton a) {
        CharacterRunAutomaton run = new CharacterRunAutomaton(
                a.isDeterministic() ? a : Operations.determinize(a, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
        return run::run;
    }

    /** {@code pattern[from, to)} without its escapes when it holds no wildcard, else null. */
    private static String literal(String pattern, int from, int to) {
        if (from > to) {
            return null;
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?') {
                return null;
            }
            if (c == '\\') {
                if (i + 1 >= to) {
                    return null;
                }
                c = pattern.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
