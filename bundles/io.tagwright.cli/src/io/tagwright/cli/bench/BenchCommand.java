package io.tagwright.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.tagwright.cli.Args;
import io.tagwright.cli.Console;
import io.tagwright.cli.ExitCodes;
import io.tagwright.cli.UsageException;
import io.tagwright.cli.UserFiles;
import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.tags.TagCsv;
import io.tagwright.core.tags.TagList;
import io.tagwright.index.DatasetIndex;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;
import io.tagwright.core.tags.TagInfo;

/**
 * {@code tagwright bench}: performance benchmarks on synthetic datasets (never part of the tests). Every
 * number is printed next to a baseline measured in the same run.
 */
public final class BenchCommand implements io.tagwright.cli.Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmarks on synthetic datasets (open vs cat, index, query, suggest, rename vs sed)";
    }

    @Override
    public String usage() {
        return """
                usage: tagwright bench [SUITE...] --tags DANBOORU.csv [--clip DIR] [--sizes 10000,100000] [--scratch DIR]
                  SUITE: open, index, query, suggest, rename (default: all; query, suggest and rename build the index)
                  --tags     tag list in tagcomplete CSV format, sampled by count for the captions
                  --clip     CLIP tokenizer: the index then counts tokens as in the workbench (or TAGWRIGHT_CLIP)
                  --sizes    dataset sizes (images), comma-separated
                  --scratch  where synthetic datasets are written (default: a temporary folder); the datasets of
                             the index suites are kept there and reused by the next run""";
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Args a = new Args(args);
        String tags = a.option("--tags", null);
        String sizes = a.option("--sizes", "10000,100000");
        String scratchOption = a.option("--scratch", null);
        String clip = a.option("--clip", null);
        List<String> suites = a.positional();
        if (tags == null) {
            throw new UsageException("--tags is required (e.g. a Danbooru tag list in tagcomplete format)");
        }
        List<Integer> ns = new ArrayList<>();
        for (String s : sizes.split(",")) {
            try {
                ns.add(Integer.parseInt(s.strip()));
            } catch (NumberFormatException e) {
                throw new UsageException("--sizes must be numbers separated by commas");
            }
        }
        List<TagInfo> tagList = TagCsv.read(Path.of(tags));
        SyntheticDataset data = new SyntheticDataset(tagList);
        Path scratch = scratchOption != null ? Path.of(scratchOption) : Files.createTempDirectory("tagwright-bench");
        Files.createDirectories(scratch);
        console.out().printf("Tagwright benchmarks: %d CPUs, load average %s, max heap %d MiB, Java %s, %d tags from %s%n",
                Runtime.getRuntime().availableProcessors(), BenchSupport.loadAverage(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), tagList.size(), Path.of(tags).getFileName());
        for (String s : suites) {
            if (!List.of("open", "index", "query", "suggest", "rename").contains(s)) {
                throw new UsageException("unknown suite '" + s + "' (open, index, query, suggest, rename)");
            }
        }
        ClipTokenizer tokenizer = UserFiles.tokenizer(clip);
        boolean all = suites.isEmpty();
        for (int n : ns) {
            if (all || suites.contains("open")) {
                OpenBenchmark.run(scratch, n, data, console.out());
            }
            if (all || suites.contains("index") || suites.contains("query") || suites.contains("suggest") || suites.contains("rename")) {
                DatasetSession session = BenchDataset.open(scratch, n, data, console.out());
                DatasetIndex index = IndexBenchmark.build(session, tokenizer, n, console.out());
                if (all || suites.contains("query")) {
                    IndexBenchmark.queries(index, n, tokenizer != null, console.out());
                }
                if (all || suites.contains("suggest")) {
                    SuggestBenchmark.run(TagList.of(tagList), index, n, console.out());
                }
                if (all || suites.contains("rename")) {
                    RenameBenchmark.run(session, index, n, console.out());
                }
                index.close();
                session.dispose();
            }
        }
        console.out().printf("load average at the end: %s%n", BenchSupport.loadAverage());
        return ExitCodes.OK;
    }
}
