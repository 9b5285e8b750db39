package io.tagwright.trainer.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.List;

import org.junit.jupiter.api.Test;

class LossScalerTest {

    @Test
    void unscalesSkipsOverflowsAndAdaptsTheScale() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray[] grad = {m.create(new float[] {1024f, -2048f})};
            Trainable p = new Trainable() {
                @Override
                public String name() {
                    return "p";
                }

                @Override
                public NDArray value() {
                    return grad[0];
                }

                @Override
                public NDArray gradient() {
                    return grad[0];
                }
            };
            LossScaler s = new LossScaler(1024);
            assertTrue(s.unscale(List.of(p)));
            assertArrayEquals(new float[] {1f, -2f}, grad[0].toFloatArray());
            s.update(true);
            assertEquals(1024, s.scale());
            grad[0] = m.create(new float[] {Float.POSITIVE_INFINITY, 1f});
            assertFalse(s.unscale(List.of(p)));
            s.update(false);
            assertEquals(512, s.scale());
            assertEquals(1, s.skipped());
            for (int i = 0; i < 2000; i++) {
                s.update(true);
            }
            assertEquals(1024, s.scale(), "doubles after 2000 good steps");
        }
    }
}
