package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * PyTorch ops DJL lacks — fused {@code scaled_dot_product_attention}, native {@code group_norm},
 * {@code silu} and differentiable bfloat16/float16 casts — exposed through a TorchScript module that
 * this class writes at run time and loads with autograd enabled.
 *
 * <p>TorchScript methods take tensors only through DJL, so GroupNorm's group count and epsilon travel
 * as 0-dim tensors and are converted back inside the script.
 */
public final class TorchScriptOps implements AutoCloseable {

    static final String CLASS_NAME = "TagwrightOps";

    static final String SOURCE = String.join("\n",
            "class " + CLASS_NAME + "(Module):",
            "  __parameters__ = []",
            "  __buffers__ = []",
            "  training : bool",
            "  def forward(self: __torch__." + CLASS_NAME + ",",
            "    q: Tensor,",
            "    k: Tensor,",
            "    v: Tensor) -> Tensor:",
            "    return torch.scaled_dot_product_attention(q, k, v)",
            "  def sdpa_causal(self: __torch__." + CLASS_NAME + ",",
            "    q: Tensor,",
            "    k: Tensor,",
            "    v: Tensor) -> Tensor:",
            "    return torch.scaled_dot_product_attention(q, k, v, None, 0., True)",
            "  def group_norm(self: __torch__." + CLASS_NAME + ",",
            "    x: Tensor,",
            "    w: Tensor,",
            "    b: Tensor,",
            "    groups: Tensor,",
            "    eps: Tensor) -> Tensor:",
            "    return torch.group_norm(x, int(groups), w, b, float(eps))",
            "  def silu(self: __torch__." + CLASS_NAME + ",",
            "    x: Tensor) -> Tensor:",
            "    return torch.silu(x)",
            "  def to_bf16(self: __torch__." + CLASS_NAME + ",",
            "    x: Tensor) -> Tensor:",
            "    return torch.to(x, 15)",
            "  def to_f16(self: __torch__." + CLASS_NAME + ",",
            "    x: Tensor) -> Tensor:",
            "    return torch.to(x, 5)",
            "  def to_f32(self: __torch__." + CLASS_NAME + ",",
            "    x: Tensor) -> Tensor:",
            "    return torch.to(x, 6)",
            "");

    private final NDManager manager;
    private final PtSymbolBlock module;
    private final ParameterStore parameterStore;
    private final Map<String, NDArray> methodMarkers = new HashMap<>();
    private final Map<String, NDArray> scalars = new HashMap<>();

    private TorchScriptOps(NDManager manager, PtSymbolBlock module) {
        this.manager = manager;
        this.module = module;
        this.parameterStore = new ParameterStore(manager, false);
    }

    /** Writes the archive to a temporary file, loads it into {@code manager}'s device and deletes the file. */
    public static TorchScriptOps load(NDManager manager) throws IOException {
        return load(manager, SOURCE);
    }

    static TorchScriptOps load(NDManager manager, String source) throws IOException {
        Path file = Files.createTempFile("tagwright-ops", ".pt");
        try {
            TorchScriptArchive.write(file, "ops", CLASS_NAME, source);
            PtSymbolBlock block = JniUtils.loadModule((PtNDManager) manager, file, true, new String[0],
                    new String[0], false);
            return new TorchScriptOps(manager, block);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Calls a method; {@code training=true} keeps libtorch from disabling autograd, so gradients flow
     * through the call whenever a gradient collector is active.
     */
    public NDArray call(String method, NDArray... inputs) {
        NDList in = new NDList(inputs.length + 1);
        for (NDArray a : inputs) {
            in.add(a);
        }
        if (!"forward".equals(method)) {
            in.add(marker(method));
        }
        return module.forward(parameterStore, in, true).singletonOrThrow();
    }

    private synchronized NDArray marker(String method) {
        return methodMarkers.computeIfAbsent(method, m -> {
            NDArray a = Tensors.owned(manager.create(0f));
            a.setName("module_method:" + m);
            ai.djl.ndarray.NDScope.unregister(a);
            return a;
        });
    }

    /** A cached 0-dim tensor holding a GroupNorm hyper-parameter. */
    synchronized NDArray scalar(String key, double value, DataType type) {
        return scalars.computeIfAbsent(key, k -> {
            NDArray a = Tensors.owned(type == DataType.INT64 ? manager.create((long) value) : manager.create(value));
            ai.djl.ndarray.NDScope.unregister(a);
            return a;
        });
    }

    public NDArray scaledDotProductAttention(NDArray q, NDArray k, NDArray v, boolean causal) {
        return causal ? call("sdpa_causal", q, k, v) : call("forward", q, k, v);
    }

    public NDArray groupNorm(NDArray x, int groups, NDArray w, NDArray b, double eps) {
        return call("group_norm", x, w, b, scalar("g" + groups, groups, DataType.INT64),
                scalar("e" + eps, eps, DataType.FLOAT64));
    }

    public NDArray silu(NDArray x) {
        return call("silu", x);
    }

    /** Differentiable cast to bfloat16 (DJL's own {@code toType} is neither differentiable nor bf16-safe). */
    public NDArray toBFloat16(NDArray x) {
        return call("to_bf16", x);
    }

    public NDArray toFloat16(NDArray x) {
        return call("to_f16", x);
    }

    public NDArray toFloat32(NDArray x) {
        return call("to_f32", x);
    }

    @Override
    public void close() {
        module.close();
    }
}
