package io.tagwright.launching.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.launching.session.TensorBoardHistory;
import io.tagwright.launching.session.TrainingSession;
import io.tagwright.trainer.protocol.tensorboard.EventFileWriter;
import io.tagwright.trainer.protocol.tensorboard.KohyaTags;

class TensorBoardHistoryTest {

    @TempDir
    Path dir;

    @Test
    void aKohyaLogFolderBecomesASessionWithStepsAndEpochs() throws IOException {
        Path run = dir.resolve("last20261126120000/network_train");
        try (EventFileWriter w = EventFileWriter.create(run)) {
            for (int step = 1; step <= 6; step++) {
                w.addScalar(KohyaTags.LOSS_CURRENT, 0.2 - step * 0.01, step);
                w.addScalar(KohyaTags.LOSS_AVERAGE, 0.2 - step * 0.005, step);
                w.addScalar(KohyaTags.LR_UNET, 1e-4, step);
            }
            w.addScalar(KohyaTags.LOSS_EPOCH, 0.15, 1);
            w.addScalar(KohyaTags.LOSS_EPOCH, 0.12, 2);
        }
        TrainingSession s = TensorBoardHistory.read(dir);
        assertEquals(6, s.steps().size());
        assertEquals(0.19, s.steps().get(0).loss(), 1e-6);
        assertEquals(1e-4, s.steps().get(5).learningRates().get("unet"), 1e-9, "TensorBoard stores float32");
        assertEquals(2, s.epochs().size());
        assertEquals(0.12, s.epochs().get(1).loss(), 1e-6);
        assertEquals(TrainingSession.State.COMPLETED, s.state());
    }

    @Test
    void aFolderWithoutEventFilesIsAClearError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        IOException e = assertThrows(IOException.class, () -> TensorBoardHistory.read(dir.resolve("empty")));
        assertEquals(true, e.getMessage().contains("no TensorBoard scalars"));
    }
}
