package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;

/** A Linear or Conv2d that can carry a {@link LayerAdapter}. */
public interface AdaptableLayer {

    String path();

    int inFeatures();

    int outFeatures();

    /** 0 for Linear. */
    int kernel();

    int stride();

    int padding();

    /** The frozen base weight. */
    NDArray weight();

    /** Installs (or, with null, removes) the adapter. */
    void setAdapter(LayerAdapter adapter);

    LayerAdapter adapter();
}
