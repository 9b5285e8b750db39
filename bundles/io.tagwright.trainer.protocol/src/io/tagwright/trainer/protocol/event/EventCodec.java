package io.tagwright.trainer.protocol.event;

import io.tagwright.trainer.protocol.event.TrainerEvent.CheckpointSaved;
import io.tagwright.trainer.protocol.event.TrainerEvent.EpochEnd;
import io.tagwright.trainer.protocol.event.TrainerEvent.Error;
import io.tagwright.trainer.protocol.event.TrainerEvent.ErrorKind;
import io.tagwright.trainer.protocol.event.TrainerEvent.Finished;
import io.tagwright.trainer.protocol.event.TrainerEvent.RunStarted;
import io.tagwright.trainer.protocol.event.TrainerEvent.SampleWritten;
import io.tagwright.trainer.protocol.event.TrainerEvent.Status;
import io.tagwright.trainer.protocol.event.TrainerEvent.Step;
import io.tagwright.trainer.protocol.event.TrainerEvent.Warning;
import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.protocol.json.JsonException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Encodes events and commands as one-line JSON objects {@code {"v":1,"type":"step",...}} and decodes
 * them. Decoding ignores unknown fields; an unknown {@code type} decodes to {@link Optional#empty()}
 * so that a reader skips records added by a newer trainer.
 */
public final class EventCodec {

    /** The protocol version written in every record's {@code v} field. */
    public static final int VERSION = 1;
    /**
     * Marks event lines on a stream shared with log output (the trainer's stdout). No logger or
     * progress bar writes it; everything after it up to the line end is one JSON object.
     */
    public static final String LINE_PREFIX = "@@tagwright-event@@ ";

    private static final Json.Limits LINE_LIMITS = new Json.Limits(1 << 20, 16);

    private EventCodec() {
    }

    public static String encode(TrainerEvent event) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", VERSION);
        switch (event) {
            case RunStarted e -> {
                m.put("type", "run_started");
                m.put("runId", e.runId());
                m.put("plan", planToMap(e.plan()));
            }
            case Step e -> {
                m.put("type", "step");
                m.put("step", e.step());
                m.put("totalSteps", e.totalSteps());
                m.put("epoch", e.epoch());
                m.put("loss", finite(e.loss()));
                m.put("averageLoss", finite(e.averageLoss()));
                Map<String, Object> lr = new LinkedHashMap<>();
                e.learningRates().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(x -> lr.put(x.getKey(), finite(x.getValue())));
                m.put("lr", lr);
                m.put("itPerSecond", finite(e.itPerSecond()));
                m.put("etaSeconds", finite(e.etaSeconds()));
            }
            case EpochEnd e -> {
                m.put("type", "epoch_end");
                m.put("epoch", e.epoch());
                m.put("epochLoss", finite(e.epochLoss()));
                if (e.validationLoss() != null) {
                    m.put("validationLoss", finite(e.validationLoss()));
                }
            }
            case CheckpointSaved e -> {
                m.put("type", "checkpoint_saved");
                m.put("path", e.path());
                m.put("epoch", e.epoch());
                m.put("size", e.sizeBytes());
            }
            case SampleWritten e -> {
                m.put("type", "sample_written");
                m.put("path", e.path());
                m.put("prompt", e.prompt());
                m.put("seed", e.seed());
                m.put("epoch", e.epoch());
                m.put("index", e.index());
            }
            case Warning e -> {
                m.put("type", "warning");
                m.put("message", e.message());
            }
            case Error e -> {
                m.put("type", "error");
                m.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
                m.put("message", e.message());
                if (e.detail() != null) {
                    m.put("detail", e.detail());
                }
            }
            case Finished e -> {
                m.put("type", "finished");
                m.put("status", e.status().name().toLowerCase(Locale.ROOT));
                m.put("outputs", e.outputs());
            }
        }
        return Json.write(m);
    }

    public static String encode(TrainerCommand command) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", VERSION);
        switch (command) {
            case TrainerCommand.Stop s -> m.put("type", "stop");
            case TrainerCommand.Unknown u -> m.put("type", u.type());
        }
        return Json.write(m);
    }

    /** Decodes one JSON record; empty for a record type this reader does not know. */
    public static Optional<TrainerEvent> decodeEvent(String json) {
        Map<String, Object> m = parse(json);
        String type = str(m, "type");
        try {
            return Optional.ofNullable(decodeEvent(type, m));
        } catch (ProtocolException e) {
            throw new ProtocolException("\"" + type + "\" record: " + e.getMessage(), e);
        }
    }

    private static TrainerEvent decodeEvent(String type, Map<String, Object> m) {
        return switch (type) {
            case "run_started" -> new RunStarted(str(m, "runId"), planFromMap(obj(m, "plan")));
            case "step" -> {
                Map<String, Double> lr = new LinkedHashMap<>();
                for (Map.Entry<String, Object> x : obj(m, "lr").entrySet()) {
                    lr.put(x.getKey(), toDouble(x.getValue(), "lr." + x.getKey()));
                }
                yield new Step(lng(m, "step"), lng(m, "totalSteps"), (int) lng(m, "epoch"), dbl(m, "loss"),
                        dbl(m, "averageLoss"), lr, dbl(m, "itPerSecond"), dbl(m, "etaSeconds"));
            }
            case "epoch_end" -> new EpochEnd((int) lng(m, "epoch"), dbl(m, "epochLoss"),
                    m.get("validationLoss") == null ? null : dbl(m, "validationLoss"));
            case "checkpoint_saved" -> new CheckpointSaved(str(m, "path"), (int) lng(m, "epoch"), lng(m, "size"));
            case "sample_written" -> new SampleWritten(str(m, "path"), str(m, "prompt"), lng(m, "seed"),
                    (int) lng(m, "epoch"), (int) lng(m, "index"));
            case "warning" -> new Warning(str(m, "message"));
            case "error" -> new Error(errorKind(str(m, "kind")), str(m, "message"),
                    m.get("detail") instanceof String d ? d : null);
            case "finished" -> {
                Status status;
                try {
                    status = Status.valueOf(str(m, "status").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException ex) {
                    throw new ProtocolException("unknown finished status \"" + str(m, "status") + "\"");
                }
                yield new Finished(status, strings(m, "outputs"));
            }
            default -> null;
        };
    }

    public static TrainerCommand decodeCommand(String json) {
        Map<String, Object> m = parse(json);
        String type = str(m, "type");
        return "stop".equals(type) ? new TrainerCommand.Stop() : new TrainerCommand.Unknown(type);
    }

    /** The prefixed stdout form of {@code event}: {@link #LINE_PREFIX} + JSON. */
    public static String toLine(TrainerEvent event) {
        return LINE_PREFIX + encode(event);
    }

    /**
     * Reads a line of a shared stream: empty when it is not an event line (a log line, a progress bar)
     * or an event of an unknown type; throws {@link ProtocolException} when it carries the prefix but
     * is not a valid record.
     */
    public static Optional<TrainerEvent> fromLine(String line) {
        int at = line.indexOf(LINE_PREFIX);
        if (at < 0) {
            return Optional.empty();
        }
        return decodeEvent(line.substring(at + LINE_PREFIX.length()).strip());
    }

    /** The plan alone as a JSON object (what {@code plan --json} prints). */
    public static String encodePlan(RunPlan plan) {
        return Json.write(planToMap(plan));
    }

    /** Reads what {@link #encodePlan} writes. */
    public static RunPlan decodePlan(String json) {
        try {
            return planFromMap(Json.parseObject(json, LINE_LIMITS));
        } catch (JsonException e) {
            throw new ProtocolException("not a JSON object: " + e.getMessage(), e);
        }
    }

    private static ErrorKind errorKind(String s) {
        try {
            return ErrorKind.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ErrorKind.OTHER;
        }
    }

    private static Map<String, Object> planToMap(RunPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> subsets = new ArrayList<>();
        for (RunPlan.Subset s : p.subsets()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("directory", s.directory());
            x.put("name", s.name());
            x.put("repeats", s.repeats());
            x.put("images", s.images());
            x.put("regularization", s.regularization());
            subsets.add(x);
        }
        m.put("subsets", subsets);
        List<Object> buckets = new ArrayList<>();
        for (RunPlan.Bucket b : p.buckets()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("width", b.width());
            x.put("height", b.height());
            x.put("images", b.images());
            x.put("imagesWithRepeats", b.imagesWithRepeats());
            buckets.add(x);
        }
        m.put("buckets", buckets);
        m.put("batchSize", p.batchSize());
        m.put("gradientAccumulationSteps", p.gradientAccumulationSteps());
        m.put("epochs", p.epochs());
        m.put("batchesPerEpoch", p.batchesPerEpoch());
        m.put("totalSteps", p.totalSteps());
        m.put("memoryEstimateBytes", p.memoryEstimateBytes());
        m.put("warnings", p.warnings());
        return m;
    }

    private static RunPlan planFromMap(Map<String, Object> m) {
        List<RunPlan.Subset> subsets = new ArrayList<>();
        for (Map<String, Object> x : objects(m, "subsets")) {
            subsets.add(new RunPlan.Subset(str(x, "directory"), str(x, "name"), (int) lng(x, "repeats"),
                    (int) lng(x, "images"), Boolean.TRUE.equals(x.get("regularization"))));
        }
        List<RunPlan.Bucket> buckets = new ArrayList<>();
        for (Map<String, Object> x : objects(m, "buckets")) {
            buckets.add(new RunPlan.Bucket((int) lng(x, "width"), (int) lng(x, "height"), (int) lng(x, "images"),
                    lng(x, "imagesWithRepeats")));
        }
        return new RunPlan(subsets, buckets, (int) lng(m, "batchSize"), (int) lng(m, "gradientAccumulationSteps"),
                (int) lng(m, "epochs"), lng(m, "batchesPerEpoch"), lng(m, "totalSteps"),
                m.get("memoryEstimateBytes") == null ? -1 : lng(m, "memoryEstimateBytes"),
                m.get("warnings") == null ? List.of() : strings(m, "warnings"));
    }

    private static Map<String, Object> parse(String json) {
        Map<String, Object> m;
        try {
            m = Json.parseObject(json, LINE_LIMITS);
        } catch (JsonException e) {
            throw new ProtocolException("not a JSON object: " + e.getMessage(), e);
        }
        if (!(m.get("v") instanceof Long v) || v < 1) {
            throw new ProtocolException("record without a protocol version field \"v\"");
        }
        return m;
    }

    private static double finite(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("events carry finite numbers only, not " + d);
        }
        return d;
    }

    private static Object need(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new ProtocolException("field \"" + key + "\" is missing");
        }
        return v;
    }

    private static String str(Map<String, Object> m, String key) {
        if (need(m, key) instanceof String s) {
            return s;
        }
        throw new ProtocolException("field \"" + key + "\" is not a string");
    }

    private static long lng(Map<String, Object> m, String key) {
        if (need(m, key) instanceof Long l) {
            return l;
        }
        throw new ProtocolException("field \"" + key + "\" is not an integer");
    }

    private static double dbl(Map<String, Object> m, String key) {
        return toDouble(need(m, key), key);
    }

    private static double toDouble(Object v, String key) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new ProtocolException("field \"" + key + "\" is not a number");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Map<String, Object> m, String key) {
        if (need(m, key) instanceof Map<?, ?> x) {
            return (Map<String, Object>) x;
        }
        throw new ProtocolException("field \"" + key + "\" is not an object");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Map<String, Object> m, String key) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (!(need(m, key) instanceof List<?> list)) {
            throw new ProtocolException("field \"" + key + "\" is not an array");
        }
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> x)) {
                throw new ProtocolException("field \"" + key + "\" holds a non-object");
            }
            out.add((Map<String, Object>) x);
        }
        return out;
    }

    private static List<String> strings(Map<String, Object> m, String key) {
        if (!(need(m, key) instanceof List<?> list)) {
            throw new ProtocolException("field \"" + key + "\" is not an array");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof String s)) {
                throw new ProtocolException("field \"" + key + "\" holds a non-string");
            }
            out.add(s);
        }
        return out;
    }
}
