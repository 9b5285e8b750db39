package io.tagwright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.cli.ExitCodes;
import io.tagwright.cli.TagwrightCli;
import io.tagwright.tests.common.KohyaFolder;
import io.tagwright.tests.common.SharedData;
import io.tagwright.trainer.protocol.json.Json;

/** The {@code tagwright} commands: their output, {@code --json}, and exit codes. */
class CliTest {

    @TempDir
    Path root;

    private Path dataset;
    private String out;
    private String err;

    @BeforeEach
    void dataset() {
        dataset = root.resolve("chan");
        KohyaFolder.in(dataset).subset("10_chan")
                .image("a.png", 768, 768, "1girl, chan, long hair, smile")
                .image("b.png", 800, 1200, "chan, long_hair, long hair, from behind, earrings")
                .image("c.png", 832, 832, "1girl, chan, short hair, smile")
                .png("d.png", 896, 896);
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int rc = TagwrightCli.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                false);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return rc;
    }

    private String ds() {
        return dataset.toString();
    }

    private String caption(String name) throws IOException {
        return Files.readString(dataset.resolve("img/10_chan").resolve(name), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static <T> T json(String text) {
        return (T) Json.parse(text.strip());
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(ExitCodes.OK, run("help"));
        for (String c : List.of("stats", "lint", "search", "tags", "rename", "template", "add", "remove", "bench")) {
            assertTrue(out.contains("\n  " + c + " "), c + " in:\n" + out);
        }
        assertEquals(ExitCodes.OK, run("help", "rename"));
        assertTrue(out.startsWith("usage: tagwright rename DATASET OLD NEW"), out);
        assertEquals(ExitCodes.USAGE, run("frobnicate"));
        assertEquals(ExitCodes.USAGE, run("lint", ds(), "--no-such-option"));
        assertTrue(err.contains("unknown option --no-such-option"), err);
    }

    @Test
    void lintReportsFindingsAndFailsOnWarnings() {
        assertEquals(ExitCodes.FINDINGS, run("lint", ds()));
        assertTrue(out.contains("warning caption-missing      img/10_chan/d.png: no caption file"), out);
        assertTrue(out.contains("warning duplicate-tag        img/10_chan/b.png"), out);
        assertTrue(out.contains("[fix: Remove the duplicate tags]"), out);
        assertTrue(out.contains("pass --clip DIR"), "says how to enable the token check: " + out);
        assertEquals(ExitCodes.OK, run("lint", ds(), "--fail-on", "error"));
        assertEquals(ExitCodes.OK, run("lint", ds(), "--fail-on", "never"));
        assertEquals(ExitCodes.USAGE, run("lint", ds(), "--fail-on", "sometimes"));
        assertEquals(ExitCodes.USAGE, run("lint", ds(), "--skip", "no-such-rule"));
        assertEquals(ExitCodes.OK, run("lint", "--rules"));
        assertTrue(out.contains("duplicate-image"), out);
    }

    @Test
    void lintAsJsonWithTheUserFiles() {
        assertEquals(ExitCodes.FINDINGS, run("lint", ds(), "--json", "--tags", SharedData.path("tags/danbooru.csv").toString(),
                "--clip", SharedData.path("clip/tokenizer").toString(), "--skip", "view-coverage,image-count"));
        Map<String, Object> r = json(out);
        assertEquals(4L, r.get("images"));
        List<Map<String, Object>> findings = (List<Map<String, Object>>) r.get("findings");
        assertTrue(findings.stream().noneMatch(f -> f.get("rule").equals("view-coverage")));
        assertTrue(findings.stream().noneMatch(f -> String.valueOf(f.get("message")).contains("not checked")));
        Map<String, Object> dup = findings.stream().filter(f -> f.get("rule").equals("duplicate-tag")).findFirst().orElseThrow();
        assertEquals("warning", dup.get("severity"));
        assertEquals(Map.of("kind", "image", "path", "img/10_chan/b.png"), dup.get("location"));
        assertEquals("Remove the duplicate tags", dup.get("fix"));
        assertEquals(findings.stream().filter(f -> f.get("severity").equals("warning")).count(), r.get("warnings"));
    }

    @Test
    void badInputsHaveTheirExitCodes() {
        assertEquals(ExitCodes.INPUT, run("lint", root.resolve("nowhere").toString()));
        assertTrue(err.contains("nowhere: no such file or folder"), err);
        assertEquals(ExitCodes.INPUT, run("lint", ds(), "--tags", root.resolve("missing.csv").toString()));
        assertTrue(err.contains("missing.csv: tag list not found"), err);
        assertEquals(ExitCodes.INPUT, run("search", ds(), "smile", "--clip", root.toString()));
        assertTrue(err.contains("no tokenizer here"), err);
    }

    @Test
    void searchPrintsMatchingPaths() {
        assertEquals(ExitCodes.OK, run("search", ds(), "long_hair -earrings"));
        assertEquals("img/10_chan/a.png\n", out.replace("\r", ""));
        assertTrue(err.contains("1 of 4 images match"), err);
        assertEquals(ExitCodes.OK, run("search", ds(), "smile", "--count"));
        assertEquals("2", out.strip());
        assertEquals(ExitCodes.OK, run("search", ds(), "1girl", "--json", "--limit", "1"));
        Map<String, Object> r = json(out);
        assertEquals(2L, r.get("total"));
        assertEquals(List.of("img/10_chan/a.png"), r.get("images"));
        assertEquals(ExitCodes.OK, run("search", ds(), "problem:duplicate-tag"));
        assertEquals("img/10_chan/b.png", out.strip(), "problem: runs lint first");
        assertFalse(Files.exists(dataset.resolve(".tagwright")), "searching a plain folder writes nothing into it");
    }

    @Test
    void aBadQueryPointsAtTheMistake() {
        assertEquals(ExitCodes.USAGE, run("search", ds(), "smile (long_hair"));
        assertTrue(err.contains("bad query: missing ')' to close this '(' (at column 7)"), err);
        assertTrue(err.contains("  smile (long_hair\n        ^"), err);
        assertEquals(ExitCodes.USAGE, run("search", ds(), "tokens:>75"));
        assertTrue(err.contains("--clip"), err);
        assertEquals(ExitCodes.OK, run("search", ds(), "tokens:>75", "--clip", SharedData.path("clip/tokenizer").toString()));
        assertEquals(ExitCodes.USAGE, run("rename", ds(), "smile", "grin", "--query", "view:sideways"));
        assertTrue(err.contains("unknown view 'sideways'"), err);
    }

    @Test
    void tagFrequencies() {
        assertEquals(ExitCodes.OK, run("tags", ds()));
        assertTrue(out.startsWith("       3  chan\n"), out);
        assertTrue(out.contains("       2  long hair\n"), out);
        assertEquals(ExitCodes.OK, run("tags", ds(), "smile", "--json", "--limit", "2"));
        Map<String, Object> r = json(out);
        assertEquals(2L, r.get("images"));
        assertEquals(List.of(Map.of("tag", "1girl", "count", 2L), Map.of("tag", "chan", "count", 2L)), r.get("tags"));
        assertEquals(ExitCodes.OK, run("tags", ds(), "--by", "subset", "--json"));
        Map<String, Object> groups = (Map<String, Object>) ((Map<String, Object>) json(out)).get("groups");
        assertEquals(List.of("10_chan"), List.copyOf(groups.keySet()));
        assertEquals(ExitCodes.USAGE, run("tags", ds(), "--by", "colour"));
    }

    @Test
    void renameDryRunChangesNothingAndTheRealRunWritesAndMerges() throws IOException {
        assertEquals(ExitCodes.OK, run("rename", ds(), "long_hair", "very long hair", "--dry-run"));
        assertTrue(out.contains("img/10_chan/b.png\n  - chan, long_hair, long hair, from behind, earrings\n"
                + "  + chan, very long hair, from behind, earrings\n"), out);
        assertTrue(out.contains("2 of 4 caption(s) would change (dry run, nothing written)"), out);
        assertEquals("1girl, chan, long hair, smile", caption("a.txt"));
        assertEquals(ExitCodes.OK, run("rename", ds(), "long_hair", "very long hair"));
        assertTrue(out.contains("2 of 4 caption(s) changed, 2 file(s) written"), out);
        assertEquals("1girl, chan, very long hair, smile", caption("a.txt"));
        assertEquals("chan, very long hair, from behind, earrings", caption("b.txt"));
        assertFalse(Files.exists(dataset.resolve("dataset.tagwright")), "no project file is left in a plain folder");
        assertFalse(Files.exists(dataset.resolve(".tagwright")));
        assertEquals(ExitCodes.OK, run("rename", ds(), "smile", "grin", "--query", "short_hair", "--json"));
        Map<String, Object> r = json(out);
        assertEquals(1L, r.get("changed"));
        assertEquals(1L, r.get("written"));
        assertEquals(false, r.get("dryRun"));
        assertEquals(List.of(Map.of("image", "img/10_chan/c.png", "before", List.of("1girl", "chan", "short hair", "smile"),
                "after", List.of("1girl", "chan", "short hair", "grin"))), r.get("changes"));
        assertEquals("1girl, chan, very long hair, smile", caption("a.txt"), "outside the query: untouched");
        assertEquals(ExitCodes.USAGE, run("rename", ds(), "smile"));
        assertEquals(ExitCodes.USAGE, run("rename", ds(), "smile", " , "));
    }

    @Test
    void templateAddAndRemove() throws IOException {
        assertEquals(ExitCodes.OK, run("template", ds(), "{trigger}, solo", "--mode", "empty-only"));
        assertEquals("chan, solo", caption("d.txt"), "the image without a caption gets one");
        assertEquals(ExitCodes.OK, run("template", ds(), "{trigger}, 1girl"));
        assertEquals("chan, 1girl, long hair, smile", caption("a.txt"));
        assertEquals("chan, 1girl, long_hair, long hair, from behind, earrings", caption("b.txt"));
        assertEquals(ExitCodes.OK, run("add", ds(), "looking at viewer", "--at", "after-trigger", "--query", "smile"));
        assertEquals("chan, looking at viewer, 1girl, long hair, smile", caption("a.txt"));
        assertEquals(ExitCodes.OK, run("remove", ds(), "*hair"));
        assertEquals("chan, looking at viewer, 1girl, smile", caption("a.txt"));
        assertEquals(ExitCodes.USAGE, run("template", ds(), "x", "--mode", "sometimes"));
        assertEquals(ExitCodes.USAGE, run("add", ds(), "x", "--at", "middle"));
    }

    @Test
    void aFailedWriteExitsWithFourAndChangesNothing() throws IOException {
        Files.writeString(dataset.resolve(".tagwright"), "in the way of the journal folder");
        assertEquals(ExitCodes.WRITE, run("rename", ds(), "smile", "grin"));
        assertTrue(err.contains("writing the changed captions failed"), err);
        assertEquals("1girl, chan, long hair, smile", caption("a.txt"));
    }

    @Test
    void statsStillWorks() {
        assertEquals(ExitCodes.OK, run("stats", ds(), "--json"));
        Map<String, Object> r = json(out);
        assertEquals(4L, r.get("images"));
    }
}
