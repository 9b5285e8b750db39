package io.tagwright.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.index.DatasetIndex;
import io.tagwright.index.IndexSettings;

/** Every form of the query language against the sample dataset of {@link DatasetIndexTest}. */
class QueryFormsTest {

    @TempDir
    static Path root;

    private static DatasetSession session;
    private static DatasetIndex index;

    @BeforeAll
    static void open() throws IOException {
        session = DatasetIndexTest.sample(root);
        index = DatasetIndex.open(session, IndexSettings.defaults(), new NullProgressMonitor());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
        session.dispose();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "long_hair                   | a b c",
        "Long_Hair                   | a b c",
        "\"long hair\"               | a b c",
        "tag:long_hair               | a b c",
        "long*                       | a b c",
        "*_hair                      | a b c",
        "*eyes                       | a d",
        "?girl                       | a c d",
        "1girl chan                  | a d",
        "1girl AND chan              | a d",
        "smile OR earrings           | a b r",
        "1girl -chan                 | c",
        "NOT 1girl                   | b e r",
        "(smile OR earrings) chan    | a b",
        "-(smile OR 1girl)           | b e",
        "hatsune_miku_(cosplay)      | c",
        "re:zero                     | d",
        "tag:\"re:zero\"             | d",
        "view:from_behind            | b",
        "view:*behind                | b",
        "view:unset                  | a c d e r",
        "framing:unset               | a b c d e r",
        "subset:10_chan              | a b c d",
        "subset:chan                 | a b c d",
        "subset:woman                | r",
        "subset:*extra               | e",
        "file:c.png                  | c",
        "file:10_chan/a              | a",
        "file:reg/*                  | r",
        "file:*.png                  | a b c d e r",
        "file:?.png                  | a b c d e r",
        "file:C.PNG                  | c",
        "file:10_chan/*              | a b c d",
        "file:1_*/r*                 | r",
        "file:chan/*                 | ''",
        "file:none                   | ''",
        "lo?g_hai*                   | a b c",
        "*a?r*                       | a b c",
        "*miku_\\(*                  | c",
        "nothing*like*this           | ''",
        "text:hair                   | a b c",
        "text:air                    | a b c",
        "text:\"hair, smile\"        | a",
        "text:\"long hair, from\"    | b",
        "text:\"eyes, long\"         | ''",
        "text:cosplay                | c",
        "width:>=1024                | c e",
        "width:<768                  | d",
        "width:512                   | d",
        "height:768..1152            | a b c e r",
        "aspect:portrait             | b",
        "aspect:landscape            | c",
        "aspect:square               | a d e r",
        "aspect:>1.2                 | c",
        "tags:0                      | e",
        "tags:<4                     | e r",
        "tags:>=5                    | a c",
        "''                          | a b c d e r",
    })
    void everyQueryForm(String query, String expected) throws Exception {
        assertEquals(expected, DatasetIndexTest.hits(index, query));
    }
}
