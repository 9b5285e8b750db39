package io.tagwright.launching.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.launching.session.TrainingSession;
import io.tagwright.launching.session.TrainingSession.Recommendation;
import io.tagwright.trainer.protocol.event.RunPlan;
import io.tagwright.trainer.protocol.event.TrainerEvent;

class TrainingSessionTest {

    @TempDir
    Path dir;

    private static final RunPlan PLAN = new RunPlan(List.of(new RunPlan.Subset("img/10_x", "x", 10, 4, false)),
            List.of(new RunPlan.Bucket(768, 768, 4, 40)), 1, 1, 3, 40, 120, 1000, List.of());

    @Test
    void recommendsTheLowestEpochLossWithoutValidationAndSaysSo() throws Exception {
        TrainingSession s = TrainingSession.recording(dir.resolve("run"), "cfg");
        s.accept(new TrainerEvent.RunStarted("r1", PLAN));
        s.accept(step(1, 1, 0.20));
        for (int epoch = 1; epoch <= 3; epoch++) {
            s.accept(new TrainerEvent.EpochEnd(epoch, new double[] { 0.15, 0.09, 0.11 }[epoch - 1], null));
            s.accept(new TrainerEvent.CheckpointSaved("/out/x-00000" + epoch + ".safetensors", epoch, 1000 + epoch));
        }
        Recommendation r = s.recommendation();
        assertEquals(2, r.epoch());
        assertEquals(Recommendation.Basis.EPOCH_LOSS, r.basis());
        assertEquals("<lora:x-000002:0.8>", TrainingSession.a1111Snippet(r.file(), 0.8));
        s.accept(new TrainerEvent.Finished(TrainerEvent.Status.COMPLETED, List.of("/out/x.safetensors")));
        assertEquals(TrainingSession.State.COMPLETED, s.state());

        TrainingSession again = TrainingSession.load(dir.resolve("run"), "cfg");
        assertEquals(s.epochs(), again.epochs());
        assertEquals(s.steps(), again.steps());
        assertEquals(TrainingSession.State.COMPLETED, again.state());
        assertEquals(PLAN, again.plan());
    }

    @Test
    void validationLossWinsWhenThereIsOne() throws Exception {
        TrainingSession s = new TrainingSession(dir, "cfg");
        s.accept(new TrainerEvent.EpochEnd(1, 0.10, 0.30));
        s.accept(new TrainerEvent.CheckpointSaved("/o/a-000001.safetensors", 1, 1));
        s.accept(new TrainerEvent.EpochEnd(2, 0.05, 0.35));
        s.accept(new TrainerEvent.CheckpointSaved("/o/a-000002.safetensors", 2, 1));
        s.accept(new TrainerEvent.EpochEnd(3, 0.01, 0.40));
        assertEquals(1, s.recommendation().epoch(), "lowest validation loss, not lowest training loss");
        assertEquals(Recommendation.Basis.VALIDATION_LOSS, s.recommendation().basis());
    }

    @Test
    void noRecommendationWithoutSavedFiles() {
        TrainingSession s = new TrainingSession(dir, "cfg");
        s.accept(new TrainerEvent.EpochEnd(1, 0.10, null));
        assertNull(s.recommendation());
    }

    @Test
    void aHistoryCutShortByACrashStillLoads() throws Exception {
        TrainingSession s = TrainingSession.recording(dir.resolve("run"), "cfg");
        s.accept(new TrainerEvent.RunStarted("r1", PLAN));
        s.accept(step(1, 1, 0.5));
        Files.writeString(dir.resolve("run").resolve(TrainingSession.EVENTS_FILE), "{\"v\":1,\"type\":\"st",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        TrainingSession again = TrainingSession.load(dir.resolve("run"), "cfg");
        assertEquals(1, again.steps().size());
        assertEquals(TrainingSession.State.FAILED, again.state(), "no final event: the run did not finish");
        assertTrue(again.failure().message().contains("without a final event"));
    }

    @Test
    void aProcessThatDiesEarlyFailsTheRun() {
        TrainingSession s = new TrainingSession(dir, "cfg");
        s.accept(new TrainerEvent.RunStarted("r1", PLAN));
        s.processEnded(6);
        assertEquals(TrainingSession.State.FAILED, s.state());
        assertTrue(s.failure().message().contains("code 6"));
    }

    private static TrainerEvent.Step step(long step, int epoch, double loss) {
        return new TrainerEvent.Step(step, 120, epoch, loss, loss, Map.of("unet", 1e-4, "textencoder", 1e-4), 1.5, 80);
    }
}
