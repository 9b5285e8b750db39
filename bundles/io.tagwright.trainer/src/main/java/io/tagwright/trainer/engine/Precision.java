package io.tagwright.trainer.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;

import java.util.function.Consumer;

/**
 * What {@code mixed_precision} means on the device at hand. On a CPU there is no half-precision
 * speed-up to have (and float16 kernels are missing or slow), so fp16/bf16 runs train in float32,
 * as the user is told; the results are then those of a float32 run.
 */
final class Precision {

    private Precision() {
    }

    /** The device the run trains on (DJL's default: the first GPU when libtorch has CUDA). */
    static Device device() {
        return Engine.getEngine("PyTorch").defaultDevice();
    }

    static void check(String mixed, Consumer<String> warn) {
        if (mixed == null || mixed.equals("no")) {
            return;
        }
        Device d = device();
        if (!d.isGpu()) {
            warn.accept("mixed_precision " + mixed + " needs a GPU; training on the CPU in float32");
        } else {
            warn.accept("mixed_precision " + mixed + ": this trainer computes in float32 on " + d
                    + " (DJL has no autocast); memory use is that of a float32 run");
        }
    }
}
