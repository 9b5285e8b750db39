package io.tagwright.cli;

import java.io.IOException;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.lint.LintSettings;
import io.tagwright.core.lint.Linter;
import io.tagwright.index.DatasetIndex;
import io.tagwright.index.IndexSettings;
import io.tagwright.index.query.Field;
import io.tagwright.index.query.QueryNode;
import io.tagwright.index.query.QueryParser;
import io.tagwright.index.query.QuerySyntaxException;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;

/**
 * A dataset opened with its index, for the commands that query. A folder without a project file gets an
 * index in memory (nothing is written into it); a dataset with one reuses the index in its metadata folder.
 */
final class IndexedDataset implements AutoCloseable {

    final DatasetSession session;
    final DatasetIndex index;

    private IndexedDataset(DatasetSession session, DatasetIndex index) {
        this.session = session;
        this.index = index;
    }

    static IndexedDataset open(String dataset, String clip, Console console) throws IOException {
        DatasetSession session = Datasets.open(dataset, console.progress());
        ClipTokenizer tokenizer = UserFiles.tokenizer(clip);
        DatasetIndex index = DatasetIndex.open(session,
                IndexSettings.builder().optTokenizer(tokenizer, UserFiles.CLIP_HINT).build(), console.progress());
        return new IndexedDataset(session, index);
    }

    /**
     * Checks the query's syntax first (no dataset needed for that) and runs lint when it asks for
     * {@code problem:}, with the given tag list and tokenizer options.
     */
    void prepare(String query, String tags, String clip, Console console) throws QuerySyntaxException, IOException {
        QueryNode node = QueryParser.parse(query);
        if (mentions(node, Field.PROBLEM)) {
            LintSettings settings = LintSettings.builder().optTagList(UserFiles.tagList(tags), UserFiles.TAGS_HINT)
                    .optTokenizer(UserFiles.tokenizer(clip), UserFiles.CLIP_HINT).build();
            index.setFindings(Linter.run(session, settings, console.progress()));
        }
    }

    static boolean mentions(QueryNode node, Field field) {
        return switch (node) {
            case QueryNode.All a -> false;
            case QueryNode.And and -> and.clauses().stream().anyMatch(c -> mentions(c, field));
            case QueryNode.Or or -> or.clauses().stream().anyMatch(c -> mentions(c, field));
            case QueryNode.Not not -> mentions(not.clause(), field);
            case QueryNode.Term t -> t.field() == field;
            case QueryNode.Range r -> r.field() == field;
        };
    }

    @Override
    public void close() throws IOException {
        index.close();
        session.dispose();
    }
}
