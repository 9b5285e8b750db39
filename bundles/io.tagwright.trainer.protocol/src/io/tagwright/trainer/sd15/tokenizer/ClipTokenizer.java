package io.tagwright.trainer.sd15.tokenizer;

import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.protocol.json.JsonException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * CLIP's byte-level BPE tokenizer with SD1.5's framing: {@code <|startoftext|>} + tokens +
 * {@code <|endoftext|>}, padded with the end token to 77 ids. Thread-safe; BPE results are cached.
 *
 * <p>Typical use: {@code ClipTokenizer.load(dir).encode(caption)} for the text encoder,
 * {@link #countTokens(String)} for caption lint, {@link #encodeChunks(String, int)} for kohya's
 * {@code --max_token_length 150/225}.
 */
public final class ClipTokenizer {

    /** SD1.5's context length: BOS + 75 tokens + EOS. */
    public static final int MODEL_MAX_LENGTH = 77;
    /** Tokens per 77-id window, without BOS and EOS. */
    public static final int CHUNK_TOKENS = MODEL_MAX_LENGTH - 2;
    public static final String BOS = "<|startoftext|>";
    public static final String EOS = "<|endoftext|>";

    private static final int CACHE_LIMIT = 200_000;
    /** CLIP's pre-tokenizer: contractions, letter runs, single digits, runs of other non-space symbols. */
    private static final Pattern PRE_TOKENIZER = Pattern.compile(
            "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|\\p{L}+|\\p{N}|[^\\s\\p{L}\\p{N}]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final char[] BYTE_TO_CHAR = bytesToUnicode();

    private final Map<String, Integer> vocab;
    private final Map<String, Integer> mergeRanks;
    private final int bosId;
    private final int eosId;
    private final int padId;
    private final TextCleanup cleanup;
    private final Map<String, String[]> cache;

    private ClipTokenizer(Map<String, Integer> vocab, Map<String, Integer> mergeRanks, int padId, TextCleanup cleanup,
            Map<String, String[]> cache) {
        this.vocab = vocab;
        this.mergeRanks = mergeRanks;
        this.bosId = vocab.get(BOS);
        this.eosId = vocab.get(EOS);
        this.padId = padId;
        this.cleanup = cleanup;
        this.cache = cache;
    }

    /**
     * Loads a tokenizer from a diffusers/transformers {@code tokenizer/} folder ({@code vocab.json} +
     * {@code merges.txt}), from a model folder that has such a {@code tokenizer/} sub-folder, or from
     * CLIP's {@code bpe_simple_vocab_16e6.txt.gz} (a file, or a folder holding it).
     */
    public static ClipTokenizer load(Path location) {
        Path p = location;
        if (Files.isDirectory(p) && !Files.exists(p.resolve("vocab.json")) && Files.isDirectory(p.resolve("tokenizer"))) {
            p = p.resolve("tokenizer");
        }
        if (Files.isDirectory(p)) {
            Path vocabFile = p.resolve("vocab.json");
            Path mergesFile = p.resolve("merges.txt");
            if (Files.exists(vocabFile) || Files.exists(mergesFile)) {
                return fromVocabAndMerges(vocabFile, mergesFile);
            }
            Path gz = p.resolve("bpe_simple_vocab_16e6.txt.gz");
            if (Files.exists(gz)) {
                return fromClipBpe(gz);
            }
            throw new TokenizerException(location + ": no tokenizer here; expected vocab.json + merges.txt "
                    + "(a diffusers tokenizer/ folder) or bpe_simple_vocab_16e6.txt.gz");
        }
        if (!Files.exists(p)) {
            throw new TokenizerException(location + ": tokenizer location does not exist");
        }
        return fromClipBpe(p);
    }

    /** Reads {@code vocab.json} (token to id) and {@code merges.txt} (one merge per line, optional {@code #version} header). */
    public static ClipTokenizer fromVocabAndMerges(Path vocabJson, Path mergesTxt) {
        Map<String, Integer> vocab = new HashMap<>();
        Object parsed;
        try {
            parsed = Json.parse(readString(vocabJson));
        } catch (JsonException e) {
            throw new TokenizerException(vocabJson + ": not valid JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new TokenizerException(vocabJson + ": expected a JSON object mapping tokens to ids");
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getValue() instanceof Long id) || id < 0 || id > Integer.MAX_VALUE) {
                throw new TokenizerException(vocabJson + ": id of token \"" + e.getKey() + "\" is not a non-negative integer");
            }
            vocab.put((String) e.getKey(), id.intValue());
        }
        List<String> lines = Arrays.asList(readString(mergesTxt).split("\n", -1));
        Map<String, Integer> ranks = parseMerges(lines, 0, lines.size(), mergesTxt.toString());
        return build(vocab, ranks, vocabJson.toString());
    }

    /** Reads CLIP's original merges file (gzip): the vocabulary is derived from the byte alphabet and the first 48,894 merges. */
    public static ClipTokenizer fromClipBpe(Path bpeGz) {
        try (InputStream in = Files.newInputStream(bpeGz)) {
            return fromClipBpe(in, bpeGz.toString());
        } catch (NoSuchFileException e) {
            throw new TokenizerException(bpeGz + ": file not found");
        } catch (IOException e) {
            throw new TokenizerException(bpeGz + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static ClipTokenizer fromClipBpe(InputStream gzipped, String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                lines.add(line);
            }
        } catch (java.util.zip.ZipException e) {
            throw new TokenizerException(name + ": not a gzip file (expected CLIP's bpe_simple_vocab_16e6.txt.gz)", e);
        }
        // As openai/CLIP: skip the version line, keep 49152 - 256 - 2 merges.
        int count = 49152 - 256 - 2;
        if (lines.size() < count + 1) {
            throw new TokenizerException(name + ": has " + (lines.size() - 1) + " merges, CLIP's file has at least " + count);
        }
        Map<String, Integer> ranks = parseMerges(lines, 1, count + 1, name);
        Map<String, Integer> vocab = new HashMap<>();
        int id = 0;
        for (char c : byteAlphabetInClipOrder()) {
            vocab.put(String.valueOf(c), id++);
        }
        for (char c : byteAlphabetInClipOrder()) {
            vocab.put(c + "</w>", id++);
        }
        for (int i = 1; i <= count; i++) {
            vocab.put(lines.get(i).replace(" ", ""), id++);
        }
        vocab.put(BOS, id++);
        vocab.put(EOS, id);
        return build(vocab, ranks, name);
    }

    private static ClipTokenizer build(Map<String, Integer> vocab, Map<String, Integer> ranks, String name) {
        if (!vocab.containsKey(BOS) || !vocab.containsKey(EOS)) {
            throw new TokenizerException(name + ": vocabulary lacks " + BOS + " or " + EOS + "; not a CLIP tokenizer");
        }
        return new ClipTokenizer(Map.copyOf(vocab), Map.copyOf(ranks), vocab.get(EOS), TextCleanup.FTFY,
                new ConcurrentHashMap<>());
    }

    private static Map<String, Integer> parseMerges(List<String> lines, int from, int to, String name) {
        Map<String, Integer> ranks = new HashMap<>();
        int rank = 0;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty() || (i == 0 && line.startsWith("#version"))) {
                continue;
            }
            int sp = line.indexOf(' ');
            if (sp <= 0 || sp == line.length() - 1 || line.indexOf(' ', sp + 1) >= 0) {
                throw new TokenizerException(name + ":" + (i + 1) + ": expected two symbols separated by one space, got \""
                        + line + "\"");
            }
            ranks.putIfAbsent(line, rank++);
        }
        return ranks;
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new TokenizerException(p + ": file not found");
        } catch (IOException e) {
            throw new TokenizerException(p + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The same vocabulary with another text cleanup (see {@link TextCleanup}); the BPE cache is shared. */
    public ClipTokenizer withCleanup(TextCleanup newCleanup) {
        return new ClipTokenizer(vocab, mergeRanks, padId, newCleanup, cache);
    }

    /** The same vocabulary padding with another id (SD2 pads with {@code !}, id 0); SD1.5 pads with EOS. */
    public ClipTokenizer withPadId(int newPadId) {
        return new ClipTokenizer(vocab, mergeRanks, newPadId, cleanup, cache);
    }

    public TextCleanup cleanup() {
        return cleanup;
    }

    public int bosId() {
        return bosId;
    }

    public int eosId() {
        return eosId;
    }

    public int padId() {
        return padId;
    }

    public int vocabSize() {
        return vocab.size();
    }

    /** The BPE tokens of {@code text} (e.g. {@code "photo</w>"}), without BOS/EOS. */
    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        forEachToken(text, out::add);
        return out;
    }

    /** The ids of {@code text}'s tokens, without BOS/EOS and without truncation. */
    public int[] tokenIds(String text) {
        IntList ids = new IntList();
        forEachToken(text, t -> ids.add(idOf(t)));
        return ids.toArray();
    }

    /**
     * How many tokens {@code caption} takes, without BOS/EOS. More than {@link #CHUNK_TOKENS} means
     * text past the 75th token is cut off (kohya without {@code --max_token_length}).
     */
    public int countTokens(String caption) {
        int[] n = {0};
        forEachToken(caption, t -> n[0]++);
        return n[0];
    }

    /** {@code BOS + tokens + EOS}, truncated to and padded to {@link #MODEL_MAX_LENGTH} ids. */
    public int[] encode(String text) {
        return encode(text, MODEL_MAX_LENGTH);
    }

    /** {@code BOS + tokens + EOS}, tokens truncated so that the result has {@code maxLength} ids, padded with {@link #padId()}. */
    public int[] encode(String text, int maxLength) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must leave room for BOS and EOS: " + maxLength);
        }
        int[] ids = tokenIds(text);
        int n = Math.min(ids.length, maxLength - 2);
        int[] out = new int[maxLength];
        Arrays.fill(out, padId);
        out[0] = bosId;
        System.arraycopy(ids, 0, out, 1, n);
        out[n + 1] = eosId;
        return out;
    }

    /**
     * kohya's {@code --max_token_length}: {@code null}/75 gives one row of 77; 150 or 225 give 2 or 3
     * rows, each {@code BOS + 75 ids + EOS} cut from one long encoding (as sd-scripts'
     * {@code get_input_ids}). When the pad differs from EOS (SD2 style) a chunk that ends in a token
     * gets EOS as its last id and a chunk that starts with padding gets EOS first, as sd-scripts does.
     */
    public int[][] encodeChunks(String text, int maxTokenLength) {
        if (maxTokenLength != 75 && maxTokenLength != 150 && maxTokenLength != 225) {
            throw new IllegalArgumentException("max_token_length must be 75, 150 or 225, not " + maxTokenLength);
        }
        int total = maxTokenLength + 2;
        int[] ids = encode(text, total);
        if (total == MODEL_MAX_LENGTH) {
            return new int[][] {ids};
        }
        int rows = maxTokenLength / CHUNK_TOKENS;
        int[][] out = new int[rows][];
        for (int r = 0; r < rows; r++) {
            int[] chunk = new int[MODEL_MAX_LENGTH];
            chunk[0] = ids[0];
            System.arraycopy(ids, 1 + r * CHUNK_TOKENS, chunk, 1, CHUNK_TOKENS);
            chunk[MODEL_MAX_LENGTH - 1] = ids[total - 1];
            if (padId != eosId) {
                int beforeLast = chunk[MODEL_MAX_LENGTH - 2];
                if (beforeLast != eosId && beforeLast != padId) {
                    chunk[MODEL_MAX_LENGTH - 1] = eosId;
                }
                if (chunk[1] == padId) {
                    chunk[1] = eosId;
                }
            }
            out[r] = chunk;
        }
        return out;
    }

    private int idOf(String token) {
        Integer id = vocab.get(token);
        return id != null ? id : eosId; // CLIP's unk token is <|endoftext|>
    }

    private interface TokenSink {
        void accept(String token);
    }

    private void forEachToken(String text, TokenSink sink) {
        if (text == null || text.isEmpty()) {
            return;
        }
        // Special tokens written literally are matched before any cleanup, as transformers' added tokens are.
        int from = 0;
        while (from <= text.length()) {
            int bos = text.indexOf(BOS, from);
            int eos = text.indexOf(EOS, from);
            int at = bos < 0 ? eos : eos < 0 ? bos : Math.min(bos, eos);
            if (at < 0) {
                tokenizePlain(text.substring(from), sink);
                return;
            }
            tokenizePlain(text.substring(from, at), sink);
            String special = at == bos ? BOS : EOS;
            sink.accept(special);
            from = at + special.length();
        }
    }

    private void tokenizePlain(String text, TokenSink sink) {
        if (text.isBlank()) {
            return;
        }
        String cleaned = cleanup.clean(text);
        Matcher m = PRE_TOKENIZER.matcher(cleaned);
        while (m.find()) {
            String word = m.group();
            if (word.equals(BOS) || word.equals(EOS)) {
                sink.accept(word);
                continue;
            }
            for (String t : bpe(byteEncode(word))) {
                sink.accept(t);
            }
        }
    }

    private static String byteEncode(String word) {
        byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = BYTE_TO_CHAR[bytes[i] & 0xFF];
        }
        return new String(chars);
    }

    /** CLIP's BPE: repeatedly merge the adjacent pair with the lowest rank; the last symbol carries {@code </w>}. */
    private String[] bpe(String token) {
        String[] cached = cache.get(token);
        if (cached != null) {
            return cached;
        }
        List<String> word = new ArrayList<>(token.length());
        for (int i = 0; i < token.length() - 1; i++) {
            word.add(String.valueOf(token.charAt(i)));
        }
        word.add(token.charAt(token.length() - 1) + "</w>");
        while (word.size() > 1) {
            int bestRank = Integer.MAX_VALUE;
            String first = null;
            String second = null;
            for (int i = 0; i < word.size() - 1; i++) {
                Integer r = mergeRanks.get(word.get(i) + " " + word.get(i + 1));
                if (r != null && r < bestRank) {
                    bestRank = r;
                    first = word.get(i);
                    second = word.get(i + 1);
                }
            }
            if (first == null) {
                break;
            }
            List<String> merged = new ArrayList<>(word.size());
            for (int i = 0; i < word.size(); i++) {
                if (i < word.size() - 1 && word.get(i).equals(first) && word.get(i + 1).equals(second)) {
                    merged.add(first + second);
                    i++;
                } else {
                    merged.add(word.get(i));
                }
            }
            word = merged;
        }
        String[] result = word.toArray(String[]::new);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(token, result);
        return result;
    }

    /** GPT-2/CLIP's reversible byte to printable-character map. */
    private static char[] bytesToUnicode() {
        char[] map = new char[256];
        int n = 0;
        for (int b = 0; b < 256; b++) {
            if (isPrintableByte(b)) {
                map[b] = (char) b;
            } else {
                map[b] = (char) (256 + n++);
            }
        }
        return map;
    }

    private static boolean isPrintableByte(int b) {
        return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
    }

    /** The byte alphabet in CLIP's vocabulary order: printable bytes first, then the remapped ones. */
    private static char[] byteAlphabetInClipOrder() {
        char[] out = new char[256];
        int i = 0;
        for (int b = 0; b < 256; b++) {
            if (isPrintableByte(b)) {
                out[i++] = BYTE_TO_CHAR[b];
            }
        }
        for (int b = 0; b < 256; b++) {
            if (!isPrintableByte(b)) {
                out[i++] = BYTE_TO_CHAR[b];
            }
        }
        return out;
    }

    private static final class IntList {
        private int[] a = new int[32];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
