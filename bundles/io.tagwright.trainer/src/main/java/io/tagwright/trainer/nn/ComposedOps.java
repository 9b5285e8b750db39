package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.internal.NDArrayEx;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link Ops} from DJL's own operations. GroupNorm is a layer_norm over (N, G, C/G·H·W) followed by the
 * per-channel affine; attention is matmul → scale → (mask) → softmax → matmul; the causal mask is built
 * with {@code where} (multiplying a 0/1 mask by −inf would give NaN) and filled with float32's lowest
 * value, as transformers does.
 */
public class ComposedOps implements Ops {

    private final NDManager manager;
    private final Map<Long, NDArray> causalMasks = new HashMap<>();
    private final Map<Long, NDArray[]> unitAffine = new HashMap<>();

    public ComposedOps(NDManager manager) {
        this.manager = manager;
    }

    protected static NDArrayEx ex(NDArray a) {
        return a.getNDArrayInternal();
    }

    protected NDManager manager() {
        return manager;
    }

    @Override
    public String name() {
        return "composed";
    }

    @Override
    public NDArray linear(NDArray x, NDArray weight, NDArray bias) {
        return ex(x).linear(x, weight, bias).singletonOrThrow();
    }

    @Override
    public NDArray conv2d(NDArray x, NDArray weight, NDArray bias, int stride, int padding) {
        return ex(x).convolution(x, weight, bias, new Shape(stride, stride), new Shape(padding, padding),
                new Shape(1, 1), 1).singletonOrThrow();
    }

    @Override
    public NDArray groupNorm(NDArray x, int groups, NDArray weight, NDArray bias, double eps) {
        Shape s = x.getShape();
        long n = s.get(0);
        long c = s.get(1);
        NDArray g = x.reshape(n, groups, -1);
        long len = g.getShape().get(2);
        NDArray[] affine = unitAffine(len);
        NDArray normed = ex(g).layerNorm(g, new Shape(len), affine[0], affine[1], (float) eps).singletonOrThrow()
                .reshape(s);
        long[] bshape = new long[s.dimension()];
        java.util.Arrays.fill(bshape, 1);
        bshape[1] = c;
        return normed.mul(weight.reshape(bshape)).add(bias.reshape(bshape));
    }

    private synchronized NDArray[] unitAffine(long len) {
        return unitAffine.computeIfAbsent(len, l -> {
            NDArray ones = manager.ones(new Shape(l), DataType.FLOAT32);
            NDArray zeros = manager.zeros(new Shape(l), DataType.FLOAT32);
            detachFromScopes(ones, zeros);
            return new NDArray[] {ones, zeros};
        });
    }

    @Override
    public NDArray layerNorm(NDArray x, NDArray weight, NDArray bias, double eps) {
        long d = x.getShape().get(x.getShape().dimension() - 1);
        return ex(x).layerNorm(x, new Shape(d), weight, bias, (float) eps).singletonOrThrow();
    }

    @Override
    public NDArray silu(NDArray x) {
        return x.mul(ex(x).sigmoid());
    }

    @Override
    public NDArray gelu(NDArray x) {
        return ex(x).gelu();
    }

    @Override
    public NDArray quickGelu(NDArray x) {
        return x.mul(ex(Scalars.mul(x, 1.702)).sigmoid());
    }

    @Override
    public NDArray attention(NDArray q, NDArray k, NDArray v, boolean causal) {
        long d = q.getShape().get(q.getShape().dimension() - 1);
        NDArray scores = Scalars.mul(q.matMul(k.swapAxes(-1, -2)), 1.0 / Math.sqrt(d));
        if (causal) {
            scores = scores.add(causalMask(q.getShape().get(2)));
        }
        return scores.softmax(-1).matMul(v);
    }

    /** (L, L) additive mask: 0 on and below the diagonal, float32's lowest value above it. */
    protected synchronized NDArray causalMask(long len) {
        return causalMasks.computeIfAbsent(len, l -> {
            NDArray rows = manager.arange(0, (int) (long) l, 1, DataType.INT64).reshape(l, 1);
            NDArray cols = manager.arange(0, (int) (long) l, 1, DataType.INT64).reshape(1, l);
            NDArray above = cols.gt(rows);
            NDArray low = manager.full(new Shape(l, l), -Float.MAX_VALUE, DataType.FLOAT32);
            NDArray zero = manager.zeros(new Shape(l, l), DataType.FLOAT32);
            NDArray mask = NDArrays.where(above, low, zero);
            detachFromScopes(mask);
            rows.close();
            cols.close();
            above.close();
            low.close();
            zero.close();
            return mask;
        });
    }

    /** Cached helper arrays outlive the step scope that happened to create them. */
    protected static void detachFromScopes(NDArray... arrays) {
        ai.djl.ndarray.NDScope.unregister(arrays);
    }

    @Override
    public NDArray upsampleNearest(NDArray x, long h, long w) {
        return ex(x).interpolation(new long[] {h, w}, 0, false);
    }
}
