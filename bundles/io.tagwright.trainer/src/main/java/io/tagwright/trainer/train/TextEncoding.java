package io.tagwright.trainer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import io.tagwright.trainer.sd15.clip.ClipTextModel;

/**
 * sd-scripts' {@code get_hidden_states} for SD1.x: ids of 77 tokens go through the text encoder as
 * they are; longer rows ({@code --max_token_length} 150 or 225: n windows of BOS + 75 + EOS laid end
 * to end) are encoded window by window and joined as BOS state, each window's 75 inner states, and the
 * last window's EOS state — 2 + 75·n states.
 */
public final class TextEncoding {

    /** CLIP's window: BOS + 75 tokens + EOS. */
    public static final int WINDOW = 77;

    private TextEncoding() {
    }

    /** {@code inputIds} [B, 77·n] → states [B, 75·n + 2, hidden]. */
    public static NDArray encode(ClipTextModel encoder, NDArray inputIds, int clipSkip) {
        long batch = inputIds.getShape().get(0);
        long length = inputIds.getShape().get(1);
        if (length == WINDOW) {
            return encoder.encode(inputIds, clipSkip);
        }
        if (length % WINDOW != 0) {
            throw new IllegalArgumentException("input ids of length " + length + " are not whole 77-token windows");
        }
        long windows = length / WINDOW;
        NDArray states = encoder.encode(inputIds.reshape(batch * windows, WINDOW), clipSkip);
        long hidden = states.getShape().get(2);
        NDArray joined = states.reshape(batch, windows * WINDOW, hidden);
        NDList parts = new NDList();
        parts.add(joined.get(":, 0:1"));
        for (long i = 1; i < windows * WINDOW; i += WINDOW) {
            parts.add(joined.get(":, " + i + ":" + (i + WINDOW - 2)));
        }
        parts.add(joined.get(":, " + (windows * WINDOW - 1) + ":"));
        return NDArrays.concat(parts, 1);
    }
}
