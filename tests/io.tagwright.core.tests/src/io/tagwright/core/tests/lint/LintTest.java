package io.tagwright.core.tests.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.demo.DemoDataset;
import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintReport;
import io.tagwright.core.lint.LintSettings;
import io.tagwright.core.lint.Linter;
import io.tagwright.core.lint.Location;
import io.tagwright.core.lint.Severity;
import io.tagwright.core.lint.rules.StandardRules;
import io.tagwright.core.refactor.Refactorings;
import io.tagwright.core.tags.TagList;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.tests.common.KohyaFolder;
import io.tagwright.tests.common.SharedData;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;

/** Each lint rule on a dataset crafted to trigger it (and, where it matters, one crafted not to). */
class LintTest {

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();
    private static TagList tags;
    private static ClipTokenizer clip;

    @TempDir
    Path root;

    @BeforeAll
    static void userFiles() throws IOException {
        tags = TagList.load(SharedData.path("tags/danbooru.csv"));
        clip = ClipTokenizer.load(SharedData.path("clip/tokenizer"));
    }

    /** Every rule but duplicate-image: test images of one size are byte-identical. */
    private static LintSettings.Builder settings() {
        return LintSettings.builder().disable(StandardRules.DUPLICATE_IMAGE);
    }

    private LintReport lint(LintSettings settings) throws IOException {
        return Linter.run(DatasetSession.openFolder(root, "test", MONITOR), settings, MONITOR);
    }

    private static List<String> where(LintReport r, String rule) {
        return r.ofRule(rule).stream().map(f -> String.valueOf(f.location().path())).toList();
    }

    /** n captioned images of distinct sizes in one subset. */
    private KohyaFolder images(String subset, int n, String caption) {
        KohyaFolder f = KohyaFolder.in(root).subset(subset);
        for (int i = 0; i < n; i++) {
            f.image(String.format("i%03d.png", i), 768 + 8 * i, 800, caption);
        }
        return f;
    }

