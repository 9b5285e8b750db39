package io.tagwright.cli.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.stream.IntStream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.eclipse.core.runtime.NullProgressMonitor;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.DatasetSnapshot;
import io.tagwright.index.DatasetIndex;
import io.tagwright.index.IndexSettings;
import io.tagwright.index.TagCount;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;

/**
 * Index build rate (from scratch, on disk, with CLIP token counts when a tokenizer is given), the
 * incremental reopen, and query latency p50/p95 over a fixed query set. Targets: ≥ 50,000 captions/s,
 * query p95 ≤ 10 ms.
 */
final class IndexBenchmark {

    private static final int RUNS = 40;
    private static final int WARMUP = 5;

    private IndexBenchmark() {
    }

    /**
     * Captions indexed before the steady-state builds (at least three builds): the JIT compiler is still at work
     * on Lucene's and our code until a few hundred thousand documents have gone through (at 10k, builds 4-8 ran at
     * about half the rate of builds 35-40).
     */
    private static final int BUILD_WARMUP_CAPTIONS = 300_000;
    private static final int BUILD_RUNS = 5;
    /** Whether this process has built an index yet: only the first build of a run is in a fresh JVM. */
    private static boolean built;

    /**
     * Builds the index from scratch in a fresh JVM, then again until the JVM is warmed up (as in a workbench that
     * has been running a while), and reopens it unchanged; reports the first build, the second, the median of the
     * steady-state builds after {@link #BUILD_WARMUP_CAPTIONS} and the reopen, and returns the index open.
     */
    static DatasetIndex build(DatasetSession session, ClipTokenizer tokenizer, int n, PrintStream out) throws Exception {
        IndexSettings settings = IndexSettings.builder().optTokenizer(tokenizer, null).build();
        int warmup = Math.max(3, (BUILD_WARMUP_CAPTIONS + n - 1) / Math.max(1, n));
        int rounds = warmup + BUILD_RUNS;
        double[] seconds = new double[rounds];
        double[] cpu = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            BenchSupport.deleteTree(session.metadataDir().resolve("index"));
            System.gc();
            long c = BenchSupport.processCpuNanos();
            long t = System.nanoTime();
            DatasetIndex index = DatasetIndex.open(session, settings, new NullProgressMonitor());
            seconds[round] = (System.nanoTime() - t) / 1e9;
            cpu[round] = (BenchSupport.processCpuNanos() - c) / 1e9;
            index.close();
        }
        String first = built ? "first" : "first (fresh JVM)";
        built = true;
        double steady = median(Arrays.copyOfRange(seconds, warmup, rounds));
        double steadyCpu = median(Arrays.copyOfRange(cpu, warmup, rounds));
        double floor = luceneAlone(session);
        long t = System.nanoTime();
        DatasetIndex index = DatasetIndex.open(session, settings, new NullProgressMonitor());
        double reopen = (System.nanoTime() - t) / 1e6;
        out.printf(Locale.ROOT, "index  n=%-7d build (on disk%s): %s %6.2f s = %,7.0f captions/s, second %6.2f s = %,7.0f "
                + "captions/s, steady (median of builds %d-%d) %6.2f s = %,7.0f captions/s (target ≥ 50,000; %.2f s of CPU = %,.0f "
                + "captions per CPU-second)  |  reopen unchanged %.0f ms (%d rewritten)  |  heap retained %d MiB, peak RSS %d MiB%n",
                n, tokenizer == null ? ", no CLIP tokens" : ", with CLIP tokens", first, seconds[0], n / seconds[0], seconds[1], n / seconds[1],
                warmup + 1, rounds, steady, n / steady, steadyCpu, n / steadyCpu, reopen, index.lastUpdateWritten(),
                BenchSupport.retainedHeapMiB(), BenchSupport.peakRssMiB());
        out.printf(Locale.ROOT, "         baseline, same run: Lucene alone indexing only the key and the tag terms of the same captions "
                + "(in memory, 2 threads, best of 5): %,.0f captions/s; steady build ÷ baseline %.2f%n", floor, n / steady / floor);
        return index;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Captions per second Lucene manages here with the least a tag search needs: the key and the tag terms. */
    private static double luceneAlone(DatasetSession session) throws Exception {
        List<DatasetSnapshot.Image> images = DatasetSnapshot.of(session).images();
        double best = 0;
        for (int round = 0; round < 5; round++) {
            IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(256).setUseCompoundFile(false);
            long t = System.nanoTime();
            try (Directory dir = new ByteBuffersDirectory(); IndexWriter w = new IndexWriter(dir, config)) {
                IntStream.range(0, 2).parallel().forEach(thread -> {
                    try {
                        for (int i = thread; i < images.size(); i += 2) {
                            Document d = new Document();
                            d.add(new StringField("key", images.get(i).key(), Field.Store.NO));
                            for (String tag : images.get(i).tags()) {
                                d.add(new StringField("tag", CaptionSyntax.key(tag), Field.Store.NO));
                            }
                            w.addDocument(d);
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                w.commit();
            }
            best = Math.max(best, images.size() / ((System.nanoTime() - t) / 1e9));
        }
        return best;
    }

    /** The fixed query set, made from the dataset's own tag frequencies (ranks 0, 10, 100, 1000). */
    static List<String> queries(DatasetIndex index, boolean tokens) throws Exception {
        List<TagCount> tags = index.allTagFrequencies();
        String t1 = q(tags.get(0).key());
        String t10 = q(tags.get(Math.min(10, tags.size() - 1)).key());
        String t100 = q(tags.get(Math.min(100, tags.size() - 1)).key());
        String t1000 = q(tags.get(Math.min(1000, tags.size() - 1)).key());
        String prefix = tags.get(Math.min(100, tags.size() - 1)).key().substring(0, 3).replace(' ', '_') + "*";
        List<String> qs = new ArrayList<>(List.of(t1, t1000, t1 + " " + t10, t10 + " OR " + t100, t1 + " -" + t10,
                "(" + t10 + " OR " + t100 + ") -" + t1, prefix, "*_hair", "text:hair", "text:\"long hair\"",
                "width:>=768 aspect:portrait", "tags:<10", "subset:1_s000", "view:unset " + t10, "file:img_00012"));
        if (tokens) {
            qs.add("tokens:>75");
        }
        return qs;
    }

    private static String q(String key) {
        return "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void queries(DatasetIndex index, int n, boolean tokens, PrintStream out) throws Exception {
        List<String> queries = queries(index, tokens);
        Map<String, Percentiles> per = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (String q : queries) {
            for (int i = 0; i < WARMUP; i++) {
                index.search(q, 100);
            }
            per.put(q, new Percentiles());
        }
        for (int r = 0; r < RUNS; r++) {
            for (String q : queries) {
                long t = System.nanoTime();
                totals.put(q, index.search(q, 100).total());
                per.get(q).add(System.nanoTime() - t);
            }
        }
        Percentiles all = new Percentiles();
        per.values().forEach(all::addAll);
        out.printf(Locale.ROOT, "query  n=%-7d %d queries × %d runs (count + first 100 keys in path order): p50 %.2f ms, p95 %.2f ms "
                + "(target ≤ 10)%n", n, queries.size(), RUNS, all.millis(50), all.millis(95));
        for (String q : queries) {
            out.printf(Locale.ROOT, "         %-40s %7d hits  p50 %6.2f ms  p95 %6.2f ms%n", q, totals.get(q), per.get(q).millis(50),
                    per.get(q).millis(95));
        }
        Percentiles facets = new Percentiles();
        for (int r = 0; r < 10; r++) {
            long t = System.nanoTime();
            index.tagFrequencies(queries.get(0), 50);
            facets.add(System.nanoTime() - t);
        }
        out.printf(Locale.ROOT, "facets n=%-7d tag frequencies of the most common tag's images: p50 %.1f ms%n", n, facets.millis(50));
    }

}
