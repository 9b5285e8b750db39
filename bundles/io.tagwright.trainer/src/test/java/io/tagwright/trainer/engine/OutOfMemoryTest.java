package io.tagwright.trainer.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.EngineException;

import org.junit.jupiter.api.Test;

/** The allocator failures that become ErrorKind.OUT_OF_MEMORY (exit code 6), also when wrapped. */
class OutOfMemoryTest {

    @Test
    void libtorchAndJavaAllocationFailuresAreRecognised() {
        assertTrue(DjlTrainingLoop.isOutOfMemory(new EngineException("CUDA out of memory. Tried to allocate 2.00 GiB")));
        assertTrue(DjlTrainingLoop.isOutOfMemory(new IllegalStateException("batch failed", new EngineException(
                "[enforce fail at alloc_cpu.cpp:114] data. DefaultCPUAllocator: not enough memory: you tried to allocate "
                        + "1073741824 bytes."))));
        assertTrue(DjlTrainingLoop.isOutOfMemory(new IllegalStateException(new OutOfMemoryError("Java heap space"))));
        assertFalse(DjlTrainingLoop.isOutOfMemory(new EngineException("shape mismatch")));
    }
}
