package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;

/** {@code torch.nn.Conv2d} with a square kernel: weight [out, in, k, k], bias [out]. */
public final class Conv2d implements AdaptableLayer {

    private final Prefix prefix;
    private final int in;
    private final int out;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final Parameter weight;
    private final Parameter bias;
    private LayerAdapter adapter;

    public Conv2d(Prefix prefix, int in, int out, int kernel, int stride, int padding) {
        this.prefix = prefix;
        this.in = in;
        this.out = out;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.weight = prefix.parameter("weight", out, in, kernel, kernel);
        this.bias = prefix.parameter("bias", out);
        prefix.context().registerLayer(this);
    }

    public NDArray forward(NDArray x) {
        NDArray y = prefix.ops().conv2d(x, weight.get(), bias.get(), stride, padding);
        return adapter == null ? y : adapter.adapt(x, y);
    }

    @Override
    public String path() {
        return prefix.path();
    }

    @Override
    public int inFeatures() {
        return in;
    }

    @Override
    public int outFeatures() {
        return out;
    }

    @Override
    public int kernel() {
        return kernel;
    }

    @Override
    public int stride() {
        return stride;
    }

    @Override
    public int padding() {
        return padding;
    }

    @Override
    public NDArray weight() {
        return weight.get();
    }

    @Override
    public void setAdapter(LayerAdapter adapter) {
        this.adapter = adapter;
    }

    @Override
    public LayerAdapter adapter() {
        return adapter;
    }
}