    @Test
    void theDemoDatasetHasExactlyItsThreeDeliberateMistakes() throws IOException {
        DatasetSession demo = DemoDataset.generate(root, MONITOR);
        LintReport r = Linter.run(demo, LintSettings.builder().optTagList(tags, null).optTokenizer(clip, null).build(), MONITOR);
        String dir = "img/10_tagwright-chan/";
        List<String> serious = r.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING))
                .map(f -> f.ruleId() + " " + f.location().path()).toList();
        assertEquals(List.of("caption-missing " + dir + DemoDataset.MISSING_CAPTION, "duplicate-tag " + dir + DemoDataset.DUPLICATE_TAG,
                "hidden-tag " + dir + DemoDataset.BEHIND_WITH_EARRINGS), serious);
        assertTrue(r.ofRule(StandardRules.VIEW_COVERAGE).isEmpty(), "the demo follows the recipe: " + r.ofRule(StandardRules.VIEW_COVERAGE));
        assertTrue(r.ofImage(dir + DemoDataset.BEHIND_WITH_EARRINGS).get(0).message().contains("'earrings'"));
    }

    @Test
    void smallImagesAndExtremeAspectRatios() throws IOException {
        KohyaFolder.in(root).subset("10_x").image("small.png", 640, 960, "x").image("ok.png", 768, 1024, "x")
                .image("banner.png", 2400, 800, "x").image("square.png", 1024, 1024, "x").image("square2.png", 1000, 1000, "x")
                .image("square3.png", 1100, 1100, "x");
        LintReport r = lint(settings().build());
        assertEquals(List.of("img/10_x/small.png"), where(r, StandardRules.IMAGE_TOO_SMALL));
        assertTrue(r.ofRule(StandardRules.IMAGE_TOO_SMALL).get(0).message().contains("640×960"));
        assertEquals(List.of("img/10_x/banner.png"), where(r, StandardRules.ASPECT_RATIO_MIX), "one extreme image; half are square");
        assertEquals(List.of(), where(lint(settings().setMinImageSide(512).build()), StandardRules.IMAGE_TOO_SMALL));
    }

    @Test
    void aspectRatioMixAgainstTheGenerationSize() throws IOException {
        KohyaFolder f = KohyaFolder.in(root).subset("10_x");
        for (int i = 0; i < 6; i++) {
            f.image("p" + i + ".png", 768 + i, 1152, "x");
        }
        f.image("s.png", 1024, 1024, "x");
        LintReport square = lint(settings().build());
        List<Finding> mix = square.ofRule(StandardRules.ASPECT_RATIO_MIX);
        assertEquals(1, mix.size());
        assertEquals(Location.DATASET, mix.get(0).location());
        assertTrue(mix.get(0).message().contains("only 1 of 7 images"), mix.get(0).message());
        assertTrue(mix.get(0).message().contains("6 portrait"), mix.get(0).message());
        assertTrue(lint(settings().setTargetSize(512, 768).build()).ofRule(StandardRules.ASPECT_RATIO_MIX).isEmpty(),
                "portrait images for a portrait generation size");
    }

    @Test
    void imageCountOfASingleSubjectSet() throws IOException {
        images("10_x", 5, "x, smile");
        Finding few = lint(settings().build()).ofRule(StandardRules.IMAGE_COUNT).get(0);
        assertTrue(few.message().startsWith("5 training images"), few.message());
        assertTrue(lint(settings().setImageCountRange(5, 80).build()).ofRule(StandardRules.IMAGE_COUNT).isEmpty());
        Finding many = lint(settings().setImageCountRange(1, 4).build()).ofRule(StandardRules.IMAGE_COUNT).get(0);
        assertTrue(many.message().contains("about 40"), many.message());
    }

    @Test
    void noTrainingImagesIsAnError() throws IOException {
        KohyaFolder.in(root).subset("notes").image("a.png", 768, 768, "x");
        LintReport r = lint(settings().build());
        assertEquals(Severity.ERROR, r.ofRule(StandardRules.IMAGE_COUNT).get(0).severity());
        assertEquals(List.of("img/notes/"), where(r, StandardRules.IGNORED_FOLDER));
        assertTrue(r.ofRule(StandardRules.IGNORED_FOLDER).get(0).message().contains("1 image(s) here are not trained"));
    }

    @Test
    void missingEmptyOrphanedAndUnreadableCaptions() throws IOException {
        KohyaFolder.in(root).subset("10_x").image("ok.png", 768, 768, "x, smile").png("none.png", 800, 800)
                .image("empty.png", 832, 832, "").caption("lost.txt", "x, gone")
                .png("latin.png", 896, 896).file("latin.txt", new byte[] { 'c', 'a', 'f', (byte) 0xE9 });
        LintReport r = lint(settings().build());
        assertEquals(List.of("img/10_x/none.png"), where(r, StandardRules.CAPTION_MISSING));
        assertEquals(List.of("img/10_x/empty.png"), where(r, StandardRules.CAPTION_EMPTY));
        assertEquals(List.of("img/10_x/lost.txt"), where(r, StandardRules.CAPTION_ORPHANED));
        assertEquals(Location.Kind.FILE, r.ofRule(StandardRules.CAPTION_ORPHANED).get(0).location().kind());
        assertEquals(List.of("img/10_x/latin.png"), where(r, StandardRules.FILE_PROBLEM), "a caption's problem is shown on its image");
        assertTrue(r.ofRule(StandardRules.FILE_PROBLEM).get(0).message().contains("UTF-8"));
        assertNotNull(r.ofRule(StandardRules.CAPTION_MISSING).get(0).quickFix());
    }

    @Test
    void quickFixesRemoveTheirFindings() throws IOException {
        KohyaFolder.in(root).subset("10_x").image("dup.png", 768, 768, "x, smile, Smile").png("none.png", 800, 800)
                .image("behind.png", 832, 832, "x, from behind, earrings, smile");
        DatasetSession s = DatasetSession.openFolder(root, "fix", MONITOR);
        LintReport before = Linter.run(s, settings().build(), MONITOR);
        for (String rule : List.of(StandardRules.DUPLICATE_TAG, StandardRules.CAPTION_MISSING, StandardRules.HIDDEN_TAG)) {
            Finding f = before.ofRule(rule).get(0);
            assertTrue(f.hasQuickFix(), rule);
            Refactorings.execute(s, f.quickFix().refactoring().preview(s, f.quickFix().scope(), MONITOR));
        }
        LintReport after = Linter.run(s, settings().build(), MONITOR);
        for (String rule : List.of(StandardRules.DUPLICATE_TAG, StandardRules.CAPTION_MISSING, StandardRules.HIDDEN_TAG)) {
            assertTrue(after.ofRule(rule).isEmpty(), rule + ": " + after.ofRule(rule));
        }
        assertEquals(List.of("x", "from behind"), s.entry("img/10_x/behind.png").getTags());
        assertEquals(List.of("x"), s.entry("img/10_x/none.png").getTags());
    }

    @Test
    void duplicateTagsIncludingOtherSpellings() throws IOException {
        KohyaFolder.in(root).subset("10_x").image("a.png", 768, 768, "x, long hair, Long_Hair").image("b.png", 800, 800, "x, long hair");
        LintReport r = lint(settings().build());
        assertEquals(List.of("img/10_x/a.png"), where(r, StandardRules.DUPLICATE_TAG));
        assertTrue(r.ofRule(StandardRules.DUPLICATE_TAG).get(0).message().contains("'Long_Hair'"));
    }

    @Test
    void tagsInEveryImageExceptTheTrigger() throws IOException {
        images("10_x", 12, "x, 1girl, red hair, smile");
        KohyaFolder.in(root).subset("10_x").image("other.png", 900, 800, "x, 1girl, red hair");
        LintReport r = lint(settings().build());
        List<String> messages = r.ofRule(StandardRules.TAG_IN_EVERY_IMAGE).stream().map(Finding::message).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("'1girl' is in all 13 captions"), messages.get(0));
        assertTrue(messages.get(1).startsWith("'red hair'"), messages.get(1));
        assertTrue(lint(settings().setEveryImageMinImages(20).build()).ofRule(StandardRules.TAG_IN_EVERY_IMAGE).isEmpty(),
                "too few images to say");
    }

    @Test
    void captionsOverSeventyFiveClipTokens() throws IOException {
        String longCaption = "x, " + String.join(", ", java.util.Collections.nCopies(30, "very long hair"));
        KohyaFolder.in(root).subset("10_x").image("long.png", 768, 768, longCaption).image("short.png", 800, 800, "x, smile");
        LintReport r = lint(settings().optTokenizer(clip, null).build());
        assertEquals(List.of("img/10_x/long.png"), where(r, StandardRules.TOO_MANY_TOKENS));
        int n = clip.countTokens(longCaption);
        assertTrue(n > 75);
        assertTrue(r.ofRule(StandardRules.TOO_MANY_TOKENS).get(0).message().startsWith(n + " CLIP tokens"));
        Finding unchecked = lint(settings().build()).ofRule(StandardRules.TOO_MANY_TOKENS).get(0);
        assertEquals(Severity.INFO, unchecked.severity());
        assertEquals(Location.DATASET, unchecked.location());
        assertTrue(unchecked.message().contains("tokenizer"), "says what to configure: " + unchecked.message());
    }

    @Test
    void probableTyposAndAliases() throws IOException {
        images("10_x", 6, "x, blonde hair, smile");
        KohyaFolder.in(root).subset("10_x").image("typo.png", 900, 800, "x, blnde hair, smiel")
                .image("trig.png", 910, 800, "xyzchan, smile").image("alias.png", 920, 800, "x, longhair, my_original_concept");
        LintReport r = Linter.run(reopenWithTrigger("xyzchan"), settings().optTagList(tags, null).build(), MONITOR);
        List<String> typos = r.ofRule(StandardRules.PROBABLE_TYPO).stream().map(Finding::message).toList();
        assertTrue(typos.contains("'blnde hair' is not in the tag list; did you mean 'blonde hair' (in 6 images)?"), typos.toString());
        assertTrue(typos.stream().anyMatch(m -> m.startsWith("'smiel' is not in the tag list; did you mean 'smile'")), typos.toString());
        assertTrue(typos.stream().noneMatch(m -> m.contains("my_original_concept")), "far from every known tag: not a typo");
        Finding alias = r.ofRule(StandardRules.TAG_ALIAS).get(0);
        assertEquals("'longhair' (1 image) is an alias of 'long hair' in the tag list", alias.message());
        // without a tag list: only the dataset's own frequent tags, as hints
        LintReport plain = Linter.run(reopenWithTrigger("xyzchan"), settings().build(), MONITOR);
        List<Finding> hints = plain.ofRule(StandardRules.PROBABLE_TYPO);
        assertTrue(hints.stream().anyMatch(f -> f.message().startsWith("'blnde hair' is rare in this dataset; did you mean 'blonde hair'")
                && f.severity() == Severity.INFO), hints.toString());
        assertTrue(hints.stream().anyMatch(f -> f.location() == Location.DATASET && f.message().contains("tag list")));
    }

    private DatasetSession reopenWithTrigger(String trigger) throws IOException {
        DatasetSession s = DatasetSession.openFolder(root, "t", MONITOR);
        s.dataset().getTriggerWords().clear();
        s.dataset().getTriggerWords().add(trigger);
        return s;
    }

    @Test
    void aTriggerTypoIsFoundFromTheDatasetAlone() throws IOException {
        images("10_tagwright-chan", 6, "tagwright-chan, smile");
        KohyaFolder.in(root).subset("10_tagwright-chan").image("t.png", 900, 800, "tagwrigt-chan, smile");
        LintReport r = lint(settings().optTagList(tags, null).build());
        assertEquals(List.of("img/10_tagwright-chan/t.png"), where(r, StandardRules.PROBABLE_TYPO));
        assertTrue(r.ofRule(StandardRules.PROBABLE_TYPO).get(0).message().contains("'tagwright-chan' (the trigger word)"));
    }

    @Test
    void hiddenTagsByAnnotationOrByCaption() throws IOException {
        KohyaFolder.in(root).subset("10_x").image("a.png", 768, 768, "x, from behind, blue eyes, earrings")
                .image("b.png", 800, 800, "x, smile, earrings").image("c.png", 832, 832, "x, smile");
        DatasetSession s = DatasetSession.openFolder(root, "h", MONITOR);
        s.entry("img/10_x/c.png").setView(ViewAnnotation.FROM_BEHIND);
        LintReport r = Linter.run(s, settings().build(), MONITOR);
        assertEquals(List.of("img/10_x/a.png", "img/10_x/c.png"), where(r, StandardRules.HIDDEN_TAG));
        assertTrue(r.ofRule(StandardRules.HIDDEN_TAG).get(0).message().startsWith("'blue eyes' and 'earrings' cannot be seen from behind"));
        // the lists come from the settings when given
        LintReport custom = Linter.run(s, settings().optHiddenTags(java.util.Map.of(ViewAnnotation.FROM_BEHIND, List.of("smile"))).build(),
                MONITOR);
        assertEquals(List.of("img/10_x/c.png"), where(custom, StandardRules.HIDDEN_TAG));
    }

    @Test
    void viewCoverageAgainstTheRecipe() throws IOException {
        images("10_x", 24, "x, smile");
        DatasetSession s = DatasetSession.openFolder(root, "v", MONITOR);
        List<ImageEntry> e = s.dataset().getSubsets().get(0).getImages();
        ViewAnnotation[] views = { ViewAnnotation.SLIGHTLY_LEFT, ViewAnnotation.SLIGHTLY_LEFT, ViewAnnotation.SLIGHTLY_RIGHT,
                ViewAnnotation.LEFT_PROFILE, ViewAnnotation.RIGHT_PROFILE, ViewAnnotation.FROM_ABOVE, ViewAnnotation.FROM_BEHIND };
        for (int i = 0; i < views.length; i++) {
            e.get(i).setView(views[i]);
        }
        e.get(10).setFraming(FramingAnnotation.UPPER_BODY);
        // one more side view known only from its caption: it fills the side that lacks most (right)
        e.get(11).getTags().add("from side");
        LintReport r = Linter.run(s, settings().build(), MONITOR);
        List<String> messages = r.ofRule(StandardRules.VIEW_COVERAGE).stream().map(Finding::message).toList();
        assertEquals(List.of("the recipe wants at least 2 images from behind; the dataset has 1",
                "the recipe wants at least 1 image of the full body; the dataset has 0"), messages);
        e.get(12).setView(ViewAnnotation.FROM_BEHIND);
        e.get(13).setFraming(FramingAnnotation.FULL_BODY);
        assertTrue(Linter.run(s, settings().build(), MONITOR).ofRule(StandardRules.VIEW_COVERAGE).isEmpty());
        for (int i = 14; i < 24; i++) {
            e.get(i).setView(ViewAnnotation.FROM_BELOW);
        }
        List<String> front = Linter.run(s, settings().build(), MONITOR).ofRule(StandardRules.VIEW_COVERAGE).stream()
                .map(Finding::message).toList();
        assertEquals(1, front.size());
        assertTrue(front.get(0).startsWith("only 3 of 24 images are front close-ups"), front.get(0));
    }

    @Test
    void moreThanOneSubject() throws IOException {
        images("10_alice", 3, "alice");
        KohyaFolder.in(root).subset("10_bob").image("b.png", 900, 800, "bob");
        LintReport r = lint(settings().build());
        Finding f = r.ofRule(StandardRules.MULTIPLE_SUBJECTS).get(0);
        assertTrue(f.message().startsWith("2 subjects/trigger words ('alice' and 'bob')"), f.message());
        assertTrue(r.ofRule(StandardRules.IMAGE_COUNT).isEmpty(), "the recipe's image count is for one subject");
        assertTrue(r.ofRule(StandardRules.VIEW_COVERAGE).isEmpty());
    }

    @Test
    void regularisationFolderIsWorthKnowing() throws IOException {
        images("10_x", 3, "x");
        KohyaFolder.in(root).folder("reg", "1_woman").image("r1.png", 1000, 800, "woman").image("r2.png", 1010, 800, "woman");
        LintReport r = lint(settings().build());
        Finding f = r.ofRule(StandardRules.REGULARIZATION_FOLDER).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals("reg/1_woman/", f.location().path());
        assertTrue(f.message().startsWith("regularisation images (2 in reg/1_woman/)"), f.message());
    }

    @Test
    void captionsWithTheOtherExtension() throws IOException {
        KohyaFolder.in(root).subset("10_x").image("a.png", 768, 768, "x").png("b.png", 800, 800).caption("b.caption", "x, smile");
        LintReport r = lint(settings().build());
        assertEquals(List.of("img/10_x/b.caption"), where(r, StandardRules.CAPTION_EXTENSION));
        assertTrue(r.ofRule(StandardRules.CAPTION_EXTENSION).get(0).message().contains(".txt"));
    }

    @Test
    void duplicateImagesByContent() throws IOException {
        KohyaFolder.in(root).subset("10_x").image("a.png", 768, 768, "x").image("b.png", 800, 800, "x")
                .image("copy of a.png", 768, 768, "x, smile").file("same size.png", pngOfSizeButDifferent());
        LintReport r = lint(LintSettings.defaults());
        assertEquals(List.of("img/10_x/copy of a.png"), where(r, StandardRules.DUPLICATE_IMAGE));
        assertTrue(r.ofRule(StandardRules.DUPLICATE_IMAGE).get(0).message().contains("img/10_x/a.png"));
    }

    /** A PNG with as many bytes as the 768×768 one but other content. */
    private static byte[] pngOfSizeButDifferent() {
        byte[] a = io.tagwright.core.image.TinyImages.png(768, 768);
        byte[] b = a.clone();
        b[b.length - 20] ^= 0x5A;
        return b;
    }

    @Test
    void settingsDisableRulesAndChangeSeverities() throws IOException {
        KohyaFolder.in(root).subset("10_x").image("a.png", 640, 640, "x, smile, smile");
        LintReport r = lint(settings().disable(StandardRules.DUPLICATE_TAG).setSeverity(StandardRules.IMAGE_TOO_SMALL, Severity.ERROR)
                .build());
        assertTrue(r.ofRule(StandardRules.DUPLICATE_TAG).isEmpty());
        assertEquals(Severity.ERROR, r.ofRule(StandardRules.IMAGE_TOO_SMALL).get(0).severity());
        assertEquals(Severity.ERROR, r.highestSeverity());
        Set<String> ids = new Linter().rules().stream().map(io.tagwright.core.lint.LintRule::id).collect(Collectors.toSet());
        assertEquals(19, ids.size(), "rule ids are unique");
        assertNull(new Linter().rule("no-such-rule"));
        assertTrue(r.findings().get(0).severity() == Severity.ERROR, "most severe first");
    }

    @Test
    void aSnapshotLintsOffTheModelThread() throws Exception {
        images("10_x", 3, "x, smile, smile");
        DatasetSession s = DatasetSession.openFolder(root, "bg", MONITOR);
        io.tagwright.core.dataset.DatasetSnapshot snap = io.tagwright.core.dataset.DatasetSnapshot.of(s);
        Linter linter = new Linter();
        LintReport[] out = new LintReport[1];
        Thread t = new Thread(() -> out[0] = linter.lint(snap, settings().build(), MONITOR));
        t.start();
        t.join();
        assertEquals(3, out[0].ofRule(StandardRules.DUPLICATE_TAG).size());
        assertEquals(Set.of("img/10_x/i000.png", "img/10_x/i001.png", "img/10_x/i002.png"),
                out[0].imagesByRule().get(StandardRules.DUPLICATE_TAG));
        assertTrue(Files.exists(root));
    }
}
