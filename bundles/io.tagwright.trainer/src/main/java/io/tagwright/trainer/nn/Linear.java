package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;

/** {@code torch.nn.Linear}: weight [out, in], optional bias [out]. */
public final class Linear implements AdaptableLayer {

    private final Prefix prefix;
    private final int in;
    private final int out;
    private final Parameter weight;
    private final Parameter bias;
    private LayerAdapter adapter;

    public Linear(Prefix prefix, int in, int out, boolean bias) {
        this.prefix = prefix;
        this.in = in;
        this.out = out;
        this.weight = prefix.parameter("weight", out, in);
        this.bias = bias ? prefix.parameter("bias", out) : null;
        prefix.context().registerLayer(this);
    }

    public NDArray forward(NDArray x) {
        NDArray y = prefix.ops().linear(x, weight.get(), bias == null ? null : bias.get());
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
        return 0;
    }

    @Override
    public int stride() {
        return 1;
    }

    @Override
    public int padding() {
        return 0;
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
