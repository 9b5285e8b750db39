package io.tagwright.trainer.testutil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Compares a computed tensor with a golden one: relative error ‖a−b‖/‖b‖ (computed in double) must
 * not exceed the tolerance; shapes must match exactly. Every comparison is appended to
 * {@code target/parity-report.tsv} (group, name, relative error, max abs error) for the report.
 */
public final class Parity {

    /** The tolerance of the brief: 1e-4 relative per tensor. */
    public static final double TOLERANCE = 1e-4;

    private Parity() {
    }

    public record Result(double relative, double maxAbs) {
    }

    public static Result compare(float[] actual, float[] expected) {
        if (actual.length != expected.length) {
            throw new AssertionError("length " + actual.length + " != " + expected.length);
        }
        double diff = 0;
        double norm = 0;
        double maxAbs = 0;
        for (int i = 0; i < actual.length; i++) {
            double d = (double) actual[i] - expected[i];
            diff += d * d;
            norm += (double) expected[i] * expected[i];
            maxAbs = Math.max(maxAbs, Math.abs(d));
            if (Double.isNaN(actual[i])) {
                maxAbs = Double.NaN;
            }
        }
        double rel = norm == 0 ? Math.sqrt(diff) : Math.sqrt(diff / norm);
        return new Result(rel, maxAbs);
    }

    public static Result check(String group, String name, NDArray actual, float[] expected, long[] expectedShape) {
        return check(group, name, actual, expected, expectedShape, TOLERANCE);
    }

    public static Result check(String group, String name, NDArray actual, float[] expected, long[] expectedShape,
            double tolerance) {
        assertArrayEquals(expectedShape, actual.getShape().getShape(), group + "/" + name + " shape");
        NDArray f = actual.getDataType() == DataType.FLOAT32 ? actual : actual.toType(DataType.FLOAT32, false);
        return check(group, name, f.toFloatArray(), expected, tolerance);
    }

    public static Result check(String group, String name, float[] actual, float[] expected, double tolerance) {
        Result r = compare(actual, expected);
        log(group, name, r);
        assertTrue(r.relative() <= tolerance && !Double.isNaN(r.maxAbs()),
                String.format(Locale.ROOT, "%s/%s: relative error %.3e (max abs %.3e) exceeds %.1e", group, name,
                        r.relative(), r.maxAbs(), tolerance));
        return r;
    }

    public static synchronized void log(String group, String name, Result r) {
        Path report = Path.of("target", "parity-report.tsv");
        String line = String.format(Locale.ROOT, "%s\t%s\t%.3e\t%.3e%n", group, name, r.relative(), r.maxAbs());
        try {
            Files.createDirectories(report.getParent());
            Files.writeString(report, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
