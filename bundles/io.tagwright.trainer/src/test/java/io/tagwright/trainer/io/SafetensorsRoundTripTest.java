package io.tagwright.trainer.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.testutil.Shared;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void writesWhatItReads() throws IOException {
        float[] w = {1.5f, -2.25f, 3.0e-8f, 65504f, Float.MIN_NORMAL, 0.1f};
        SafetensorsWriter writer = new SafetensorsWriter()
                .putMetadata("zeta", "last")
                .putMetadata("alpha", "first \"quoted\" ü")
                .addFloats("w.f32", DType.F32, new long[] {2, 3}, w)
                .addFloats("w.f16", DType.F16, new long[] {2, 3}, w)
                .addFloats("w.bf16", DType.BF16, new long[] {6}, w)
                .addLongs("ids", new long[] {3}, new long[] {-1, 0, Long.MAX_VALUE})
                .addFloats("scalar", DType.F32, new long[] {}, new float[] {3f})
                .addDoubles("d", new long[] {1}, new double[] {Math.PI});
        Path p = dir.resolve("sub/out.safetensors");
        writer.write(p);
        try (Stream<Path> files = Files.list(p.getParent())) {
            assertEquals(List.of(p.getFileName()), files.map(Path::getFileName).toList(), "no temp files left");
        }
        try (SafetensorsReader r = SafetensorsReader.open(p)) {
            assertEquals(Map.of("alpha", "first \"quoted\" ü", "zeta", "last"), r.metadata());
            // 8-byte types first, then 4-, then 2-byte ones; names sorted within a size
            assertEquals(List.of("d", "ids", "scalar", "w.f32", "w.bf16", "w.f16"), new ArrayList<>(r.names()));
            assertArrayEquals(w, r.readFloats("w.f32"));
            assertArrayEquals(new long[] {2, 3}, r.info("w.f32").shape());
            assertArrayEquals(new long[] {}, r.info("scalar").shape());
            assertArrayEquals(new float[] {3f}, r.readFloats("scalar"));
            assertArrayEquals(new long[] {-1, 0, Long.MAX_VALUE}, r.readLongs("ids"));
            assertArrayEquals(new double[] {Math.PI}, r.readDoubles("d"));
            float[] half = r.readFloats("w.f16");
            float[] bf = r.readFloats("w.bf16");
            for (int i = 0; i < w.length; i++) {
                assertEquals(HalfFloats.fromF16(HalfFloats.toF16(w[i])), half[i]);
                assertEquals(HalfFloats.fromBF16(HalfFloats.toBF16(w[i])), bf[i]);
            }
        }
        byte[] raw = Files.readAllBytes(p);
        long headerLen = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
        assertEquals(0, headerLen % 8, "header padded to 8 bytes");
        String header = new String(raw, 8, (int) headerLen, StandardCharsets.UTF_8);
        assertTrue(header.startsWith("{\"__metadata__\":{\"alpha\""), header);
        assertTrue(header.endsWith("}") || header.endsWith(" "), header);
        assertArrayEquals(raw, writer.toBytes(), "toBytes is the file");
        // same content, different insertion order: same bytes
        SafetensorsWriter other = new SafetensorsWriter()
                .addDoubles("d", new long[] {1}, new double[] {Math.PI})
                .addFloats("scalar", DType.F32, new long[] {}, new float[] {3f})
                .addLongs("ids", new long[] {3}, new long[] {-1, 0, Long.MAX_VALUE})
                .addFloats("w.bf16", DType.BF16, new long[] {6}, w)
                .addFloats("w.f16", DType.F16, new long[] {2, 3}, w)
                .addFloats("w.f32", DType.F32, new long[] {2, 3}, w)
                .putMetadata(Map.of("zeta", "last", "alpha", "first \"quoted\" ü"));
        assertArrayEquals(raw, other.toBytes());
    }

    @Test
    void overwritesAtomically() throws IOException {
        Path p = dir.resolve("x.safetensors");
        Files.writeString(p, "old content");
        new SafetensorsWriter().addFloats("a", DType.F32, new long[] {1}, new float[] {7f}).write(p);
        try (SafetensorsReader r = SafetensorsReader.open(p)) {
            assertArrayEquals(new float[] {7f}, r.readFloats("a"));
        }
    }

    /** A tensor that starts beyond 2 GiB (sparse file, so no real disk use) reads correctly. */
    @Test
    void offsetsBeyondTwoGigabytes() throws IOException {
        long padBytes = (1L << 31) + 24;
        String header = "{\"pad\":{\"dtype\":\"U8\",\"shape\":[" + padBytes + "],\"data_offsets\":[0," + padBytes
                + "]},\"tail\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[" + padBytes + ","
                + (padBytes + 8) + "]}}";
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        Path p = dir.resolve("big.safetensors");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, h.length);
            f.write(len.array());
            f.write(h);
            long tailAt = 8 + h.length + padBytes;
            f.setLength(tailAt + 8);
            f.seek(tailAt);
            ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.25f).putFloat(-4f);
            f.write(tail.array());
        }
        try (SafetensorsReader r = SafetensorsReader.open(p)) {
            assertArrayEquals(new float[] {1.25f, -4f}, r.readFloats("tail"));
            assertThrows2GiB(r);
        }
    }

    private static void assertThrows2GiB(SafetensorsReader r) {
        SafetensorsException e = org.junit.jupiter.api.Assertions.assertThrows(SafetensorsException.class,
                () -> r.bytes("pad"));
        assertTrue(e.getMessage().contains("2 GiB"), e.getMessage());
    }

    /** Every golden file parses under the strict rules, with the tensors the README documents. */
    @Test
    void readsTheGoldens() throws IOException {
        try (Stream<Path> files = Files.list(Shared.tiny().resolve("goldens"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".safetensors")).toList()) {
                try (SafetensorsReader r = SafetensorsReader.open(p)) {
                    assertTrue(r.names().size() > 0, p.toString());
                }
            }
        }
        try (SafetensorsReader r = SafetensorsReader.open(Shared.golden("clip_text.safetensors"))) {
            assertEquals(7, r.names().size());
            long[] ids = r.readLongs("input_ids");
            assertEquals(2 * 77, ids.length);
            assertArrayEquals(new long[] {998, 320, 816, 531, 539, 320}, java.util.Arrays.copyOf(ids, 6));
            assertArrayEquals(new long[] {2, 77, 32}, r.info("last_hidden_state").shape());
        }
        try (SafetensorsReader r = SafetensorsReader.open(Shared.golden("ddpm.safetensors"))) {
            assertEquals(DType.F64, r.info("alphas_cumprod_f64").dtype());
            assertEquals(0.012f, r.readFloats("betas")[999], 1e-9f);
            assertArrayEquals(new long[] {0, 500, 999}, r.readLongs("timesteps_b3"));
        }
        try (SafetensorsReader r = SafetensorsReader.open(Shared.golden("lora_tiny_init_fp16.safetensors"))) {
            assertEquals(612, r.names().size());
            assertEquals("tiny_lora", r.metadata().get("modelspec.title"));
            assertEquals(DType.F16, r.info("lora_te_text_model_encoder_layers_0_mlp_fc1.alpha").dtype());
            assertArrayEquals(new float[] {3f}, r.readFloats("lora_te_text_model_encoder_layers_0_mlp_fc1.alpha"));
        }
        try (SafetensorsReader r = SafetensorsReader.open(Shared.ldmCheckpoint())) {
            assertEquals(971, r.names().size());
            assertEquals(DType.I64,
                    r.info("cond_stage_model.transformer.text_model.embeddings.position_ids").dtype());
        }
    }
}
