package io.tagwright.trainer.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.tagwright.trainer.io.DType;
import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.io.TensorInfo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Moves tensors between safetensors files and DJL. Floating tensors of any width become float32
 * (F16/BF16 widen exactly), integer tensors int64.
 *
 * <p>DJL's PyTorch engine wraps a direct buffer without copying; values are therefore staged in a
 * scratch buffer and cloned into memory libtorch owns, so one scratch buffer serves a whole checkpoint
 * and no mapping of the file outlives the reader.
 */
public final class Tensors {

    private ByteBuffer scratch;

    /** A float32 (or int64) array in {@code manager}, owned by libtorch. */
    public NDArray read(NDManager manager, SafetensorsReader reader, String name) throws IOException {
        TensorInfo info = reader.info(name);
        Shape shape = new Shape(info.shape());
        if (!info.dtype().isFloating()) {
            long[] v = reader.readLongs(name);
            return owned(manager.create(v, shape));
        }
        int bytes = Math.toIntExact(info.numel() * 4);
        ByteBuffer buf = scratch(bytes);
        reader.readAsFloat32(name, buf);
        buf.flip();
        NDArray view = manager.create(buf, shape, DataType.FLOAT32);
        NDArray owned = view.duplicate();
        view.close();
        return owned;
    }

    private ByteBuffer scratch(int bytes) {
        if (scratch == null || scratch.capacity() < bytes) {
            scratch = ByteBuffer.allocateDirect(Math.max(bytes, 1 << 16)).order(ByteOrder.nativeOrder());
        }
        scratch.clear();
        scratch.limit(bytes);
        return scratch;
    }

    /**
     * A copy of {@code a} in memory libtorch owns; {@code a} is closed. DJL's {@code create(float[])}
     * and friends only point a tensor at a Java direct buffer: such a tensor must not be captured by
     * autograd or viewed after its handle is closed, so anything longer-lived goes through here.
     */
    public static NDArray owned(NDArray a) {
        NDArray copy = a.duplicate();
        a.close();
        return copy;
    }

    /** One tensor from a file, as a float32/int64 array in {@code manager}. */
    public static NDArray load(NDManager manager, SafetensorsReader reader, String name) throws IOException {
        return new Tensors().read(manager, reader, name);
    }

    /** A float32 array's values, widened to float for writing (any floating dtype is converted). */
    public static float[] floats(NDArray a) {
        NDArray f = a.getDataType() == DataType.FLOAT32 ? a : a.toType(DataType.FLOAT32, false);
        float[] out = f.toFloatArray();
        if (f != a) {
            f.close();
        }
        return out;
    }

    /** Maps a safetensors dtype to DJL's for the types DJL can hold. */
    public static DataType djlType(DType t) {
        return switch (t) {
            case F32 -> DataType.FLOAT32;
            case F16 -> DataType.FLOAT16;
            case F64 -> DataType.FLOAT64;
            case I64 -> DataType.INT64;
            case I32 -> DataType.INT32;
            case I8 -> DataType.INT8;
            case U8 -> DataType.UINT8;
            case BOOL -> DataType.BOOLEAN;
            default -> throw new IllegalArgumentException("no DJL type for " + t);
        };
    }
}
