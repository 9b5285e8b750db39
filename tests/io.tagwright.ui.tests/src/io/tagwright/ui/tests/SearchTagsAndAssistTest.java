package io.tagwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.demo.DemoDataset;
import io.tagwright.index.Suggestion;
import io.tagwright.index.TagCount;
import io.tagwright.tests.common.SharedData;
import io.tagwright.ui.gallery.GalleryEditor;
import io.tagwright.ui.preferences.PreferenceListeners;
import io.tagwright.ui.preferences.TagwrightPreferences;
import io.tagwright.ui.search.Indexes;
import io.tagwright.ui.search.SearchView;
import io.tagwright.ui.search.TagResources;
import io.tagwright.ui.tags.TagsView;

/** The Search view (inline syntax errors, results), the Tags view (counts, click to filter), autocompletion. */
class SearchTagsAndAssistTest {

    @Test
    void searchShowsMistakesInlineAndFindsImages() throws Exception {
        DatasetSession demo = UiTestSupport.demo();
        UiTestSupport.waitFor("the demo's index", 60, () -> Indexes.of(demo) != null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        SearchView search = (SearchView) page.showView(SearchView.ID);
        search.setDataset(demo);

        search.queryField().setQuery("view:sideways");
        assertNotNull(search.queryField().problem(), "an unknown view is a mistake the field shows while typing");
        assertEquals(5, search.queryField().problem().position(), "it points at the value");
        search.queryField().setQuery("(smile");
        assertNotNull(search.queryField().problem());

        search.queryField().setQuery("\"from behind\" earrings");
        assertNull(search.queryField().problem());
        assertTrue(search.queryField().run());
        UiTestSupport.waitFor("the results", 20, () -> !search.isSearching());
        assertEquals(1, search.results().size());
        assertEquals(DemoDataset.BEHIND_WITH_EARRINGS, search.results().get(0).getPath());

        search.queryField().setQuery("view:from_behind");
        search.queryField().run();
        UiTestSupport.waitFor("the results", 20, () -> !search.isSearching());
        assertEquals(2, search.results().size());
    }

    @Test
    void theTagsViewCountsTagsAndAClickFiltersTheGallery() throws Exception {
        DatasetSession demo = UiTestSupport.demo();
        UiTestSupport.waitFor("the demo's index", 60, () -> Indexes.of(demo) != null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        TagsView tags = (TagsView) page.showView(TagsView.ID);
        tags.setDataset(demo);
        tags.recount();
        UiTestSupport.waitFor("tag counts", 20, () -> !tags.counts().isEmpty());
        TagCount first = tags.counts().get(0);
        assertTrue(first.count() >= tags.counts().get(1).count(), "most frequent first");
        TagCount behind = tags.counts().stream().filter(t -> t.tag().equals("from behind")).findFirst().orElseThrow();
        assertEquals(2, behind.count());

        tags.selectTag("from behind");
        UiTestSupport.waitFor("the gallery filtered to the tag", 20,
                () -> page.getActiveEditor() instanceof GalleryEditor g && !g.isFiltering() && g.shownImages().size() == 2);
        GalleryEditor gallery = (GalleryEditor) page.getActiveEditor();
        assertEquals("\"from behind\"", gallery.filterQuery());
        gallery.filter("");
        UiTestSupport.waitFor("the filter to clear", 10, () -> gallery.shownImages().size() == demo.imageCount());

        // the Tags view over a query counts only its images
        tags.queryField().setQuery("view:from_behind");
        tags.queryField().run();
        UiTestSupport.waitFor("counts over the query", 20, () -> tags.counts().stream().anyMatch(t -> t.tag().equals("from behind")
                && t.count() == 2) && tags.counts().stream().noneMatch(t -> t.tag().equals("from side")));
        tags.queryField().setQuery("");
        tags.queryField().run();
        page.closeAllEditors(false);
    }

    @Test
    void completesTagsFromTheDatasetAndTheTagList() {
        DatasetSession demo = UiTestSupport.demo();
        UiTestSupport.waitFor("the demo's index", 60, () -> Indexes.of(demo) != null);
        List<Suggestion> own = Indexes.suggest(demo, "brai", 10);
        assertTrue(own.stream().anyMatch(s -> s.tag().equals("braided hair") && s.datasetCount() >= 40), own.toString());

        TagwrightPreferences.store().setValue(TagwrightPreferences.TAG_CSV, SharedData.path("tags/danbooru.csv").toString());
        try {
            PreferenceListeners.tagListChanged();
            UiTestSupport.waitFor("the tag list", 60, () -> TagResources.tagList() != null);
            UiTestSupport.waitFor("completions from the tag list", 30,
                    () -> Indexes.suggest(demo, "braid", 20).stream().anyMatch(s -> s.postCount() > 0));
            List<Suggestion> withList = Indexes.suggest(demo, "braid", 20);
            assertEquals("braided hair", withList.get(0).tag(), "the dataset's own tag first: " + withList);
            Suggestion ponytail = withList.stream().filter(s -> s.tag().equals("braided ponytail")).findFirst()
                    .orElseThrow(() -> new AssertionError(withList));
            assertEquals(31_055, ponytail.postCount(), "counts from the tag list");
            assertEquals("general", ponytail.categoryName());
            List<Suggestion> alias = Indexes.suggest(demo, "braided_ri", 10);
            assertTrue(alias.stream().anyMatch(s -> s.tag().equals("shimenawa") && "braided rice rope".equals(s.alias())), alias.toString());
        } finally {
            TagwrightPreferences.store().setValue(TagwrightPreferences.TAG_CSV, "");
            PreferenceListeners.tagListChanged();
            UiTestSupport.waitFor("the tag list to go", 30, () -> TagResources.tagList() == null);
        }
    }
}
