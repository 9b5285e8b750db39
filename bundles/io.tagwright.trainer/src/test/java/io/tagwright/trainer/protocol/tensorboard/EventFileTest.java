package io.tagwright.trainer.protocol.tensorboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventFileTest {

    @Test
    void crc32cAndMaskMatchKnownValues() {
        CRC32C c = new CRC32C();
        c.update("123456789".getBytes(StandardCharsets.US_ASCII));
        assertEquals(0xE3069283L, c.getValue()); // the CRC-32C check value
        // every TensorBoard event file starts with these 12 bytes: length 24 and its masked CRC
        byte[] header = HexFormat.of().parseHex("1800000000000000a37f4b22");
        assertArrayEquals(header, java.util.Arrays.copyOf(TfRecord.frame(new byte[24]), 12));
    }

    @Test
    void fileVersionRecordIsByteExact(@TempDir Path dir) throws IOException {
        try (EventFileWriter w = EventFileWriter.create(dir, 1700000000.0, "box", 4242)) {
            assertEquals("events.out.tfevents.1700000000.box.4242.0", w.file().getFileName().toString());
        }
        byte[] bytes = Files.readAllBytes(dir.resolve("events.out.tfevents.1700000000.box.4242.0"));
        // hand-assembled: field 1 (fixed64 wall_time = 1.7e9), field 3 (string "brain.Event:2")
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(0x09);
        data.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(1700000000.0).array());
        data.write(0x1A);
        data.write(13);
        data.writeBytes("brain.Event:2".getBytes(StandardCharsets.US_ASCII));
        byte[] d = data.toByteArray();
        assertEquals(24, d.length);
        assertEquals(40, bytes.length);
        assertArrayEquals(HexFormat.of().parseHex("1800000000000000a37f4b22"), java.util.Arrays.copyOf(bytes, 12));
        assertArrayEquals(d, java.util.Arrays.copyOfRange(bytes, 12, 36));
        CRC32C crc = new CRC32C();
        crc.update(d);
        int c = (int) crc.getValue();
        int masked = ((c >>> 15) | (c << 17)) + 0xa282ead8;
        assertEquals(masked, ByteBuffer.wrap(bytes, 36, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    @Test
    void scalarsRoundTripWithKohyaTags(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("logs/ohwx20240101120000/network_train");
        try (EventFileWriter w = EventFileWriter.create(run, 1700000000.0, "h", 1)) {
            for (int step = 1; step <= 5; step++) {
                w.addScalar(KohyaTags.LOSS_CURRENT, 0.1 * step, step, 1700000000.0 + step);
                w.addScalar(KohyaTags.LOSS_AVERAGE, 0.05 * step, step, 1700000000.0 + step);
                w.addScalar(KohyaTags.LR_UNET, 1e-4, step, 1700000000.0 + step);
                w.addScalar(KohyaTags.LR_TEXT_ENCODER, 5e-5, step, 1700000000.0 + step);
            }
            w.addScalar(KohyaTags.LOSS_EPOCH, 0.123, 1, 1700000010.0);
        }
        Map<String, List<ScalarPoint>> tags = EventFileReader.readTree(dir.resolve("logs"));
        assertEquals(List.of("loss/current", "loss/average", "lr/unet", "lr/textencoder", "loss/epoch"), List.copyOf(tags.keySet()));
        List<ScalarPoint> loss = tags.get("loss/current");
        assertEquals(5, loss.size());
        assertEquals(3, loss.get(2).step());
        assertEquals((float) 0.3, (float) loss.get(2).value());
        assertEquals(1700000003.0, loss.get(2).wallTime());
        assertEquals((float) 1e-4, (float) tags.get("lr/unet").get(0).value());
        assertTrue(KohyaTags.isEpochLoss("loss/epoch") && KohyaTags.isEpochLoss("loss/epoch_average"));
        assertTrue(KohyaTags.isValidationLoss("loss/validation/epoch_average"));
    }

    @Test
    void readsTensorEncodedScalarsAndEpochAverageTags(@TempDir Path dir) throws IOException {
        // A TF2-style event written by hand: Value{tag, tensor{dtype DT_FLOAT, tensor_shape{}, float_val}, metadata}
        byte[] tensorFloatVal = concat(new byte[] {0x08, 0x01, 0x12, 0x00, 0x2A, 0x04}, le32(Float.floatToIntBits(0.25f)));
        byte[] tensorContent = concat(new byte[] {0x08, 0x02, 0x12, 0x00, 0x22, 0x08}, le64(Double.doubleToLongBits(0.125)));
        byte[] metadata = concat(new byte[] {0x0A, 0x09, 0x0A, 0x07}, "scalars".getBytes(StandardCharsets.US_ASCII));
        byte[] ev1 = event(7, value("loss/epoch_average", tensorFloatVal, metadata));
        byte[] ev2 = event(8, value("loss/validation/epoch_average", tensorContent, metadata));
        Path f = dir.resolve("events.out.tfevents.1.x");
        Files.write(f, concat(TfRecord.frame(ev1), TfRecord.frame(ev2)));
        List<ScalarPoint> s = EventFileReader.read(f).scalars();
        assertEquals(2, s.size());
        assertEquals(new ScalarPoint("loss/epoch_average", 7, 1.5, 0.25), s.get(0));
        assertEquals(new ScalarPoint("loss/validation/epoch_average", 8, 1.5, 0.125), s.get(1));
    }

    @Test
    void truncatedTailIsToleratedCorruptionIsNot(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("r");
        Path file;
        try (EventFileWriter w = EventFileWriter.create(run, 1.0, "h", 1)) {
            w.addScalar("loss/current", 1.0, 1, 2.0);
            w.addScalar("loss/current", 2.0, 2, 3.0);
            file = w.file();
        }
        byte[] all = Files.readAllBytes(file);
        EventFileReader.Result cut = EventFileReader.read(java.util.Arrays.copyOf(all, all.length - 5), "cut");
        assertTrue(cut.truncated());
        assertEquals(1, cut.scalars().size());
        assertFalse(EventFileReader.read(all, "full").truncated());
        byte[] bad = all.clone();
        bad[all.length - 10] ^= 1;
        IOException e = assertThrows(IOException.class, () -> EventFileReader.read(bad, "bad.tfevents"));
        assertTrue(e.getMessage().contains("bad.tfevents") && e.getMessage().contains("CRC"), e.getMessage());
    }

    private static byte[] value(String tag, byte[] tensor, byte[] metadata) {
        byte[] t = tag.getBytes(StandardCharsets.UTF_8);
        return concat(new byte[] {0x0A, (byte) t.length}, t, new byte[] {0x42, (byte) tensor.length}, tensor,
                new byte[] {0x4A, (byte) metadata.length}, metadata);
    }

    private static byte[] event(int step, byte[] value) {
        byte[] summary = concat(new byte[] {0x0A, (byte) value.length}, value);
        return concat(new byte[] {0x09}, le64(Double.doubleToLongBits(1.5)), new byte[] {0x10, (byte) step, 0x2A,
                (byte) summary.length}, summary);
    }

    private static byte[] le32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    private static byte[] le64(long v) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }
}
