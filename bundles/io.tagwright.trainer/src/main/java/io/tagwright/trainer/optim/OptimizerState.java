package io.tagwright.trainer.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import io.tagwright.trainer.io.DType;
import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.io.SafetensorsWriter;
import io.tagwright.trainer.nn.Tensors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-parameter optimizer state: named float32 tensors and scalars (step count, last RMS, last lr),
 * stored as a safetensors file whose metadata carries the scalars and the optimizer's name.
 */
final class OptimizerState implements AutoCloseable {

    /** State of one parameter. */
    static final class Slot {
        final Map<String, NDArray> tensors = new LinkedHashMap<>();
        long step;
        double rms;
        double lastLr = Double.NaN;

        NDArray tensor(String key) {
            return tensors.get(key);
        }

        void put(String key, NDArray value) {
            NDScope.unregister(value);
            NDArray old = tensors.put(key, value);
            if (old != null && old != value) {
                old.close();
            }
        }
    }

    private final Map<String, Slot> slots = new HashMap<>();

    Slot slot(String param) {
        return slots.get(param);
    }

    Slot slotOrNew(String param) {
        return slots.computeIfAbsent(param, k -> new Slot());
    }

    void save(Path file, String optimizer) throws IOException {
        SafetensorsWriter w = new SafetensorsWriter();
        w.putMetadata("optimizer", optimizer);
        for (Map.Entry<String, Slot> e : slots.entrySet()) {
            Slot s = e.getValue();
            w.putMetadata("step/" + e.getKey(), Long.toString(s.step));
            w.putMetadata("rms/" + e.getKey(), Double.toString(s.rms));
            w.putMetadata("lr/" + e.getKey(), Double.toString(s.lastLr));
            for (Map.Entry<String, NDArray> t : s.tensors.entrySet()) {
                w.addFloats(e.getKey() + "/" + t.getKey(), DType.F32, t.getValue().getShape().getShape(),
                        Tensors.floats(t.getValue()));
            }
        }
        w.write(file);
    }

    void load(Path file, String optimizer, NDManager manager) throws IOException {
        try (SafetensorsReader r = SafetensorsReader.open(file)) {
            if (!optimizer.equals(r.metadata().get("optimizer"))) {
                throw new IOException(file + ": optimizer state of " + r.metadata().get("optimizer") + ", not "
                        + optimizer);
            }
            close();
            Tensors tensors = new Tensors();
            for (Map.Entry<String, String> m : r.metadata().entrySet()) {
                if (m.getKey().startsWith("step/")) {
                    String param = m.getKey().substring(5);
                    Slot s = slotOrNew(param);
                    s.step = Long.parseLong(m.getValue());
                    s.rms = Double.parseDouble(r.metadata().getOrDefault("rms/" + param, "0"));
                    s.lastLr = Double.parseDouble(r.metadata().getOrDefault("lr/" + param, "NaN"));
                }
            }
            for (String name : r.names()) {
                int slash = name.lastIndexOf('/');
                if (slash < 0 || !slots.containsKey(name.substring(0, slash))) {
                    throw new IOException(file + ": tensor " + name + " belongs to no parameter");
                }
                slots.get(name.substring(0, slash)).put(name.substring(slash + 1), tensors.read(manager, r, name));
            }
        }
    }

    @Override
    public void close() {
        for (Slot s : slots.values()) {
            s.tensors.values().forEach(NDArray::close);
        }
        slots.clear();
    }
}
