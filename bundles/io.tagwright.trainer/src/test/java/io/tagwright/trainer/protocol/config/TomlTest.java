package io.tagwright.trainer.protocol.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TomlTest {

    static final String SAMPLE = """
            # sd-scripts style
            pretrained_model_name_or_path = 'C:\\models\\sd15.safetensors'  # literal string keeps backslashes
            learning_rate = 1e-4
            unet_lr = 0.000_1
            network_dim = 32
            hex = 0xFF
            neg = -7
            flag = true
            name = "tab\\there \\"q\\" \\u00e9"
            empty = ""
            optimizer_args = [ "scale_parameter=False",
                "relative_step=False", # trailing comma allowed
            ]
            nested = [[1, 2], ["a"]]
            point = { x = 1, y = 2.5, s = "v" }
            a.b.c = 1
            multi = \"\"\"
            line one
            line two\"\"\"
            lit = '''
            raw \\n text'''

            [general]
            shuffle_caption = true

            [[datasets]]
            resolution = 512
              [[datasets.subsets]]
              image_dir = "img/10_a"
              num_repeats = 10
              [[datasets.subsets]]
              image_dir = "img/1_b"

            [[datasets]]
            resolution = [768, 512]
            """;

    @Test
    @SuppressWarnings("unchecked")
    void readsTheSubsetSdScriptsUses() {
        Map<String, Object> d = Toml.parse(SAMPLE, "x.toml");
        assertEquals("C:\\models\\sd15.safetensors", d.get("pretrained_model_name_or_path"));
        assertEquals(1e-4, d.get("learning_rate"));
        assertEquals(1e-4, d.get("unet_lr"));
        assertEquals(32L, d.get("network_dim"));
        assertEquals(255L, d.get("hex"));
        assertEquals(-7L, d.get("neg"));
        assertEquals(true, d.get("flag"));
        assertEquals("tab\there \"q\" é", d.get("name"));
        assertEquals(List.of("scale_parameter=False", "relative_step=False"), d.get("optimizer_args"));
        assertEquals(List.of(List.of(1L, 2L), List.of("a")), d.get("nested"));
        assertEquals(Map.of("x", 1L, "y", 2.5, "s", "v"), d.get("point"));
        assertEquals(Map.of("b", Map.of("c", 1L)), d.get("a"));
        assertEquals("line one\nline two", d.get("multi"));
        assertEquals("raw \\n text", d.get("lit"));
        assertEquals(Map.of("shuffle_caption", true), d.get("general"));
        List<Map<String, Object>> ds = (List<Map<String, Object>>) d.get("datasets");
        assertEquals(2, ds.size());
        assertEquals(2, ((List<?>) ds.get(0).get("subsets")).size());
        assertEquals(List.of(768L, 512L), ds.get(1).get("resolution"));
    }

    @Test
    void writesWhatItReads() {
        Map<String, Object> d = Toml.parse(SAMPLE, "x.toml");
        String out = Toml.write(d);
        Map<String, Object> back = Toml.parse(out, "out.toml");
        assertTrue(Toml.sameContent(d, back), out);
        assertEquals(out, Toml.write(back));
    }

    @Test
    void specialFloatsAndQuotedKeys() {
        Map<String, Object> d = Toml.parse("a = inf\nb = -inf\nc = nan\n\"odd key\" = 1\n'lit' = 2\n", "s");
        assertEquals(Double.POSITIVE_INFINITY, d.get("a"));
        assertTrue(((Double) d.get("c")).isNaN());
        assertEquals(1L, d.get("odd key"));
        String w = Toml.write(d);
        assertTrue(w.contains("\"odd key\" = 1"), w);
        assertTrue(Toml.sameContent(d, Toml.parse(w, "w")));
    }

    @Test
    void errorsNameLineAndColumn() {
        assertError("a = 1\nb = \n", 2, "expected a value");
        assertError("a = 1\na = 2\n", 2, "defined twice");
        assertError("[t]\nx=1\n[t]\n", 3, "defined twice");
        assertError("path = \"C:\\models\"\n", 1, "unknown escape");
        assertError("s = \"open\n", 1, "unterminated");
        assertError("x = 1 2\n", 1, "end of the line");
        assertError("x = yes\n", 1, "not a valid value");
        assertError("d = 1979-05-27\n", 1, "dates");
        assertError("x = [1, 2\n", 2, "expected");
        assertError("x = 012\n", 1, "not a valid value");
        assertError("t = {a = 1}\nt.b = 2\n", 2, "already defined");
        assertError("a = 1\n[a]\n", 2, "defined twice");
        TomlException e = assertThrows(TomlException.class, () -> Toml.parse("a = 1\n  b = \"x\" c\n", "run.toml"));
        assertEquals(2, e.line());
        assertEquals(11, e.column());
        assertTrue(e.getMessage().startsWith("run.toml:2:11: "), e.getMessage());
    }

    private static void assertError(String text, int line, String fragment) {
        TomlException e = assertThrows(TomlException.class, () -> Toml.parse(text, "f.toml"), text);
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void pythonFloatRepr() {
        assertEquals("0.0001", PyFormat.floatRepr(1e-4));
        assertEquals("1e-05", PyFormat.floatRepr(1e-5));
        assertEquals("5e-05", PyFormat.floatRepr(5e-5));
        assertEquals("1.0", PyFormat.floatRepr(1.0));
        assertEquals("0.3", PyFormat.floatRepr(0.3));
        assertEquals("72.0", PyFormat.floatRepr(72));
        assertEquals("1e+16", PyFormat.floatRepr(1e16));
        assertEquals("1000000000000000.0", PyFormat.floatRepr(1e15));
        assertEquals("-2.5e-07", PyFormat.floatRepr(-2.5e-7));
        assertEquals("0.1", PyFormat.floatRepr(0.1));
        assertEquals("0.30000000000000004", PyFormat.floatRepr(0.1 + 0.2));
        assertEquals("123.456", PyFormat.floatRepr(123.456));
        assertEquals("True", PyFormat.str(true));
        assertEquals("None", PyFormat.str(null));
    }
}
