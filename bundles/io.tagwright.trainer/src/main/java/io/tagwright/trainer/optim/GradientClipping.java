package io.tagwright.trainer.optim;

import io.tagwright.trainer.nn.Scalars;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.nn.utils.clip_grad_norm_} (what accelerate's {@code clip_grad_norm_} calls): the L2
 * norm of the per-parameter L2 norms, then every gradient times min(1, max_norm / (norm + 1e-6)),
 * all in float32. Parameters without a gradient are left out, as PyTorch skips {@code grad is None}.
 */
public final class GradientClipping {

    private GradientClipping() {
    }

    /** The global L2 norm of the gradients (no clipping), or 0 when none has a gradient. */
    public static float totalNorm(List<Trainable> params) {
        NDArray total = totalNormArray(gradients(params));
        return total == null ? 0f : total.getFloat();
    }

    /** Clips in place and returns the norm before clipping. {@code maxNorm <= 0} only measures. */
    public static float clip(List<Trainable> params, double maxNorm) {
        List<NDArray> grads = gradients(params);
        NDArray total = totalNormArray(grads);
        if (total == null) {
            return 0f;
        }
        if (maxNorm > 0) {
            NDArray coef = Scalars.of(total, maxNorm).div(Scalars.add(total, 1e-6));
            coef = coef.minimum(Scalars.of(coef, 1.0));
            for (NDArray g : grads) {
                g.muli(coef);
            }
        }
        return total.getFloat();
    }

    private static List<NDArray> gradients(List<Trainable> params) {
        List<NDArray> out = new ArrayList<>();
        for (Trainable p : params) {
            NDArray g = p.gradient();
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    private static NDArray totalNormArray(List<NDArray> grads) {
        if (grads.isEmpty()) {
            return null;
        }
        NDList norms = new NDList(grads.size());
        for (NDArray g : grads) {
            norms.add(g.norm());
        }
        return NDArrays.stack(norms).norm();
    }
}
