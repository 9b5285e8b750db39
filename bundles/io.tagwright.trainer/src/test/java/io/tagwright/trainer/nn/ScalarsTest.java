package io.tagwright.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Constants in autograd graphs must be tensors libtorch owns. DJL's {@code x.mul(3f)} saves a tensor
 * that points into a Java direct buffer it frees right away; after a GC the backward pass reads
 * whatever reused that memory (this test's junk value shows up as the gradient).
 */
class ScalarsTest {

    private static void churnDirectMemory() throws InterruptedException {
        List<ByteBuffer> junk = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            System.gc();
            Thread.sleep(10);
            for (int i = 0; i < 2000; i++) {
                ByteBuffer b = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder());
                b.putFloat(0, 12345f);
                junk.add(b);
            }
        }
    }

    @Test
    void savedConstantsSurviveGarbageCollection() throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            for (int trial = 0; trial < 5; trial++) {
                NDArray x = m.ones(new Shape(4));
                x.setRequiresGradient(true);
                try (GradientCollector gc = Engine.getEngine("PyTorch").newGradientCollector()) {
                    NDArray y = Scalars.div(Scalars.add(Scalars.mul(x, 3.0), 1.0), 2.0);
                    churnDirectMemory();
                    gc.backward(y.sum());
                }
                assertEquals(1.5f, x.getGradient().getFloat(0), "d/dx (3x+1)/2");
            }
        }
    }

    private static final Pattern NUMBER_OVERLOAD = Pattern.compile(
            "\\.(mul|add|sub|div|pow|maximum|minimum)i?\\(\\s*(\\(float\\)|\\(double\\)|-?[0-9]|[A-Z_]+\\))");

    /** No main code that works with NDArrays calls DJL's Number-overload arithmetic (see the class comment for why). */
    @Test
    void mainCodeUsesOwnedScalars() throws IOException {
        Path main = Path.of("src/main/java");
        assertTrue(Files.isDirectory(main), "run from the module folder");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                if (lines.stream().noneMatch(l -> l.startsWith("import ai.djl."))) {
                    continue; // plain Java (e.g. list.add((float) x)) is not DJL arithmetic
                }
                for (int i = 0; i < lines.size(); i++) {
                    if (NUMBER_OVERLOAD.matcher(lines.get(i)).find()) {
                        offenders.add(main.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
