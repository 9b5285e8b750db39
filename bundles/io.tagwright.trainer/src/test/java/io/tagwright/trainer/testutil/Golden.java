package io.tagwright.trainer.testutil;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.nn.Tensors;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One golden file, read lazily. */
public final class Golden implements AutoCloseable {

    private final SafetensorsReader reader;

    public Golden(String fileName) {
        try {
            this.reader = SafetensorsReader.open(Shared.golden(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SafetensorsReader reader() {
        return reader;
    }

    public NDArray array(NDManager m, String name) {
        try {
            return Tensors.load(m, reader, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float[] floats(String name) {
        try {
            return reader.readFloats(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long[] shape(String name) {
        try {
            return reader.info(name).shape();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean has(String name) {
        return reader.contains(name);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
