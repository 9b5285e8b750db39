package io.tagwright.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.lint.LintSettings;
import io.tagwright.core.lint.Linter;
import io.tagwright.core.refactor.Refactorings;
import io.tagwright.core.refactor.RenameTag;
import io.tagwright.core.refactor.Scope;
import io.tagwright.index.DatasetIndex;
import io.tagwright.index.FacetCounts;
import io.tagwright.index.IndexSettings;
import io.tagwright.index.TagCount;
import io.tagwright.index.internal.SegmentCache;
import io.tagwright.index.query.QuerySyntaxException;
import io.tagwright.model.ModelPackage;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.tests.common.KohyaFolder;
import io.tagwright.tests.common.SharedData;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;

/** Every query form against a small dataset; near-real-time updates; the index on disk; counts. */
class DatasetIndexTest {

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    @TempDir
    Path root;

    private DatasetSession session;
    private DatasetIndex index;

    /**
     * The sample dataset: a..d in img/10_chan (b annotated from behind), e with an empty caption in img/5_extra,
     * r in the regularisation folder reg/1_woman.
     */
    static DatasetSession sample(Path root) throws IOException {
        KohyaFolder.in(root).subset("10_chan")
                .image("a.png", 768, 768, "1girl, chan, long hair, smile, blue eyes")
                .image("b.png", 768, 1152, "chan, long_hair, from behind, earrings")
                .image("c.png", 1152, 768, "1girl, Long Hair, very long hair, solo, hatsune_miku_(cosplay)")
                .image("d.png", 512, 512, "1girl, chan, red eyes, re:zero, Red_Eyes")
                .subset("5_extra").image("e.png", 1024, 1024, "")
                .folder("reg", "1_woman").image("r.png", 768, 776, "woman, smile");
        DatasetSession session = DatasetSession.importFolder(root, "idx", MONITOR);
        session.entry("img/10_chan/b.png").setView(ViewAnnotation.FROM_BEHIND);
        session.saveProjectFile();
        return session;
    }

    /** Matching images by short name (a..e, r). */
    static String hits(DatasetIndex index, String query) throws Exception {
        Set<String> names = new TreeSet<>();
        for (String k : index.keys(query)) {
            names.add(k.substring(k.lastIndexOf('/') + 1, k.lastIndexOf('.')));
        }
        return String.join(" ", names);
    }

