package io.tagwright.trainer.output;

import io.tagwright.trainer.protocol.json.Json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two hashes sd-scripts stores in every LoRA file ({@code train_util.precalculate_safetensors_hashes}):
 * both are taken over the safetensors bytes of a file holding the tensors and only the
 * {@code ss_*} metadata.
 * <ul>
 * <li>{@code sshs_model_hash}: sha256 of everything after the header, i.e. the tensor data in
 * safetensors' order (dtype, then name);</li>
 * <li>{@code sshs_legacy_hash}: the first 8 hex digits of sha256 of the 64 KiB at offset 1 MiB of
 * that file (sha256 of nothing, {@code e3b0c442}, for files under 1 MiB).</li>
 * </ul>
 */
public final class LoraHashes {

    /** One tensor: safetensors dtype name ({@code F32}, {@code F16}, {@code BF16}, ...), shape, little-endian bytes. */
    public record Tensor(String name, String dtype, long[] shape, byte[] data) {
    }

    public record Hashes(String modelHash, String legacyHash) {
    }

    /** safetensors' dtype order (its Dtype enum); tensors are laid out by descending dtype, then name. */
    private static final List<String> DTYPE_ORDER = List.of("BOOL", "U8", "I8", "F8_E5M2", "F8_E4M3", "I16", "U16", "F16",
            "BF16", "I32", "U32", "F32", "F64", "I64", "U64");
    private static final long LEGACY_OFFSET = 0x100000;
    private static final int LEGACY_LENGTH = 0x10000;

    private LoraHashes() {
    }

    public static Hashes compute(List<Tensor> tensors, Map<String, String> metadata) {
        List<Tensor> sorted = layout(tensors);
        byte[] header = header(sorted, ssOnly(metadata));
        MessageDigest model = sha256();
        MessageDigest legacy = sha256();
        long pos = 8L + header.length;
        feedLegacy(legacy, new byte[8], 0);
        feedLegacy(legacy, header, 8);
        for (Tensor t : sorted) {
            model.update(t.data());
            feedLegacy(legacy, t.data(), pos);
            pos += t.data().length;
        }
        return new Hashes(HexFormat.of().formatHex(model.digest()), HexFormat.of().formatHex(legacy.digest()).substring(0, 8));
    }

    /** The metadata sd-scripts hashes with: only keys starting with {@code ss_}. */
    public static Map<String, String> ssOnly(Map<String, String> metadata) {
        Map<String, String> out = new LinkedHashMap<>();
        metadata.forEach((k, v) -> {
            if (k.startsWith("ss_")) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Tensors in safetensors' data order. */
    public static List<Tensor> layout(List<Tensor> tensors) {
        List<Tensor> sorted = new ArrayList<>(tensors);
        sorted.sort(Comparator.comparingInt((Tensor t) -> -dtypeRank(t.dtype())).thenComparing(Tensor::name));
        return sorted;
    }

    /**
     * The header as safetensors writes it: compact JSON with {@code __metadata__} first (when not
     * empty), tensors in data order, padded with spaces to a multiple of 8 bytes. Key order inside
     * the metadata does not change the length, so the legacy hash does not depend on it.
     */
    static byte[] header(List<Tensor> sorted, Map<String, String> metadata) {
        Map<String, Object> h = new LinkedHashMap<>();
        if (!metadata.isEmpty()) {
            h.put("__metadata__", metadata);
        }
        long off = 0;
        for (Tensor t : sorted) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("dtype", t.dtype());
            List<Long> shape = new ArrayList<>();
            for (long d : t.shape()) {
                shape.add(d);
            }
            e.put("shape", shape);
            e.put("data_offsets", List.of(off, off + t.data().length));
            off += t.data().length;
            h.put(t.name(), e);
        }
        byte[] json = jsonLikeSerde(h).getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        byte[] out = new byte[padded];
        System.arraycopy(json, 0, out, 0, json.length);
        for (int i = json.length; i < padded; i++) {
            out[i] = ' ';
        }
        return out;
    }

    /**
     * serde_json's compact form, which safetensors writes: {@link Json#write} gives the same bytes
     * (UTF-8 text, same escapes) except for U+2028/U+2029, which it escapes and serde_json does not.
     */
    private static String jsonLikeSerde(Object v) {
        return Json.write(v);
    }

    private static void feedLegacy(MessageDigest d, byte[] chunk, long chunkStart) {
        long from = Math.max(chunkStart, LEGACY_OFFSET);
        long to = Math.min(chunkStart + chunk.length, LEGACY_OFFSET + LEGACY_LENGTH);
        if (from < to) {
            d.update(chunk, (int) (from - chunkStart), (int) (to - from));
        }
    }

    private static int dtypeRank(String dtype) {
        int i = DTYPE_ORDER.indexOf(dtype);
        if (i < 0) {
            throw new IllegalArgumentException("unknown safetensors dtype " + dtype);
        }
        return i;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
