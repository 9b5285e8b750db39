package io.tagwright.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.tagwright.cli.Args;
import io.tagwright.cli.Console;
import io.tagwright.cli.ExitCodes;
import io.tagwright.cli.UsageException;
import io.tagwright.core.tags.TagCsv;
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
        return "benchmarks on synthetic datasets (open vs cat, ...)";
    }

    @Override
    public String usage() {
        return """
                usage: tagwright bench [SUITE...] --tags DANBOORU.csv [--sizes 10000,100000] [--scratch DIR]
                  SUITE: open (default: all)
                  --tags     tag list in tagcomplete CSV format, sampled by count for the captions
                  --sizes    dataset sizes (images), comma-separated
                  --scratch  where synthetic datasets are written (default: a temporary folder)""";
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Args a = new Args(args);
        String tags = a.option("--tags", null);
        String sizes = a.option("--sizes", "10000,100000");
        String scratchOption = a.option("--scratch", null);
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
        console.out().printf("Tagwright benchmarks: %d CPUs, max heap %d MiB, Java %s, %d tags from %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), tagList.size(), Path.of(tags).getFileName());
        boolean all = suites.isEmpty();
        for (int n : ns) {
            if (all || suites.contains("open")) {
                OpenBenchmark.run(scratch, n, data, console.out());
            }
        }
        return ExitCodes.OK;
    }
}