    @BeforeEach
    void dataset() throws IOException {
        session = sample(root);
        index = DatasetIndex.open(session, IndexSettings.defaults(), MONITOR);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private String hits(String query) throws Exception {
        return hits(index, query);
    }

    @Test
    void searchReportsTheTotalAndTheFirstKeysInPathOrder() throws Exception {
        var r = index.search("chan", 2);
        assertEquals(3, r.total());
        assertEquals(List.of("img/10_chan/a.png", "img/10_chan/b.png"), r.keys());
        assertEquals(3, index.count("chan"));
    }

    @Test
    void pagesStayInPathOrderWhenChangedImagesMoveToNewSegments() throws Exception {
        // a and d are re-indexed after b, c and the others: their documents now come last
        Refactorings.run(session, new RenameTag("1girl", "1woman"), Scope.of(List.of(session.entry("img/10_chan/d.png"),
                session.entry("img/10_chan/a.png"))), MONITOR);
        var r = index.search("chan", 2);
        assertEquals(3, r.total());
        assertEquals(List.of("img/10_chan/a.png", "img/10_chan/b.png"), r.keys());
        assertEquals(List.of("img/10_chan/a.png", "img/10_chan/b.png", "img/10_chan/c.png", "img/10_chan/d.png",
                "img/5_extra/e.png", "reg/1_woman/r.png"), index.keys(""));
        assertEquals(List.of("img/10_chan/a.png"), index.search("", 1).keys());
    }

    @Test
    void queriesTheIndexCannotAnswerSayWhy() {
        QuerySyntaxException field = assertThrows(QuerySyntaxException.class, () -> index.search("colour:red", 10));
        assertEquals(0, field.position());
        assertTrue(field.reason().startsWith("unknown field 'colour:'"), field.reason());
        QuerySyntaxException tokens = assertThrows(QuerySyntaxException.class, () -> index.search("smile tokens:>75", 10));
        assertEquals(6, tokens.position());
        assertTrue(tokens.reason().contains("CLIP tokenizer"), tokens.reason());
        QuerySyntaxException problem = assertThrows(QuerySyntaxException.class, () -> index.search("problem:duplicate-tag", 10));
        assertTrue(problem.reason().contains("lint"), problem.reason());
        QuerySyntaxException text = assertThrows(QuerySyntaxException.class, () -> index.search("text:ha*r", 10));
        assertTrue(text.reason().startsWith("text: matches anywhere"), text.reason());
    }

    @Test
    void problemQueriesAnswerFromTheLastLintRun() throws Exception {
        index.setFindings(Linter.run(session, LintSettings.defaults(), MONITOR));
        assertEquals("d", hits("problem:duplicate-tag"));
        assertEquals("b", hits("problem:hidden-tag"));
        assertEquals("e", hits("problem:caption-empty"));
        assertTrue(hits("problem:*").contains("b d e"), hits("problem:*"));
        assertEquals("", hits("problem:caption-missing"));
        QuerySyntaxException unknown = assertThrows(QuerySyntaxException.class, () -> index.search("problem:nope", 1));
        assertTrue(unknown.reason().startsWith("unknown lint rule 'nope' (rules: "), unknown.reason());
    }

    @Test
    void tokenCountsWithTheRealClipTokenizer() throws Exception {
        index.close();
        ClipTokenizer clip = ClipTokenizer.load(SharedData.path("clip/tokenizer"));
        index = DatasetIndex.open(session, IndexSettings.builder().optTokenizer(clip, null).build(), MONITOR);
        assertEquals("the CLIP tokenizer setting changed", index.rebuildReason());
        int a = clip.countTokens("1girl, chan, long hair, smile, blue eyes");
        assertTrue(a > 8, "1girl alone is more than one token");
        assertEquals("a", hits("tokens:" + a + " chan 1girl"));
        assertEquals("e", hits("tokens:0"));
        assertEquals("", hits("tokens:>75"));
        // every caption as the tokenizer counts its whole line, also after a change that gives one a tag starting
        // with a combining mark (counted from the whole line, not from per-tag pieces)
        org.eclipse.emf.common.util.ECollections.setEList(session.entry("img/10_chan/c.png").getTags(),
                List.of("caf\u00e9", "\u0301x", "chan"));
        for (io.tagwright.model.Subset subset : session.dataset().getSubsets()) {
            for (io.tagwright.model.ImageEntry e : subset.getImages()) {
                int expected = clip.countTokens(io.tagwright.core.caption.CaptionSyntax.join(e.getTags(), ", "));
                String name = e.getPath().substring(0, e.getPath().lastIndexOf('.'));
                assertTrue(List.of(hits("tokens:" + expected).split(" ")).contains(name), name + ": " + expected + " tokens");
            }
        }
    }

    @Test
    void aBuildInParallelRunsKeepsPagesInPathOrderAndCanBeCancelled(@TempDir Path big) throws Exception {
        KohyaFolder folder = KohyaFolder.in(big).subset("2_b");
        for (int i = 0; i < 700; i++) {
            folder.image(String.format("%04d.png", 1399 - i), 8, 8, "tag" + i % 7 + ", common");
        }
        folder.subset("1_a");
        for (int i = 0; i < 700; i++) {
            folder.image(String.format("%04d.png", i), 8, 8, "tag" + i % 7 + ", common");
        }
        DatasetSession s = DatasetSession.importFolder(big, "big", MONITOR);
        s.saveProjectFile();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(org.eclipse.core.runtime.OperationCanceledException.class, () -> DatasetIndex.open(s, IndexSettings.defaults(),
                cancelled));
        // one thread (as a workbench on two cores builds) and several: the same index
        for (int threads : new int[] { 1, 4 }) {
            Path index = s.metadataDir().resolve("index");
            if (Files.exists(index)) {
                try (var files = Files.walk(index)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            try (DatasetIndex i = DatasetIndex.open(s, IndexSettings.builder().setBuildThreads(threads).build(), MONITOR)) {
                assertEquals(1400, i.lastUpdateWritten(), "built from scratch");
                assertSearchesInPathOrder(i);
            }
        }
        s.dispose();
    }

    private static void assertSearchesInPathOrder(DatasetIndex i) throws Exception {
        List<String> all = new ArrayList<>(i.keys(""));
        assertEquals(1400, all.size());
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(null);
        assertEquals(sorted, all);
        var page = i.search("common", 100);
        assertEquals(1400, page.total());
        assertEquals(sorted.subList(0, 100), page.keys());
        var tag3 = i.search("tag3 -tag4", 5);
        assertEquals(200, tag3.total());
        assertEquals(List.of("img/1_a/0003.png", "img/1_a/0010.png", "img/1_a/0017.png", "img/1_a/0024.png", "img/1_a/0031.png"),
                tag3.keys());
        assertEquals(List.of("img/2_b/1399.png"), i.search("file:1399", 10).keys());
        assertEquals("common", i.allTagFrequencies().get(0).tag());
        assertEquals(1400, i.allTagFrequencies().get(0).count());
    }

    @Test
    void wildcardAndFileSearchesFollowChangesAndForgetClosedSegments() throws Exception {
        int before = SegmentCache.cachedSegments(); // segments are read into memory on the first such search
        assertEquals("a b c", hits("*air*"));
        assertEquals("a", hits("file:/a."));
        Refactorings.run(session, new RenameTag("long hair", "longer hair"), Scope.all(), MONITOR);
        assertEquals("a b c", hits("*er_hai*"));
        assertEquals("", hits("lon?_hair"));
        assertEquals("a", hits("file:/a."), "the rewritten documents are found in their new segment");
        // a segment of its own for the image without tags: no tag terms at all there
        session.editingDomain().getCommandStack().execute(SetCommand.create(session.editingDomain(),
                session.entry("img/5_extra/e.png"), ModelPackage.Literals.IMAGE_ENTRY__VIEW, ViewAnnotation.FROM_ABOVE));
        assertEquals("a b c d r", hits("**"));
        assertEquals("e", hits("file:*e.png"));
        assertTrue(SegmentCache.cachedSegments() > before);
        index.close();
        assertEquals(before, SegmentCache.cachedSegments(), "closed segments leave nothing behind");
        index = DatasetIndex.open(session, IndexSettings.defaults(), MONITOR);
    }

    @Test
    void modelChangesAreSearchableAtOnceAndUndoIsToo() throws Exception {
        AtomicLong seen = new AtomicLong();
        Thread test = Thread.currentThread();
        index.addListener((i, generation) -> {
            if (Thread.currentThread() != test) {
                seen.set(generation);
            }
        });
        long before = index.generation();
        Refactorings.run(session, new RenameTag("smile", "grin"), Scope.all(), MONITOR);
        assertEquals("a r", hits("grin"));
        assertEquals("", hits("smile"));
        assertTrue(index.generation() > before);
        session.editingDomain().getCommandStack().undo();
        assertEquals("", hits("grin"));
        assertEquals("a r", hits("smile"));
        session.editingDomain().getCommandStack().execute(SetCommand.create(session.editingDomain(),
                session.entry("img/10_chan/a.png"), ModelPackage.Literals.IMAGE_ENTRY__VIEW, ViewAnnotation.FROM_ABOVE));
        assertEquals("a", hits("view:from_above"));
        long deadline = System.currentTimeMillis() + 5000;
        while (seen.get() < index.generation() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(index.generation(), seen.get(), "listeners hear about every change, on the index's thread");
    }

    @Test
    void changesOnDiskComeInThroughTheSessionsRefresh() throws Exception {
        Path chan = root.resolve("img/10_chan");
        Files.writeString(chan.resolve("a.txt"), "1girl, chan, short hair", StandardCharsets.UTF_8);
        Files.delete(chan.resolve("d.png"));
        Files.delete(chan.resolve("d.txt"));
        KohyaFolder.in(root).subset("10_chan").image("f.png", 900, 900, "chan, short hair");
        session.refresh(MONITOR);
        assertEquals("a f", hits("short_hair"));
        assertEquals("b c", hits("long_hair"));
        assertEquals("a b c f", hits("subset:chan"));
        assertEquals(6, index.size());
    }

    @Test
    void aMovedImageIsIndexedUnderItsNewKey() throws Exception {
        var images = session.dataset().getSubsets();
        var extra = images.stream().filter(s -> s.getFolder().equals("5_extra")).findFirst().orElseThrow();
        var a = session.entry("img/10_chan/a.png");
        session.editingDomain().getCommandStack().execute(
                org.eclipse.emf.edit.command.AddCommand.create(session.editingDomain(), extra, ModelPackage.Literals.SUBSET__IMAGES, a));
        assertEquals(List.of("img/5_extra/a.png", "img/5_extra/e.png"), index.keys("subset:5_extra"));
        assertEquals("b c", hits("long_hair subset:10_chan"));
    }

    @Test
    void theIndexOnDiskIsReusedAndOnlyChangesAreRewritten() throws Exception {
        Path location = index.location();
        assertEquals(session.metadataDir().resolve("index"), location);
        assertEquals(6, index.lastUpdateWritten());
        index.close();
        session.dispose();
        session = DatasetSession.open(root.resolve("dataset.tagwright"), MONITOR);
        index = DatasetIndex.open(session, IndexSettings.defaults(), MONITOR);
        assertNull(index.rebuildReason());
        assertEquals(0, index.lastUpdateWritten(), "nothing changed: nothing rewritten");
        assertEquals("b", hits("view:from_behind"), "annotations saved in the project file are indexed");
        index.close();
        Files.writeString(root.resolve("img/10_chan/c.txt"), "1girl, short hair", StandardCharsets.UTF_8);
        session.dispose();
        session = DatasetSession.open(root.resolve("dataset.tagwright"), MONITOR);
        index = DatasetIndex.open(session, IndexSettings.defaults(), MONITOR);
        assertEquals(1, index.lastUpdateWritten(), "one caption changed while the index was closed");
        assertEquals("c", hits("short_hair"));
    }

    @Test
    void closedWithItsSessionTheIndexStopsFollowingTheModelAndTheModelSheds() throws Exception {
        // an unsaved change the open index follows, then closing as a closing dataset does
        Refactorings.run(session, new RenameTag("woman", "1woman"), Scope.all(), MONITOR);
        assertEquals("r", hits("1woman"));
        index.abandonModel();
        index.close();
        // a change after closing reaches no index (its listener is still on the model objects, inert)
        Refactorings.run(session, new RenameTag("smile", "grin"), Scope.all(), MONITOR);
        session.dispose();
        assertTrue(session.dataset().eAdapters().isEmpty());
        session.dataset().eAllContents().forEachRemaining(o -> assertTrue(o.eAdapters().isEmpty(), "no adapter outlives the session: " + o));
        // neither change was saved: reopened, the index finds only r's document differing from its caption file
        // (it had followed the first change and committed it; had it seen the second, a's would differ too)
        session = DatasetSession.open(root.resolve("dataset.tagwright"), MONITOR);
        index = DatasetIndex.open(session, IndexSettings.defaults(), MONITOR);
        assertEquals(1, index.lastUpdateWritten());
        assertEquals("r", hits("woman"));
        assertEquals("a r", hits("smile"));
    }

    @Test
    void anIndexClosedForItsSessionsDisposalLeavesNoAdapterAndReopens() throws Exception {
        index.close();
        index = io.tagwright.index.DatasetIndexes.open(session, IndexSettings.defaults(), MONITOR);
        Refactorings.run(session, new RenameTag("woman", "1woman"), Scope.all(), MONITOR);
        io.tagwright.index.DatasetIndexes.closeForDisposal(session);
        session.dispose();
        session.dataset().eAllContents().forEachRemaining(o -> assertTrue(o.eAdapters().isEmpty(), "no adapter outlives the session: " + o));
        session = DatasetSession.open(root.resolve("dataset.tagwright"), MONITOR);
        index = io.tagwright.index.DatasetIndexes.open(session, IndexSettings.defaults(), MONITOR);
        assertEquals(1, index.lastUpdateWritten(), "the closed index had committed r's unsaved change; the file says otherwise");
        assertEquals("r", hits("woman"));
        io.tagwright.index.DatasetIndexes.close(session);
    }

    @Test
    void aDamagedIndexIsRebuilt() throws Exception {
        Path location = index.location();
        index.close();
        try (Stream<Path> files = Files.list(location)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.write(f, "garbage".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        index = DatasetIndex.open(session, IndexSettings.defaults(), MONITOR);
        assertNotNull(index.rebuildReason());
        assertTrue(index.rebuildReason().startsWith("the index"), index.rebuildReason());
        assertEquals("a b c", hits("long_hair"));
        index.close();
        deleteTree(location);
        index = DatasetIndex.open(session, IndexSettings.defaults(), MONITOR);
        assertEquals(6, index.lastUpdateWritten(), "a missing index is built");
        assertEquals("a b c", hits("long_hair"));
    }

    @Test
    void anIndexInUseElsewhereFallsBackToMemory() throws Exception {
        DatasetSession other = DatasetSession.open(root.resolve("dataset.tagwright"), MONITOR);
        try (DatasetIndex second = DatasetIndex.open(other, IndexSettings.defaults(), MONITOR)) {
            assertNull(second.location());
            assertTrue(second.rebuildReason().contains("in use"), second.rebuildReason());
            assertEquals(3, second.count("long_hair"));
        }
    }

    @Test
    void aFolderWithoutProjectFileIsIndexedInMemory() throws Exception {
        Path plain = root.resolve("plain");
        KohyaFolder.in(plain).subset("1_x").image("a.png", 768, 768, "x, smile");
        DatasetSession s = DatasetSession.openFolder(plain, "plain", MONITOR);
        try (DatasetIndex i = DatasetIndex.open(s, IndexSettings.defaults(), MONITOR)) {
            assertNull(i.location());
            assertEquals(1, i.count("smile"));
        }
        assertFalse(Files.exists(plain.resolve(".tagwright")), "nothing is written into the folder");
    }

    @Test
    void tagFrequenciesForTheDatasetAQueryAndPerGroup() throws Exception {
        List<TagCount> all = index.tagFrequencies(null, 0);
        assertEquals(List.of("1girl", "chan", "long hair"), all.subList(0, 3).stream().map(TagCount::key).toList());
        assertEquals(List.of(3, 3, 3), all.subList(0, 3).stream().map(TagCount::count).toList());
        assertTrue(Set.of("long hair", "long_hair", "Long Hair").contains(all.get(2).tag()), "one of the spellings");
        TagCount redEyes = all.stream().filter(t -> t.key().equals("red eyes")).findFirst().orElseThrow();
        assertEquals(1, redEyes.count(), "a tag twice in one caption counts once");
        assertEquals(List.of("1girl", "chan"), index.tagFrequencies("subset:chan", 2).stream().map(TagCount::key).toList());
        assertEquals(List.of(new TagCount("smile", "smile", 1), new TagCount("woman", "woman", 1)),
                index.tagFrequencies("subset:woman", 0));
        Map<String, List<TagCount>> bySubset = index.tagFrequenciesBy(DatasetIndex.Grouping.SUBSET, null, 0);
        assertEquals(List.of("10_chan", "1_woman", "5_extra"), new ArrayList<>(bySubset.keySet()));
        assertEquals(List.of(), bySubset.get("5_extra"));
        assertEquals(2, bySubset.get("1_woman").size());
        Map<String, List<TagCount>> byView = index.tagFrequenciesBy(DatasetIndex.Grouping.VIEW, "chan", 1);
        assertEquals(List.of("from behind", "unset"), new ArrayList<>(byView.keySet()));
        assertEquals("chan", byView.get("from behind").get(0).key());
        FacetCounts f = index.facets("", 3);
        assertEquals(6, f.total());
        assertEquals(Map.of("10_chan", 4, "5_extra", 1, "1_woman", 1), f.subsets());
        assertEquals(Map.of("from behind", 1, "unset", 5), f.views());
        assertEquals(Map.of("unset", 6), f.framings());
        assertEquals(3, f.tags().size());
    }

    @Test
    void countsFollowChangesAcrossSegments() throws Exception {
        Refactorings.run(session, new RenameTag("smile", "grin"), Scope.all(), MONITOR);
        Refactorings.run(session, new RenameTag("chan", "Chan_"), Scope.of(List.of(session.entry("img/10_chan/d.png"))), MONITOR);
        List<TagCount> all = index.tagFrequencies(null, 0);
        assertEquals(new TagCount("grin", "grin", 2), all.stream().filter(t -> t.key().equals("grin")).findFirst().orElseThrow());
        assertTrue(all.stream().noneMatch(t -> t.key().equals("smile")));
        assertEquals(new TagCount("chan", "chan", 3), all.stream().filter(t -> t.key().equals("chan")).findFirst().orElseThrow(),
                "the spelling most images use names the tag");
        assertEquals(List.of(new TagCount("grin", "grin", 2), new TagCount("1girl", "1girl", 1)), index.tagFrequencies("grin", 2));
        // the whole dataset's counts (from the term dictionary, minus deleted documents) are those of a query
        // that matches every image (counted per hit)
        assertEquals(all, index.tagFrequencies("width:>=0", 0));
    }

    @Test
    void theMostCommonSpellingNamesATag() throws Exception {
        index.close();
        Path other = root.resolve("spellings");
        KohyaFolder.in(other).subset("1_x").image("a.png", 768, 768, "long_hair").image("b.png", 800, 800, "long hair")
                .image("c.png", 832, 832, "long hair");
        DatasetSession s = DatasetSession.openFolder(other, "s", MONITOR);
        index = DatasetIndex.open(s, IndexSettings.defaults(), MONITOR);
        assertEquals(List.of(new TagCount("long hair", "long hair", 3)), index.tagFrequencies(null, 0));
        // respelled in one more caption (a new segment; the old document is deleted): now most write long_hair,
        // which names the tag in a query's counts too
        Refactorings.run(s, new RenameTag("long hair", "long_hair"), Scope.of(List.of(s.entry("img/1_x/b.png"))), MONITOR);
        assertEquals(List.of(new TagCount("long_hair", "long hair", 3)), index.tagFrequencies(null, 0));
        assertEquals(List.of(new TagCount("long_hair", "long hair", 1)), index.tagFrequencies("file:c.png", 0));
    }

    @Test
    void searchesFromOtherThreadsSeeTheModelsChanges() throws Exception {
        Refactorings.run(session, new RenameTag("woman", "1woman"), Scope.all(), MONITOR);
        List<String> found = new ArrayList<>();
        Thread t = new Thread(() -> {
            try {
                found.addAll(index.keys("1woman"));
            } catch (Exception e) {
                found.add(e.toString());
            }
        });
        t.start();
        t.join();
        assertEquals(List.of("reg/1_woman/r.png"), found);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
