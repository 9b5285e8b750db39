package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which {@link Ops} implementation a model uses. */
public enum OpsBackend {
    /** Fused PyTorch kernels through a TorchScript module; falls back to {@link #COMPOSED} if it cannot load. */
    FUSED,
    /** Plain DJL operations only. */
    COMPOSED;

    private static final Logger LOG = LoggerFactory.getLogger(OpsBackend.class);

    /**
     * Creates the ops; the TorchScript module's arrays live in {@code manager}. A {@link #FUSED} request
     * whose module fails to load logs a warning and returns composed ops, so training never depends on it.
     */
    public Ops create(NDManager manager) {
        if (this == COMPOSED) {
            return new ComposedOps(manager);
        }
        return fusedOrComposed(manager, TorchScriptOps.SOURCE);
    }

    /** Fused ops from the given TorchScript source, or composed ops if that module does not load. */
    static Ops fusedOrComposed(NDManager manager, String source) {
        try {
            return new FusedOps(manager, TorchScriptOps.load(manager, source));
        } catch (Exception | LinkageError e) {
            LOG.warn("fused ops unavailable ({}); using composed DJL ops", e.toString());
            return new ComposedOps(manager);
        }
    }

    public static OpsBackend parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "fused", "sdpa" -> FUSED;
            case "composed", "plain", "djl" -> COMPOSED;
            default -> throw new IllegalArgumentException("unknown ops backend '" + s + "' (fused or composed)");
        };
    }
}
