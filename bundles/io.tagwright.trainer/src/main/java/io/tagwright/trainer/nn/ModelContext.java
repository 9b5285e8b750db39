package io.tagwright.trainer.nn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a network is built into: the ops it computes with, a registry of its parameters by full
 * dotted name (diffusers/transformers names) and of its adaptable layers by module path.
 */
public final class ModelContext {

    private final Ops ops;
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, AdaptableLayer> layers = new LinkedHashMap<>();

    public ModelContext(Ops ops) {
        this.ops = ops;
    }

    public Ops ops() {
        return ops;
    }

    public Prefix root() {
        return new Prefix(this, "");
    }

    Parameter newParameter(String name, long... shape) {
        Parameter p = new Parameter(name, shape);
        if (parameters.putIfAbsent(name, p) != null) {
            throw new IllegalStateException("parameter " + name + " defined twice");
        }
        return p;
    }

    void registerLayer(AdaptableLayer layer) {
        if (layers.putIfAbsent(layer.path(), layer) != null) {
            throw new IllegalStateException("layer " + layer.path() + " defined twice");
        }
    }

    /** Parameters in definition order. */
    public Map<String, Parameter> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** Linear and Conv2d layers by module path, in definition order. */
    public Map<String, AdaptableLayer> layers() {
        return Collections.unmodifiableMap(layers);
    }

    /** Closes every loaded parameter value. */
    public void closeParameters() {
        for (Parameter p : parameters.values()) {
            if (p.isLoaded()) {
                p.get().close();
            }
        }
    }
}
