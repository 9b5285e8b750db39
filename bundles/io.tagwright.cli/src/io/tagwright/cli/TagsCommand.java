package io.tagwright.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tagwright.index.DatasetIndex;
import io.tagwright.index.TagCount;
import io.tagwright.trainer.protocol.json.Json;

/** {@code tagwright tags}: tag frequencies, overall or per subset, view or framing. */
final class TagsCommand implements Command {

    @Override
    public String name() {
        return "tags";
    }

    @Override
    public String summary() {
        return "tag frequencies of a dataset or of a query's images (per subset, view or framing)";
    }

    @Override
    public String usage() {
        return """
                usage: tagwright tags DATASET [QUERY] [--by subset|view|framing] [--limit N] [--json] [--clip DIR]
                  QUERY  count only the images it matches (default: all)
                  --by   one list per subset folder, view or framing
                  --limit  at most N tags per list (default: all)
                Each line: the number of images with the tag, then the tag.""";
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Args a = new Args(args);
        boolean json = a.flag("--json");
        String by = a.option("--by", null);
        int limit = a.intOption("--limit", 0);
        String clip = a.option("--clip", null);
        List<String> pos = a.positional();
        if (pos.isEmpty() || pos.size() > 2) {
            throw new UsageException("expected DATASET and optionally a QUERY");
        }
        if (limit < 0) {
            throw new UsageException("--limit must not be negative");
        }
        DatasetIndex.Grouping grouping = null;
        if (by != null) {
            try {
                grouping = DatasetIndex.Grouping.valueOf(by.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--by takes subset, view or framing, not '" + by + "'");
            }
        }
        String query = pos.size() == 2 ? pos.get(1) : "";
        BadQuery.about(query, () -> io.tagwright.index.query.QueryParser.parse(query));
        DatasetIndex.Grouping groupBy = grouping;
        try (IndexedDataset d = IndexedDataset.open(pos.get(0), clip, console)) {
            Map<String, List<TagCount>> lists = BadQuery.about(query, () -> {
                d.prepare(query, null, clip, console);
                Map<String, List<TagCount>> m = new LinkedHashMap<>();
                if (groupBy == null) {
                    m.put("", d.index.tagFrequencies(query, limit));
                } else {
                    m.putAll(d.index.tagFrequenciesBy(groupBy, query, limit));
                }
                return m;
            });
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("query", query);
                out.put("images", BadQuery.about(query, () -> d.index.count(query)));
                if (grouping == null) {
                    out.put("tags", rows(lists.get("")));
                } else {
                    Map<String, Object> groups = new LinkedHashMap<>();
                    lists.forEach((g, l) -> groups.put(g, rows(l)));
                    out.put("by", grouping.name().toLowerCase(Locale.ROOT));
                    out.put("groups", groups);
                }
                console.out().println(Json.write(out));
            } else {
                for (Map.Entry<String, List<TagCount>> e : lists.entrySet()) {
                    if (grouping != null) {
                        console.out().println(e.getKey() + ":");
                    }
                    for (TagCount t : e.getValue()) {
                        console.out().printf("%8d  %s%n", t.count(), t.tag());
                    }
                }
            }
        }
        return ExitCodes.OK;
    }

    private static List<Map<String, Object>> rows(List<TagCount> tags) {
        List<Map<String, Object>> out = new ArrayList<>(tags.size());
        for (TagCount t : tags) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tag", t.tag());
            m.put("count", t.count());
            out.add(m);
        }
        return out;
    }
}
