package io.tagwright.trainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.NetworkProbe;
import io.tagwright.trainer.io.SafetensorsReader;
import io.tagwright.trainer.protocol.event.EventCodec;
import io.tagwright.trainer.protocol.event.TrainerEvent;
import io.tagwright.trainer.protocol.tensorboard.EventFileReader;
import io.tagwright.trainer.protocol.tensorboard.ScalarPoint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tagwright-train demo} in a fresh JVM, as a user runs it: generates its tiny model, trains it
 * through the engine found by ServiceLoader, and writes LoRA files, samples, states, an event log and
 * TensorBoard logs — without a single network connection attempt (the probe records them).
 */
class DemoRunTest {

    @Test
    void theDemoTrainsOfflineAndWritesEverything(@TempDir Path dir) throws Exception {
        Path demo = dir.resolve("demo");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                NetworkProbe.class.getName(), "demo", demo.toString()).redirectErrorStream(true);
        pb.environment().remove("OPT_OUT_TRACKING");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "demo finished");
        String text = new String(out, StandardCharsets.UTF_8);
        assertTrue(text.contains("DEMO EXIT 0"), text);
        assertTrue(text.contains("ATTEMPTS 0"), text);

        Path output = demo.resolve("output");
        for (String f : List.of("demo-000001.safetensors", "demo-000003.safetensors", "demo.safetensors",
                "demo-000002-state/train_state.json", "demo-state/model.safetensors")) {
            assertTrue(Files.exists(output.resolve(f)), f);
        }
        try (SafetensorsReader r = SafetensorsReader.open(output.resolve("demo.safetensors"))) {
            assertEquals(3 * (12 + 192), r.names().size(), "TE (12) and UNet (192) modules, 3 tensors each");
            assertEquals("F16", r.info("lora_unet_mid_block_attentions_0_proj_in.lora_up.weight").dtype().headerName());
            assertEquals("48", r.metadata().get("ss_steps"));
        }
        List<TrainerEvent> events = new ArrayList<>();
        for (String line : Files.readAllLines(output.resolve("events.jsonl"))) {
            events.add(EventCodec.decodeEvent(line).orElseThrow());
        }
        assertTrue(events.get(0) instanceof TrainerEvent.RunStarted);
        assertEquals(48, events.stream().filter(e -> e instanceof TrainerEvent.Step).count());
        assertEquals(4, events.stream().filter(e -> e instanceof TrainerEvent.SampleWritten).count());
        assertEquals(TrainerEvent.Status.COMPLETED, ((TrainerEvent.Finished) events.get(events.size() - 1)).status());
        try (var s = Files.list(output.resolve("sample"))) {
            assertEquals(4, s.count());
        }
        Map<String, List<ScalarPoint>> tb = EventFileReader.readTree(demo.resolve("logs"));
        assertEquals(48, tb.get("loss/average").size());
        assertEquals(4, tb.get("loss/epoch").size());
    }
}
