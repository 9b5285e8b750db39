package io.tagwright.trainer.demo;

import io.tagwright.trainer.protocol.files.AtomicFiles;
import io.tagwright.trainer.protocol.json.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small CLIP-style byte-level BPE vocabulary learned from a few texts, written as a diffusers
 * {@code tokenizer/} folder ({@code vocab.json}, {@code merges.txt}). It has CLIP's layout — the 256
 * byte symbols, the same with {@code </w>}, the learned merges, then {@code <|startoftext|>} and
 * {@code <|endoftext|>} — so any text tokenizes (unknown words fall back to smaller pieces), and it
 * is small enough for the demo's tiny text encoder. It is not CLIP's vocabulary.
 */
public final class DemoTokenizer {

    private static final Pattern WORDS = Pattern.compile("\\p{L}+|\\p{N}|[^\\s\\p{L}\\p{N}]+");

    private final List<String> merges;
    private final Map<String, Integer> vocab;

    private DemoTokenizer(List<String> merges, Map<String, Integer> vocab) {
        this.merges = merges;
        this.vocab = vocab;
    }

    /** Learns up to {@code maxMerges} merges from {@code texts}; pairs seen once are not merged. */
    public static DemoTokenizer learn(List<String> texts, int maxMerges) {
        Map<List<String>, Integer> words = new HashMap<>();
        for (String t : texts) {
            Matcher m = WORDS.matcher(t.toLowerCase(Locale.ROOT));
            while (m.find()) {
                words.merge(symbols(m.group()), 1, Integer::sum);
            }
        }
        List<String> merges = new ArrayList<>();
        while (merges.size() < maxMerges) {
            TreeMap<String, Integer> pairs = new TreeMap<>();
            words.forEach((w, n) -> {
                for (int i = 0; i + 1 < w.size(); i++) {
                    pairs.merge(w.get(i) + " " + w.get(i + 1), n, Integer::sum);
                }
            });
            String best = null;
            int bestCount = 1;
            for (Map.Entry<String, Integer> e : pairs.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            if (best == null) {
                break;
            }
            merges.add(best);
            String[] ab = best.split(" ");
            Map<List<String>, Integer> next = new HashMap<>();
            words.forEach((w, n) -> next.merge(merge(w, ab[0], ab[1]), n, Integer::sum));
            words = next;
        }
        Map<String, Integer> vocab = new LinkedHashMap<>();
        List<String> bytes = byteSymbols();
        for (String b : bytes) {
            vocab.put(b, vocab.size());
        }
        for (String b : bytes) {
            vocab.put(b + "</w>", vocab.size());
        }
        for (String m : merges) {
            vocab.putIfAbsent(m.replace(" ", ""), vocab.size());
        }
        vocab.put("<|startoftext|>", vocab.size());
        vocab.put("<|endoftext|>", vocab.size());
        return new DemoTokenizer(List.copyOf(merges), vocab);
    }

    public int vocabSize() {
        return vocab.size();
    }

    public List<String> merges() {
        return merges;
    }

    /** Writes vocab.json, merges.txt and the two small config files transformers keeps beside them. */
    public void write(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve("vocab.json"), Json.write(new LinkedHashMap<String, Object>(toLongs())));
        StringBuilder sb = new StringBuilder("#version: 0.2\n");
        for (String m : merges) {
            sb.append(m).append('\n');
        }
        AtomicFiles.writeString(dir.resolve("merges.txt"), sb.toString());
        AtomicFiles.writeString(dir.resolve("special_tokens_map.json"), """
                {"bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>",
                 "unk_token": "<|endoftext|>"}
                """);
        AtomicFiles.writeString(dir.resolve("tokenizer_config.json"), """
                {"tokenizer_class": "CLIPTokenizer", "model_max_length": 77, "do_lower_case": true,
                 "bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>",
                 "unk_token": "<|endoftext|>"}
                """);
    }

    private Map<String, Object> toLongs() {
        Map<String, Object> out = new LinkedHashMap<>();
        vocab.forEach((k, v) -> out.put(k, (long) v));
        return out;
    }

    private static List<String> symbols(String word) {
        byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
        List<String> bs = byteSymbolTable();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            String s = bs.get(bytes[i] & 0xFF);
            out.add(i == bytes.length - 1 ? s + "</w>" : s);
        }
        return out;
    }

    private static List<String> merge(List<String> w, String a, String b) {
        List<String> out = new ArrayList<>(w.size());
        for (int i = 0; i < w.size(); i++) {
            if (i + 1 < w.size() && w.get(i).equals(a) && w.get(i + 1).equals(b)) {
                out.add(a + b);
                i++;
            } else {
                out.add(w.get(i));
            }
        }
        return out;
    }

    /** GPT-2/CLIP's byte → printable character map, indexed by byte value. */
    private static List<String> byteSymbolTable() {
        String[] table = new String[256];
        int n = 0;
        for (int b = 0; b < 256; b++) {
            table[b] = printable(b) ? String.valueOf((char) b) : String.valueOf((char) (256 + n++));
        }
        return List.of(table);
    }

    /** The byte symbols in CLIP's vocabulary order: printable bytes first, then the remapped ones. */
    private static List<String> byteSymbols() {
        List<String> table = byteSymbolTable();
        List<String> out = new ArrayList<>();
        for (int b = 0; b < 256; b++) {
            if (printable(b)) {
                out.add(table.get(b));
            }
        }
        for (int b = 0; b < 256; b++) {
            if (!printable(b)) {
                out.add(table.get(b));
            }
        }
        return out;
    }

    private static boolean printable(int b) {
        return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
    }
}
