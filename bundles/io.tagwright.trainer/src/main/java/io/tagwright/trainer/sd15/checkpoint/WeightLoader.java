package io.tagwright.trainer.sd15.checkpoint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.io.TensorInfo;
import io.tagwright.trainer.nn.ModelContext;
import io.tagwright.trainer.nn.Parameter;
import io.tagwright.trainer.nn.Tensors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Fills a network's parameters from one safetensors file, converting every floating dtype to float32
 * and accepting a 1×1-conv shape where a Linear one is expected (the LDM VAE attention) and vice versa.
 * Names it could not find, shapes that do not fit and file keys nobody asked for are collected so the
 * caller can report all of them at once.
 */
final class WeightLoader {

    private final SafetensorsReader reader;
    private final Tensors tensors = new Tensors();
    private final Set<String> consumed = new HashSet<>();
    private final List<String> missing = new ArrayList<>();
    private final List<String> badShapes = new ArrayList<>();
    private int loaded;

    WeightLoader(SafetensorsReader reader) {
        this.reader = reader;
    }

    /**
     * Loads every parameter of {@code context}; {@code candidates} gives the file keys a parameter may
     * have, best first.
     */
    void load(ModelContext context, NDManager manager, Function<String, List<String>> candidates)
            throws IOException {
        for (Parameter p : context.parameters().values()) {
            String key = null;
            for (String k : candidates.apply(p.name())) {
                if (reader.contains(k)) {
                    key = k;
                    break;
                }
            }
            if (key == null) {
                missing.add(candidates.apply(p.name()).get(0));
                continue;
            }
            TensorInfo info = reader.info(key);
            if (!info.dtype().isFloating()) {
                badShapes.add(key + " is " + info.dtype() + ", expected a floating type");
                continue;
            }
            long[] want = p.shape();
            if (!sameIgnoringTrailingOnes(info.shape(), want)) {
                badShapes.add(key + " has shape " + Arrays.toString(info.shape()) + ", the model needs "
                        + Arrays.toString(want));
                continue;
            }
            NDArray value = tensors.read(manager, reader, key);
            if (!Arrays.equals(info.shape(), want)) {
                NDArray reshaped = value.reshape(want);
                value.close();
                value = reshaped;
            }
            p.set(value);
            consumed.add(key);
            loaded++;
        }
    }

    static boolean sameIgnoringTrailingOnes(long[] a, long[] b) {
        return Arrays.equals(trim(a), trim(b));
    }

    private static long[] trim(long[] s) {
        int n = s.length;
        while (n > 1 && s[n - 1] == 1) {
            n--;
        }
        return Arrays.copyOf(s, n);
    }

    /** File keys starting with {@code prefix} that were not loaded, except those {@code ignore} accepts. */
    List<String> unexpected(String prefix, java.util.function.Predicate<String> ignore) {
        List<String> out = new ArrayList<>();
        for (String k : reader.names()) {
            if (k.startsWith(prefix) && !consumed.contains(k) && !ignore.test(k)) {
                out.add(k);
            }
        }
        return out;
    }

    List<String> missing() {
        return missing;
    }

    List<String> badShapes() {
        return badShapes;
    }

    int loaded() {
        return loaded;
    }

    Set<String> consumed() {
        return consumed;
    }
}
