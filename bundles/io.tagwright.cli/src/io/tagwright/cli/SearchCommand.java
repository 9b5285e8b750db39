package io.tagwright.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tagwright.index.SearchResult;
import io.tagwright.trainer.protocol.json.Json;

/** {@code tagwright search}: the images a query matches. */
final class SearchCommand implements Command {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "images matching a query (see README: query language)";
    }

    @Override
    public String usage() {
        return """
                usage: tagwright search DATASET QUERY [--json] [--limit N] [--count] [--tags FILE] [--clip DIR]
                  QUERY    e.g. 'long_hair -smile', 'view:from_behind earrings', 'tokens:>75', 'width:<768 OR height:<768'
                  --limit  print at most N image paths (default: all)
                  --count  print only the number of matching images
                  --clip   CLIP tokenizer folder, needed for tokens: (or TAGWRIGHT_CLIP)
                  --tags   tag list for the typo rule when the query uses problem: (or TAGWRIGHT_TAGS)
                Paths are relative to the dataset folder, in path order, one per line.""";
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Args a = new Args(args);
        boolean json = a.flag("--json");
        boolean countOnly = a.flag("--count");
        int limit = a.intOption("--limit", Integer.MAX_VALUE);
        String tags = a.option("--tags", null);
        String clip = a.option("--clip", null);
        List<String> pos = a.positional();
        if (pos.size() != 2) {
            throw new UsageException("expected DATASET and QUERY (quote the query)");
        }
        if (limit < 0) {
            throw new UsageException("--limit must not be negative");
        }
        String query = pos.get(1);
        BadQuery.about(query, () -> io.tagwright.index.query.QueryParser.parse(query)); // before the dataset is read
        try (IndexedDataset d = IndexedDataset.open(pos.get(0), clip, console)) {
            SearchResult r = BadQuery.about(query, () -> {
                d.prepare(query, tags, clip, console);
                return d.index.search(query, countOnly ? 0 : Math.min(limit, Math.max(1, d.session.imageCount())));
            });
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("query", r.query());
                out.put("total", r.total());
                out.put("images", countOnly ? List.of() : r.keys());
                console.out().println(Json.write(out));
            } else if (countOnly) {
                console.out().println(r.total());
            } else {
                r.keys().forEach(console.out()::println);
                console.err().printf("%d of %d images match%n", r.total(), d.session.imageCount());
            }
        }
        return ExitCodes.OK;
    }
}
