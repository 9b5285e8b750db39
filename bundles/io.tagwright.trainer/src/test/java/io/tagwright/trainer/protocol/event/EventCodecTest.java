package io.tagwright.trainer.protocol.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.protocol.event.TrainerEvent.ErrorKind;
import io.tagwright.trainer.protocol.event.TrainerEvent.Status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class EventCodecTest {

    static RunPlan plan() {
        return new RunPlan(
                List.of(new RunPlan.Subset("/d/img/10_ohwx woman", "10_ohwx woman", 10, 42, false),
                        new RunPlan.Subset("/d/reg/1_woman", "1_woman", 1, 100, true)),
                List.of(new RunPlan.Bucket(512, 512, 30, 300), new RunPlan.Bucket(448, 576, 12, 120)),
                1, 1, 8, 420, 3360, 6_500_000_000L, List.of("caption missing for a.png"));
    }

    static List<TrainerEvent> all() {
        return List.of(
                new TrainerEvent.RunStarted("r-1", plan()),
                new TrainerEvent.Step(12, 3360, 1, 0.1234, 0.11, Map.of("unet", 1e-4, "textencoder", 5e-5), 1.75, 1900.5),
                new TrainerEvent.EpochEnd(1, 0.105, null),
                new TrainerEvent.EpochEnd(2, 0.101, 0.099),
                new TrainerEvent.CheckpointSaved("/o/x-000001.safetensors", 1, 113_359_400L),
                new TrainerEvent.SampleWritten("/o/sample/x_e000001_00_20240101000000_42.png", "1girl, \"quoted\"\nline", 42, 1, 0),
                new TrainerEvent.Warning("caption file a.caption missing; using class tokens"),
                new TrainerEvent.Error(ErrorKind.PICKLE_REFUSED, "model.ckpt is a pickle file", "convert it to .safetensors"),
                new TrainerEvent.Error(ErrorKind.OUT_OF_MEMORY, "CUDA out of memory", null),
                new TrainerEvent.Finished(Status.COMPLETED, List.of("/o/x.safetensors")));
    }

    @Test
    void everyEventRoundTrips() {
        for (TrainerEvent e : all()) {
            String json = EventCodec.encode(e);
            assertTrue(json.startsWith("{\"v\":1,\"type\":\""), json);
            assertTrue(!json.contains("\n"), "one line: " + json);
            assertEquals(Optional.of(e), EventCodec.decodeEvent(json), json);
            assertEquals(Optional.of(e), EventCodec.fromLine(EventCodec.toLine(e)));
        }
    }

    @Test
    void unknownFieldsAndTypesAreIgnored() {
        String newer = "{\"v\":2,\"type\":\"warning\",\"message\":\"m\",\"severity\":3,\"extra\":{\"a\":[1,2]}}";
        assertEquals(Optional.of(new TrainerEvent.Warning("m")), EventCodec.decodeEvent(newer));
        assertEquals(Optional.empty(), EventCodec.decodeEvent("{\"v\":1,\"type\":\"gpu_stats\",\"util\":0.9}"));
        assertEquals(ErrorKind.OTHER, ((TrainerEvent.Error) EventCodec.decodeEvent(
                "{\"v\":1,\"type\":\"error\",\"kind\":\"disk_full\",\"message\":\"x\"}").orElseThrow()).kind());
    }

    @Test
    void malformedRecordsFailClearly() {
        assertTrue(assertThrows(ProtocolException.class, () -> EventCodec.decodeEvent("{\"type\":\"warning\"}"))
                .getMessage().contains("version"));
        assertTrue(assertThrows(ProtocolException.class, () -> EventCodec.decodeEvent("{\"v\":1,\"type\":\"step\"}"))
                .getMessage().contains("\"step\""));
        assertThrows(ProtocolException.class, () -> EventCodec.decodeEvent("not json"));
        assertThrows(IllegalArgumentException.class, () -> EventCodec.encode(
                new TrainerEvent.Step(1, 2, 1, Double.NaN, 0, Map.of(), 1, 1)));
    }

    @Test
    void logLinesAreNotEvents() {
        assertEquals(Optional.empty(), EventCodec.fromLine("INFO loading model {\"v\":1,\"type\":\"warning\"}"));
        assertEquals(Optional.empty(), EventCodec.fromLine("epoch 1/8  12/3360 [#####     ] loss 0.12"));
        // a progress bar without a newline before the event line is tolerated
        String line = "\r 12/3360 loss 0.1" + EventCodec.toLine(new TrainerEvent.Warning("w"));
        assertEquals(Optional.of(new TrainerEvent.Warning("w")), EventCodec.fromLine(line));
    }

    @Test
    void streamSinkWritesPrefixedLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (StreamEventSink sink = new StreamEventSink(new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            for (TrainerEvent e : all()) {
                sink.emit(e);
            }
        }
        List<TrainerEvent> back = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            EventCodec.fromLine(line).ifPresent(back::add);
        }
        assertEquals(all(), back);
    }

    @Test
    void commandsRoundTrip() {
        assertInstanceOf(TrainerCommand.Stop.class, EventCodec.decodeCommand(EventCodec.encode(new TrainerCommand.Stop())));
        assertEquals(new TrainerCommand.Unknown("pause"), EventCodec.decodeCommand("{\"v\":1,\"type\":\"pause\"}"));
        List<TrainerCommand> got = new ArrayList<>();
        SocketEventChannel.readCommandLines(new ByteArrayInputStream(
                "garbage\n{\"v\":1,\"type\":\"stop\"}\n{broken\n".getBytes(StandardCharsets.UTF_8)), got::add);
        assertEquals(List.of(new TrainerCommand.Stop()), got);
    }

    @Test
    void endpointsAcceptOnlyLoopback() {
        assertEquals(EventEndpoint.Kind.STDOUT, EventEndpoint.parse("stdout").kind());
        assertEquals(EventEndpoint.Kind.NONE, EventEndpoint.parse("none").kind());
        EventEndpoint tcp = EventEndpoint.parse("tcp://127.0.0.1:5123");
        assertEquals(5123, tcp.port());
        assertTrue(tcp.address().isLoopbackAddress());
        assertTrue(EventEndpoint.parse("tcp://localhost:1").address().isLoopbackAddress());
        assertTrue(EventEndpoint.parse("tcp://[::1]:80").address().isLoopbackAddress());
        for (String bad : List.of("tcp://10.0.0.1:5123", "tcp://example.org:80", "tcp://127.0.0.1", "tcp://127.0.0.1:0",
                "tcp://127.0.0.1:x", "udp://127.0.0.1:9", "file")) {
            assertThrows(IllegalArgumentException.class, () -> EventEndpoint.parse(bad), bad);
        }
    }

    @Test
    void socketChannelCarriesEventsAndCommands() throws Exception {
        BlockingQueue<TrainerCommand> commands = new ArrayBlockingQueue<>(4);
        try (LoopbackEventServer server = new LoopbackEventServer()) {
            EventEndpoint ep = EventEndpoint.parse(server.endpoint());
            try (SocketEventChannel ch = SocketEventChannel.connect(ep, 5000, commands::add)) {
                assertTrue(server.accept(5000));
                for (TrainerEvent e : all()) {
                    ch.emit(e);
                }
                for (TrainerEvent e : all()) {
                    assertEquals(e, server.next());
                }
                server.send(new TrainerCommand.Stop());
                assertInstanceOf(TrainerCommand.Stop.class, commands.poll(5, TimeUnit.SECONDS));
            }
            assertNull(server.next());
        }
    }

    @Test
    void lostIdeMeansStop() throws Exception {
        BlockingQueue<TrainerCommand> commands = new ArrayBlockingQueue<>(4);
        SocketEventChannel ch;
        try (LoopbackEventServer server = new LoopbackEventServer()) {
            ch = SocketEventChannel.connect(EventEndpoint.parse(server.endpoint()), 5000, commands::add);
            assertTrue(server.accept(5000));
        }
        assertInstanceOf(TrainerCommand.Stop.class, commands.poll(5, TimeUnit.SECONDS));
        for (int i = 0; i < 50 && !ch.isBroken(); i++) {
            ch.emit(new TrainerEvent.Warning("x".repeat(10000)));
        }
        assertTrue(ch.isBroken());
        ch.close();
    }
}
