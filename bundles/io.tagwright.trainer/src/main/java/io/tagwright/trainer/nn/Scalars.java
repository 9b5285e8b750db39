package io.tagwright.trainer.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 0-dim tensors for arithmetic with constants.
 *
 * <p>DJL's {@code mul(Number)}, {@code add(Number)}, ... wrap the constant in a tensor that merely
 * points at a Java direct buffer ({@code from_blob}) and close it right after the op. When autograd
 * saved that tensor for the backward pass (x·c saves c), the buffer can be garbage-collected before
 * backward reads it, which gives random gradients (we saw NaNs). Tensors made here are allocated by
 * libtorch ({@code torch::full}) and reference-counted, so a saved copy stays valid whatever happens
 * to the Java handle. All model, LoRA, loss and optimizer code uses these instead of the Number
 * overloads.
 *
 * <p>Creating a tensor per constant costs a native call each time (a step makes thousands), so the
 * most recently used values are kept, per device and dtype, in a manager of their own. They are
 * never written to; one evicted while a graph still holds it stays alive through libtorch's
 * reference count.
 */
public final class Scalars {

    private static final int CACHE_SIZE = 1024;

    private record Key(Device device, DataType type, int bits) {
    }

    private static final Map<Device, NDManager> MANAGERS = new HashMap<>();
    private static final LinkedHashMap<Key, NDArray> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, NDArray> eldest) {
            if (size() > CACHE_SIZE) {
                eldest.getValue().close();
                return true;
            }
            return false;
        }
    };

    private Scalars() {
    }

    /** A 0-dim tensor of {@code like}'s dtype and device holding {@code value} (shared; do not modify). */
    public static NDArray of(NDArray like, double value) {
        Device device = like.getDevice();
        DataType type = like.getDataType();
        Key key = new Key(device, type, Float.floatToIntBits((float) value));
        synchronized (CACHE) {
            NDArray cached = CACHE.get(key);
            if (cached != null && !cached.isReleased()) {
                return cached;
            }
            NDManager m = MANAGERS.computeIfAbsent(device, d -> NDManager.newBaseManager(d));
            NDArray t = m.full(new Shape(), (float) value, type);
            NDScope.unregister(t);
            CACHE.put(key, t);
            return t;
        }
    }

    public static NDArray mul(NDArray x, double value) {
        return x.mul(of(x, value));
    }

    public static NDArray div(NDArray x, double value) {
        return x.div(of(x, value));
    }

    public static NDArray add(NDArray x, double value) {
        return x.add(of(x, value));
    }
}
