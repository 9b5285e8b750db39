package io.tagwright.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.refactor.Refactorings;
import io.tagwright.core.refactor.RenameTag;
import io.tagwright.core.refactor.Scope;
import io.tagwright.core.tags.TagList;
import io.tagwright.index.DatasetIndex;
import io.tagwright.index.IndexSettings;
import io.tagwright.index.SuggestMode;
import io.tagwright.index.Suggestion;
import io.tagwright.index.TagCount;
import io.tagwright.index.TagSuggester;
import io.tagwright.tests.common.KohyaFolder;
import io.tagwright.tests.common.SharedData;

/** Autocompletion over the Danbooru list merged with a dataset's own tags. */
class TagSuggesterTest {

    private static TagList danbooru;

    @TempDir
    Path root;

    @BeforeAll
    static void load() throws IOException {
        danbooru = TagList.load(SharedData.path("tags/danbooru.csv"));
    }

    private static List<String> tags(List<Suggestion> s) {
        return s.stream().map(Suggestion::tag).toList();
    }

    @Test
    void prefixCompletionsAreRankedByPostCount() {
        TagSuggester s = new TagSuggester(danbooru, null);
        List<Suggestion> hair = s.suggest("long_h", SuggestMode.PREFIX, 3);
        assertEquals("long hair", hair.get(0).tag());
        assertEquals("general", hair.get(0).categoryName());
        assertEquals(4_350_743, hair.get(0).postCount());
        assertTrue(hair.get(1).postCount() >= hair.get(2).postCount());
        assertEquals(List.of("1girl", "1boy"), tags(s.suggest("1", SuggestMode.PREFIX, 2)), "the most used first");
        assertEquals(List.of(), s.suggest("zzqqxx", SuggestMode.PREFIX, 5));
    }

    @Test
    void aliasesResolveToTheirCanonicalTag() {
        TagSuggester s = new TagSuggester(danbooru, null);
        Suggestion longhair = s.suggest("longhai", SuggestMode.PREFIX, 1).get(0);
        assertEquals("long hair", longhair.tag());
        assertEquals("longhair", longhair.alias());
        List<Suggestion> blond = s.suggest("blond", SuggestMode.PREFIX, 10);
        assertEquals(1, blond.stream().filter(x -> x.tag().equals("blonde hair")).count(), "one row per tag, however many aliases match");
    }

    @Test
    void containsFindsTextAnywhere() {
        TagSuggester s = new TagSuggester(danbooru, null);
        List<Suggestion> hair = s.suggest("hair", SuggestMode.CONTAINS, 5);
        assertEquals("long hair", hair.get(0).tag());
        for (Suggestion x : hair) {
            assertTrue(x.tag().contains("hair") || x.alias() != null && x.alias().contains("hair"), x.toString());
        }
        for (int i = 1; i < hair.size(); i++) {
            assertTrue(hair.get(i - 1).postCount() >= hair.get(i).postCount());
        }
        assertEquals("long hair", s.suggest("g_ha", SuggestMode.CONTAINS, 1).get(0).tag(), "_ is a space in contains mode too");
        Suggestion character = s.suggest("hatsune miku", SuggestMode.CONTAINS, 1).get(0);
        assertEquals("character", character.categoryName());
        assertEquals(4, character.category());
        assertTrue(s.suggest("qqqqzzzz", SuggestMode.CONTAINS, 5).isEmpty());
    }

    @Test
    void theDatasetsOwnTagsComeFirstAndFollowItsChanges() throws Exception {
        KohyaFolder.in(root).subset("10_mychar").image("a.png", 768, 768, "mychar, long hair, hair_flaps, my special hairdo")
                .image("b.png", 800, 800, "mychar, hair flaps");
        DatasetSession session = DatasetSession.openFolder(root, "s", new NullProgressMonitor());
        try (DatasetIndex index = DatasetIndex.open(session, IndexSettings.defaults(), new NullProgressMonitor())) {
            TagSuggester s = TagSuggester.forIndex(danbooru, index);
            List<Suggestion> hair = s.suggest("hair", SuggestMode.CONTAINS, 6);
            assertEquals("hair flaps", hair.get(0).tag(), "in both images");
            assertEquals(2, hair.get(0).datasetCount());
            assertEquals(List.of("long hair", "my special hairdo"), tags(hair.subList(1, 3)), "then the dataset's other tags");
            Suggestion own = hair.get(2);
            assertEquals(-1, own.category(), "a tag the list does not know");
            assertEquals(0, own.postCount());
            assertEquals(0, hair.get(3).datasetCount(), "then the list's");
            Refactorings.run(session, new RenameTag("my special hairdo", "spiral hairdo"), Scope.all(), new NullProgressMonitor());
            assertEquals("spiral hairdo", s.suggest("spiral h", SuggestMode.PREFIX, 1).get(0).tag());
            assertTrue(tags(s.suggest("my spe", SuggestMode.PREFIX, 5)).isEmpty(), "the renamed tag is gone");
        }
    }

    @Test
    void listTagsTakeTheDatasetsSpellingStyle() {
        TagSuggester underscores = new TagSuggester(danbooru,
                () -> List.of(new TagCount("long_hair", "long hair", 5), new TagCount("blue_eyes", "blue eyes", 2)));
        assertEquals(List.of("blue_eyes", "blush", "blonde_hair"), tags(underscores.suggest("bl", SuggestMode.PREFIX, 3)));
        TagSuggester datasetOnly = new TagSuggester(null, () -> List.of(new TagCount("long hair", "long hair", 5)));
        Suggestion only = datasetOnly.suggest("lo", SuggestMode.PREFIX, 3).get(0);
        assertEquals("long hair", only.tag());
        assertNull(only.alias());
        assertEquals(1, datasetOnly.suggest("lo", SuggestMode.PREFIX, 3).size());
    }
}
