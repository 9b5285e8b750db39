package io.tagwright.trainer.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import io.tagwright.trainer.nn.FusedOps;
import io.tagwright.trainer.nn.ModelContext;
import io.tagwright.trainer.nn.Parameter;
import io.tagwright.trainer.nn.TorchScriptOps;
import io.tagwright.trainer.sd15.Sd15Model;

import java.util.function.Consumer;

/**
 * {@code mixed_precision} as train_network.py sets it up: the frozen UNet and text encoder weights in
 * float16 or bfloat16 ({@code unet.to(weight_dtype)}), the LoRA and its optimizer in float32, the VAE
 * in float32 (as with {@code no_half_vae}), the loss in float32. DJL has no autocast: each linear,
 * convolution and norm casts its input to its weight's type (through TorchScript, so gradients flow),
 * and the LoRA's float32 output joins the layer's output in the layer's type. float16 adds dynamic
 * loss scaling (GradScaler). On a CPU the run trains in float32 with a warning (there is no
 * half-precision speed-up to have there); {@code -Dtagwright.mixedPrecisionOnCpu=true} forces the
 * half-precision path on a CPU, which is how it is tested without a GPU.
 */
final class Precision {

    /** What a run computes in. */
    enum Mode {
        FLOAT32, FLOAT16, BFLOAT16
    }

    private Precision() {
    }

    /** The device the run trains on (DJL's default: the first GPU when libtorch has CUDA). */
    static Device device() {
        return Engine.getEngine("PyTorch").defaultDevice();
    }

    /** The mode for {@code mixed_precision} on this device; {@code warn} hears about fallbacks. */
    static Mode choose(String mixed, Consumer<String> warn) {
        if (mixed == null || mixed.equals("no")) {
            return Mode.FLOAT32;
        }
        Mode want = mixed.equals("fp16") ? Mode.FLOAT16 : Mode.BFLOAT16;
        if (!device().isGpu() && !Boolean.getBoolean("tagwright.mixedPrecisionOnCpu")) {
            warn.accept("mixed_precision " + mixed + " needs a GPU; training on the CPU in float32");
            return Mode.FLOAT32;
        }
        return want;
    }

    /**
     * Casts the frozen UNet and text encoder weights to the mode's type. Returns the mode in force:
     * float32 (with a warning) when the fused ops, which carry the casts, are not available.
     */
    static Mode apply(Sd15Model model, Mode mode, Consumer<String> warn) {
        if (mode == Mode.FLOAT32) {
            return mode;
        }
        if (!(model.ops() instanceof FusedOps fused)) {
            warn.accept("mixed precision needs the fused TorchScript ops, which did not load; training in float32");
            return Mode.FLOAT32;
        }
        TorchScriptOps script = fused.script();
        castAll(model.unet().context(), script, mode);
        castAll(model.textEncoder().context(), script, mode);
        return mode;
    }

    private static void castAll(ModelContext context, TorchScriptOps script, Mode mode) {
        for (Parameter p : context.parameters().values()) {
            NDArray v = p.get();
            p.set(mode == Mode.FLOAT16 ? script.toFloat16(v) : script.toBFloat16(v));
        }
    }
}
