package io.tagwright.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import io.tagwright.trainer.testutil.Parity;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fused (TorchScript) ops and the composed DJL ops agree, forward and backward. */
class OpsBackendTest {

    static NDManager manager;
    static Ops fused;
    static Ops composed;

    @BeforeAll
    static void setUp() {
        manager = NDManager.newBaseManager();
        Engine.getEngine("PyTorch").setRandomSeed(7);
        fused = OpsBackend.FUSED.create(manager);
        composed = OpsBackend.COMPOSED.create(manager);
    }

    @AfterAll
    static void tearDown() {
        ((FusedOps) fused).script().close();
        manager.close();
    }

    /** A TorchScript module that does not compile (or load) gives composed ops instead of an error. */
    @Test
    void fallsBackToComposedWhenTheArchiveFails() {
        Ops ops = OpsBackend.fusedOrComposed(manager, "class Broken(Module):\n  def forward(self, x: Tensor) -> Tensor:\n"
                + "    return torch.no_such_op(x)\n");
        assertInstanceOf(ComposedOps.class, ops);
        assertEquals("composed", ops.name());
    }

    @Test
    void fusedLoadsFromTheGeneratedArchive() {
        assertInstanceOf(FusedOps.class, fused);
        assertEquals("fused", fused.name());
        assertEquals("composed", composed.name());
    }


    @Test
    void attentionGroupNormSiluAgree() {
        NDArray q = manager.randomNormal(new Shape(2, 4, 64, 16));
        NDArray k = manager.randomNormal(new Shape(2, 4, 77, 16));
        NDArray v = manager.randomNormal(new Shape(2, 4, 77, 16));
        agreeWithGradientOn("sdpa (q)", q, (ops, x) -> ops.attention(x, k, v, false));
        agreeWithGradientOn("sdpa (k)", k, (ops, x) -> ops.attention(q, x, v, false));
        NDArray s = manager.randomNormal(new Shape(2, 4, 77, 8));
        agreeWithGradientOn("sdpa causal", s, (ops, x) -> ops.attention(x, x.mul(0.5f), x, true));
        NDArray img = manager.randomNormal(1f, 2f, new Shape(2, 32, 8, 8), DataType.FLOAT32);
        NDArray gamma = manager.randomNormal(1f, 0.2f, new Shape(32), DataType.FLOAT32);
        NDArray beta = manager.randomNormal(0f, 0.2f, new Shape(32), DataType.FLOAT32);
        agreeWithGradientOn("group_norm", img, (ops, x) -> ops.groupNorm(x, 8, gamma, beta, 1e-6));
        agreeWithGradientOn("silu", img, (ops, x) -> ops.silu(x));
    }

    private interface Op {
        NDArray apply(Ops ops, NDArray x);
    }

    private static void agreeWithGradientOn(String name, NDArray input, Op op) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            Ops[] both = {fused, composed};
            float[][] outs = new float[2][];
            float[][] grads = new float[2][];
            for (int i = 0; i < 2; i++) {
                NDArray x = input.duplicate();
                x.setRequiresGradient(true);
                try (GradientCollector gc = Engine.getEngine("PyTorch").newGradientCollector()) {
                    NDArray y = op.apply(both[i], x);
                    NDArray w = manager.arange(0, (int) y.size(), 1, DataType.FLOAT32).reshape(y.getShape())
                            .mul(0.01f).sin();
                    gc.backward(y.mul(w).sum());
                    outs[i] = y.toFloatArray();
                }
                grads[i] = x.getGradient().toFloatArray();
                assertTrue(Math.abs(grads[i][0]) + Math.abs(grads[i][grads[i].length - 1]) > 0, name + " has a grad");
            }
            Parity.check("ops", name + " forward", outs[0], outs[1], 1e-5);
            Parity.check("ops", name + " grad", grads[0], grads[1], 1e-5);
        }
    }

    /** Differentiable bf16/f16 casts: values round like PyTorch, gradients flow back to the fp32 leaf. */
    @Test
    void halfPrecisionCastsAreDifferentiable() {
        TorchScriptOps ts = ((FusedOps) fused).script();
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray master = manager.create(new float[] {1.00390625f, 1.01171875f, -3.3f, 0.1f});
            master.setRequiresGradient(true);
            float[] back;
            try (GradientCollector gc = Engine.getEngine("PyTorch").newGradientCollector()) {
                NDArray b = ts.toBFloat16(master);
                // DJL 0.36 has no bfloat16 mapping in its PyTorch JNI: it reports the dtype as unknown
                assertTrue(b.getDataType() != DataType.FLOAT32, "cast changed the dtype");
                NDArray f = ts.toFloat32(b.mul(ts.toBFloat16(manager.create(new float[] {2f, 2f, 2f, 2f}))));
                back = f.toFloatArray();
                gc.backward(f.sum());
            }
            assertEquals(2f, back[0]);
            assertEquals(2f * 1.015625f, back[1]);
            float[] g = master.getGradient().toFloatArray();
            assertEquals(2f, g[2]);
            NDArray h = ts.toFloat32(ts.toFloat16(manager.create(new float[] {0.1f})));
            assertEquals(io.tagwright.trainer.io.HalfFloats.fromF16(io.tagwright.trainer.io.HalfFloats.toF16(0.1f)),
                    h.getFloat(0));
            JniUtils.zeroGrad((PtNDArray) master);
        }
    }
}
