package io.tagwright.trainer.nn;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Random weights for a network whose checkpoint is not at hand (benchmarks at full size): weights
 * U(±1/√fan_in) like PyTorch's default Linear/Conv init, norm weights 1, biases and norm biases 0.
 */
public final class RandomInit {

    private RandomInit() {
    }

    public static void fill(ModelContext context, NDManager manager, long seed) {
        Engine.getEngine("PyTorch").setRandomSeed((int) seed);
        for (Parameter p : context.parameters().values()) {
            long[] s = p.shape();
            NDArray v;
            if (s.length >= 2) {
                long fanIn = 1;
                for (int i = 1; i < s.length; i++) {
                    fanIn *= s[i];
                }
                float bound = (float) (1.0 / Math.sqrt(fanIn));
                v = manager.randomUniform(-bound, bound, new Shape(s), DataType.FLOAT32);
            } else if (p.name().contains("norm") && p.name().endsWith(".weight")) {
                v = manager.ones(new Shape(s), DataType.FLOAT32);
            } else {
                v = manager.zeros(new Shape(s), DataType.FLOAT32);
            }
            p.set(v);
        }
    }
}
