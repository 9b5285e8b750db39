package io.tagwright.trainer.protocol.tensorboard;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the scalars of TensorBoard event files: {@code simple_value} summaries (PyTorch, sd-scripts)
 * and tensor-encoded scalars (TF2 style: {@code float_val}, {@code double_val} or
 * {@code tensor_content} of a DT_FLOAT/DT_DOUBLE tensor). Other summaries (images, histograms) are
 * skipped. A record cut short at the end of the file (a run still writing) ends reading quietly;
 * a CRC mismatch or a malformed record in the middle throws, naming the file and byte offset.
 */
public final class EventFileReader {

    /** The scalars of one file; {@code truncated} when its last record was incomplete. */
    public record Result(List<ScalarPoint> scalars, boolean truncated) {
    }

    private static final int DT_FLOAT = 1;
    private static final int DT_DOUBLE = 2;
    private static final long MAX_RECORD = 64L << 20;

    private EventFileReader() {
    }

    public static Result read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return read(all, file.toString());
    }

    public static Result read(byte[] all, String name) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        List<ScalarPoint> out = new ArrayList<>();
        while (b.hasRemaining()) {
            int start = b.position();
            if (b.remaining() < 12) {
                return new Result(out, true);
            }
            long len = b.getLong();
            int lenCrc = b.getInt();
            if (TfRecord.maskedCrc32c(all, start, 8) != lenCrc) {
                throw new IOException(name + ": corrupt TensorBoard record at byte " + start + " (length CRC mismatch)");
            }
            if (len < 0 || len > MAX_RECORD) {
                throw new IOException(name + ": record at byte " + start + " claims " + len + " bytes");
            }
            if (b.remaining() < len + 4) {
                return new Result(out, true);
            }
            byte[] data = new byte[(int) len];
            b.get(data);
            int dataCrc = b.getInt();
            if (TfRecord.maskedCrc32c(data, 0, data.length) != dataCrc) {
                throw new IOException(name + ": corrupt TensorBoard record at byte " + start + " (data CRC mismatch)");
            }
            try {
                readEvent(data, out);
            } catch (RuntimeException e) {
                throw new IOException(name + ": malformed event at byte " + start + ": " + e.getMessage(), e);
            }
        }
        return new Result(out, false);
    }

    /**
     * Every event file under {@code dir} (recursively, as kohya nests them in
     * {@code <prefix><timestamp>/network_train/}), scalars grouped by tag and ordered by step then time.
     */
    public static Map<String, List<ScalarPoint>> readTree(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getFileName().toString().contains("tfevents") && Files.isRegularFile(p)).sorted().toList();
        }
        Map<String, List<ScalarPoint>> byTag = new LinkedHashMap<>();
        for (Path f : files) {
            for (ScalarPoint p : read(f).scalars()) {
                byTag.computeIfAbsent(p.tag(), k -> new ArrayList<>()).add(p);
            }
        }
        for (List<ScalarPoint> l : byTag.values()) {
            l.sort(Comparator.comparingLong(ScalarPoint::step).thenComparingDouble(ScalarPoint::wallTime));
        }
        return byTag;
    }

    private static void readEvent(byte[] data, List<ScalarPoint> out) {
        Proto.Reader r = new Proto.Reader(data);
        double wall = 0;
        long step = 0;
        List<byte[]> summaries = new ArrayList<>();
        while (r.next()) {
            if (r.field == 1 && r.wire == Proto.FIXED64) {
                wall = r.fixed64AsDouble();
            } else if (r.field == 2 && r.wire == Proto.VARINT) {
                step = r.varint();
            } else if (r.field == 5 && r.wire == Proto.LEN) {
                summaries.add(r.bytes());
            } else {
                r.skip();
            }
        }
        for (byte[] s : summaries) {
            Proto.Reader sr = new Proto.Reader(s);
            while (sr.next()) {
                if (sr.field == 1 && sr.wire == Proto.LEN) {
                    readValue(sr.bytes(), step, wall, out);
                } else {
                    sr.skip();
                }
            }
        }
    }

    private static void readValue(byte[] data, long step, double wall, List<ScalarPoint> out) {
        Proto.Reader r = new Proto.Reader(data);
        String tag = null;
        Double value = null;
        byte[] tensor = null;
        while (r.next()) {
            if (r.field == 1 && r.wire == Proto.LEN) {
                tag = new String(r.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            } else if (r.field == 2 && r.wire == Proto.FIXED32) {
                value = (double) r.fixed32AsFloat();
            } else if (r.field == 8 && r.wire == Proto.LEN) {
                tensor = r.bytes();
            } else {
                r.skip();
            }
        }
        if (value == null && tensor != null) {
            value = scalarOfTensor(tensor);
        }
        if (tag != null && value != null) {
            out.add(new ScalarPoint(tag, step, wall, value));
        }
    }

    /** The value of a one-element float or double TensorProto, else null. */
    private static Double scalarOfTensor(byte[] data) {
        Proto.Reader r = new Proto.Reader(data);
        int dtype = 0;
        List<Double> values = new ArrayList<>();
        byte[] content = null;
        while (r.next()) {
            switch (r.field) {
                case 1 -> {
                    if (r.wire == Proto.VARINT) {
                        dtype = (int) r.varint();
                    } else {
                        r.skip();
                    }
                }
                case 4 -> {
                    if (r.wire == Proto.LEN) {
                        content = r.bytes();
                    } else {
                        r.skip();
                    }
                }
                case 5 -> {
                    if (r.wire == Proto.LEN) {
                        ByteBuffer p = ByteBuffer.wrap(r.bytes()).order(ByteOrder.LITTLE_ENDIAN);
                        while (p.remaining() >= 4) {
                            values.add((double) p.getFloat());
                        }
                    } else if (r.wire == Proto.FIXED32) {
                        values.add((double) r.fixed32AsFloat());
                    } else {
                        r.skip();
                    }
                }
                case 6 -> {
                    if (r.wire == Proto.LEN) {
                        ByteBuffer p = ByteBuffer.wrap(r.bytes()).order(ByteOrder.LITTLE_ENDIAN);
                        while (p.remaining() >= 8) {
                            values.add(p.getDouble());
                        }
                    } else if (r.wire == Proto.FIXED64) {
                        values.add(r.fixed64AsDouble());
                    } else {
                        r.skip();
                    }
                }
                default -> r.skip();
            }
        }
        if (values.size() == 1) {
            return values.get(0);
        }
        if (content != null) {
            ByteBuffer c = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
            if (dtype == DT_FLOAT && content.length == 4) {
                return (double) c.getFloat();
            }
            if (dtype == DT_DOUBLE && content.length == 8) {
                return c.getDouble();
            }
        }
        return null;
    }
}
