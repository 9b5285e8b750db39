package io.tagwright.trainer.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tagwright.trainer.optim.AdamW;
import io.tagwright.trainer.optim.Adafactor;
import io.tagwright.trainer.optim.ParamGroup;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Values of diffusers' LambdaLR schedules at known steps (warm-up 10, 110 steps in all). */
class LrSchedulesTest {

    private static final ParamGroup GROUP = new ParamGroup("g", List.of(), 2e-4);

    @Test
    void lambdaSchedules() {
        LambdaSchedule constant = LrSchedules.constant();
        assertEquals(1.0, constant.multiplier(0));
        assertEquals(2e-4, constant.lr(GROUP, 500));

        LambdaSchedule warm = LrSchedules.constantWithWarmup(10);
        assertEquals(0.0, warm.multiplier(0));
        assertEquals(0.5, warm.multiplier(5));
        assertEquals(1.0, warm.multiplier(10));
        assertEquals(1.0, warm.multiplier(1000));

        LambdaSchedule linear = LrSchedules.linear(10, 110);
        assertEquals(0.3, linear.multiplier(3), 1e-12);
        assertEquals(1.0, linear.multiplier(10));
        assertEquals(0.5, linear.multiplier(60), 1e-12);
        assertEquals(0.0, linear.multiplier(110));
        assertEquals(0.0, linear.multiplier(200));

        LambdaSchedule cosine = LrSchedules.cosine(10, 110);
        assertEquals(0.2, cosine.multiplier(2), 1e-12);
        assertEquals(1.0, cosine.multiplier(10), 1e-12);
        assertEquals(0.5, cosine.multiplier(60), 1e-12);
        assertEquals(0.5 * (1 + Math.cos(Math.PI * 0.25)), cosine.multiplier(35), 1e-12);
        assertEquals(0.0, cosine.multiplier(110), 1e-12);
        // with no warm-up the first step uses the full rate
        assertEquals(1.0, LrSchedules.cosine(0, 100).multiplier(0));
    }

    @Test
    void byKohyaName() {
        try (AdamW adam = AdamW.builder().build(); Adafactor ada = Adafactor.relativeStep()) {
            assertEquals("cosine", ((LambdaSchedule) LrSchedules.forName("cosine", 0, 10, adam, 1e-4)).name());
            assertEquals("linear", ((LambdaSchedule) LrSchedules.forName("LINEAR", 0, 10, adam, 1e-4)).name());
            assertEquals("constant_with_warmup",
                    ((LambdaSchedule) LrSchedules.forName("constant_with_warmup", 5, 10, adam, 1e-4)).name());
            assertInstanceOf(AdafactorSchedule.class, LrSchedules.forName("adafactor", 0, 10, ada, 1e-4));
            assertThrows(IllegalArgumentException.class, () -> LrSchedules.forName("adafactor", 0, 10, adam, 1e-4));
            assertThrows(IllegalArgumentException.class, () -> LrSchedules.forName("constant", 5, 10, adam, 1e-4));
            assertThrows(IllegalArgumentException.class, () -> LrSchedules.forName("polynomial", 0, 10, adam, 1e-4));
        }
    }
}
