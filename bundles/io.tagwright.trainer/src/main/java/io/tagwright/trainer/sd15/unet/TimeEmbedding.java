package io.tagwright.trainer.sd15.unet;

import io.tagwright.trainer.nn.Scalars;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.tagwright.trainer.nn.Linear;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.nn.Prefix;

/**
 * Sinusoidal timestep projection ({@code get_timestep_embedding}) followed by the time_embedding MLP
 * (linear_1 → SiLU → linear_2).
 *
 * <p>The projection follows diffusers' float32 operation order exactly (exponent = −ln(10000)·i,
 * divided by half, exp, times t, then sin/cos): at t = 999 the sines are sensitive to the last bit of
 * the frequencies, and a different order costs accuracy visible in the goldens.
 */
public final class TimeEmbedding {

    private final Ops ops;
    private final int projDim;
    private final boolean flipSinToCos;
    private final int freqShift;
    private final Linear linear1;
    private final Linear linear2;

    TimeEmbedding(Prefix p, int projDim, int embedDim, boolean flipSinToCos, int freqShift) {
        this.ops = p.ops();
        this.projDim = projDim;
        this.flipSinToCos = flipSinToCos;
        this.freqShift = freqShift;
        this.linear1 = new Linear(p.child("linear_1"), projDim, embedDim, true);
        this.linear2 = new Linear(p.child("linear_2"), embedDim, embedDim, true);
    }

    /** The sinusoidal projection [B, projDim] of int64 or float timesteps [B]. */
    public NDArray project(NDArray timesteps) {
        NDManager m = timesteps.getManager();
        int half = projDim / 2;
        NDArray range = m.arange(0, half, 1, DataType.FLOAT32);
        NDArray exponent = Scalars.div(Scalars.mul(range, -Math.log(10000.0)), half - freqShift);
        NDArray freqs = exponent.exp();
        NDArray args = timesteps.toType(DataType.FLOAT32, false).expandDims(1).mul(freqs.expandDims(0));
        NDArray sin = args.sin();
        NDArray cos = args.cos();
        NDArray emb = flipSinToCos ? cos.concat(sin, 1) : sin.concat(cos, 1);
        if (projDim % 2 == 1) {
            emb = emb.pad(new ai.djl.ndarray.types.Shape(0, 1), 0);
        }
        return emb;
    }

    /** time_embedding(project(t)) [B, embedDim]. */
    public NDArray forward(NDArray timesteps) {
        return linear2.forward(ops.silu(linear1.forward(project(timesteps))));
    }
}
