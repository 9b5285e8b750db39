package io.tagwright.cli.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.tags.TagInfo;
import io.tagwright.core.tags.TagList;
import io.tagwright.index.DatasetIndex;
import io.tagwright.index.SuggestMode;
import io.tagwright.index.TagSuggester;

/**
 * Autocompletion latency over the whole tag list merged with the dataset's tags: 2,000 prefixes (1–8
 * characters of tags chosen uniformly from the list) and 2,000 substrings (2–6 characters), ten suggestions
 * each. Target: p95 ≤ 5 ms.
 */
final class SuggestBenchmark {

    private static final int QUERIES = 2000;

    private SuggestBenchmark() {
    }

    static void run(TagList list, DatasetIndex index, int n, PrintStream out) throws Exception {
        long t = System.nanoTime();
        TagSuggester suggester = TagSuggester.forIndex(list, index);
        suggester.suggest("a", SuggestMode.PREFIX, 10);
        double build = (System.nanoTime() - t) / 1e6;
        List<TagInfo> tags = list.tags();
        Random random = new Random(5);
        String[] prefixes = new String[QUERIES];
        String[] pieces = new String[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String k = CaptionSyntax.key(tags.get(random.nextInt(tags.size())).name());
            prefixes[i] = k.substring(0, Math.min(k.length(), 1 + random.nextInt(8)));
            int len = Math.min(k.length(), 2 + random.nextInt(5));
            int at = random.nextInt(k.length() - len + 1);
            pieces[i] = k.substring(at, at + len);
        }
        for (int i = 0; i < 500; i++) { // warm up
            suggester.suggest(prefixes[i], SuggestMode.PREFIX, 10);
            suggester.suggest(pieces[i], SuggestMode.CONTAINS, 10);
        }
        Percentiles prefix = new Percentiles();
        Percentiles contains = new Percentiles();
        for (int i = 0; i < QUERIES; i++) {
            long s = System.nanoTime();
            suggester.suggest(prefixes[i], SuggestMode.PREFIX, 10);
            prefix.add(System.nanoTime() - s);
            s = System.nanoTime();
            suggester.suggest(pieces[i], SuggestMode.CONTAINS, 10);
            contains.add(System.nanoTime() - s);
        }
        out.printf(Locale.ROOT, "suggest n=%-6d %,d tags + %,d dataset tags (built in %.0f ms): prefix p50 %.3f ms p95 %.3f ms, "
                + "contains p50 %.3f ms p95 %.3f ms (target p95 ≤ 5)%n", n, list.size(), index.allTagFrequencies().size(), build,
                prefix.millis(50), prefix.millis(95), contains.millis(50), contains.millis(95));
    }
}
