package io.tagwright.trainer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.tagwright.trainer.nn.OpsBackend;
import io.tagwright.trainer.nn.Tensors;
import io.tagwright.trainer.sd15.Sd15Model;
import io.tagwright.trainer.sd15.checkpoint.Sd15ModelLoader;
import io.tagwright.trainer.sd15.tokenizer.ClipTokenizer;
import io.tagwright.trainer.testutil.Shared;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** --max_token_length 225: three windows encoded apart and joined as sd-scripts joins them. */
class TextEncodingTest {

    @Test
    void longCaptionsAreEncodedWindowByWindow() throws Exception {
        ClipTokenizer tok = ClipTokenizer.load(Shared.diffusersFolder());
        String caption = "a photo of a cat, ".repeat(30);
        int[][] rows = tok.encodeChunks(caption, 225);
        long[] ids = new long[3 * 77];
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < 77; i++) {
                ids[r * 77 + i] = rows[r][i];
            }
        }
        try (NDManager root = NDManager.newBaseManager();
                Sd15Model model = Sd15ModelLoader.builder().setSource(Shared.diffusersFolder()).optManager(root)
                        .optComponents(EnumSet.of(Sd15ModelLoader.Component.TEXT_ENCODER))
                        .optOpsBackend(OpsBackend.FUSED).build().load()) {
            NDArray all = TextEncoding.encode(model.textEncoder(), Tensors.owned(root.create(ids, new Shape(1, 231))), 2);
            assertArrayEquals(new long[] {1, 227, 32}, all.getShape().getShape());
            for (int r = 0; r < 3; r++) {
                long[] window = java.util.Arrays.copyOfRange(ids, r * 77, r * 77 + 77);
                NDArray alone = model.textEncoder().encode(Tensors.owned(root.create(window, new Shape(1, 77))), 2);
                // window r's 75 inner states land at 1 + 75 r
                assertArrayEquals(alone.get(":, 1:76").toFloatArray(),
                        all.get(":, " + (1 + 75 * r) + ":" + (76 + 75 * r)).toFloatArray(), 1e-6f, "window " + r);
                if (r == 0) {
                    assertArrayEquals(alone.get(":, 0:1").toFloatArray(), all.get(":, 0:1").toFloatArray(), 1e-6f);
                }
                if (r == 2) {
                    assertArrayEquals(alone.get(":, 76:77").toFloatArray(), all.get(":, 226:227").toFloatArray(), 1e-6f);
                }
            }
        }
    }
}
