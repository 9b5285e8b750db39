package io.tagwright.trainer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.data.TrainingPlan;
import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.event.EventSink;
import io.tagwright.trainer.protocol.event.TrainerEvent;
import io.tagwright.trainer.run.ModelPreflight;
import io.tagwright.trainer.run.RunContext;
import io.tagwright.trainer.run.StopSignal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --resume} continues exactly: a run resumed from an epoch state or from the state a stop
 * request left mid-epoch ends with bit-identical LoRA tensors and the same step losses as the
 * uninterrupted run (fp32 on CPU with one libtorch thread, as the tests run).
 */
class ResumeTest {

    private static final String SETTINGS = """
            max_train_epochs = 2
            gradient_accumulation_steps = 2
            save_every_n_epochs = 1
            save_state = true
            lr_scheduler = "cosine"
            lr_warmup_steps = 2
            noise_offset = 0.05
            min_snr_gamma = 5
            flip_aug = true
            shuffle_caption = true
            """;

    record Run(TrainerEvent.Status status, List<TrainerEvent.Step> steps) {
        /** What must match between runs (not the timing). */
        List<String> facts(int from, int to) {
            return steps.subList(from, to).stream().map(s -> s.step() + " e" + s.epoch() + " loss " + s.loss() + " avg "
                    + s.averageLoss() + " lr " + new TreeMap<>(s.learningRates())).toList();
        }
    }

    /** Runs the loop directly, with a stop request once step {@code stopAt} is reported (0: never). */
    static Run run(Path cfg, String outputDir, Path resume, long stopAt) throws Exception {
        RunConfig c = RunConfig.load(cfg);
        c.set("output_dir", outputDir);
        TrainingPlan plan = TrainingPlan.build(c);
        StopSignal stop = new StopSignal();
        List<TrainerEvent.Step> steps = new ArrayList<>();
        EventSink sink = new EventSink() {
            @Override
            public void emit(TrainerEvent e) {
                if (e instanceof TrainerEvent.Step s) {
                    steps.add(s);
                    if (s.step() == stopAt) {
                        stop.request("test");
                    }
                }
            }

            @Override
            public void close() {
            }
        };
        try (RunContext ctx = new RunContext(plan, 3, ModelPreflight.check(c), resume, sink, stop, List.of(), null, 1, 1)) {
            return new Run(new DjlTrainingLoop().run(ctx), steps);
        }
    }

    static Map<String, float[]> tensors(Path file) throws Exception {
        Map<String, float[]> out = new TreeMap<>();
        try (SafetensorsReader r = SafetensorsReader.open(file)) {
            for (String n : r.names()) {
                out.put(n, r.readFloats(n));
            }
        }
        return out;
    }

    static void assertSameTensors(Path expected, Path actual) throws Exception {
        Map<String, float[]> a = tensors(expected);
        Map<String, float[]> b = tensors(actual);
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) {
            assertArrayEquals(a.get(k), b.get(k), 0f, k);
        }
    }

    @Test
    void resumingFromAnEpochStateOrAStopEqualsTheUninterruptedRun(@TempDir Path dir) throws Exception {
        Path cfg = TinyRun.setup(dir, 3, 2, SETTINGS);
        Run full = run(cfg, "full", null, 0);
        assertEquals(TrainerEvent.Status.COMPLETED, full.status());
        assertEquals(6, full.steps().size());
        Path epochState = dir.resolve("full/ohwx-000001-state");
        assertTrue(Files.isRegularFile(epochState.resolve("train_state.json")));
        assertTrue(Files.isDirectory(dir.resolve("full/ohwx-state")));

        Run resumed = run(cfg, "resumed", epochState, 0);
        assertEquals(TrainerEvent.Status.COMPLETED, resumed.status());
        assertEquals(full.facts(3, 6), resumed.facts(0, 3));
        assertSameTensors(dir.resolve("full/ohwx.safetensors"), dir.resolve("resumed/ohwx.safetensors"));

        Run stopped = run(cfg, "stopped", null, 2);
        assertEquals(TrainerEvent.Status.STOPPED, stopped.status());
        assertEquals(full.facts(0, 2), stopped.facts(0, 2));
        Path stepState = dir.resolve("stopped/ohwx-step00000002-state");
        assertTrue(Files.isRegularFile(dir.resolve("stopped/ohwx.safetensors")), "the stopped run saved its weights");
        Run continued = run(cfg, "stopped", stepState, 0);
        assertEquals(TrainerEvent.Status.COMPLETED, continued.status());
        assertEquals(full.facts(2, 6), continued.facts(0, 4));
        assertSameTensors(dir.resolve("full/ohwx.safetensors"), dir.resolve("stopped/ohwx.safetensors"));
    }
}
