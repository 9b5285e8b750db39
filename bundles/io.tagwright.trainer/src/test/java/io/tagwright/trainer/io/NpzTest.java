package io.tagwright.trainer.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzTest {

    /** kohya_cache.npz was written by numpy's np.savez, as sd-scripts writes its latent caches. */
    @Test
    void readsWhatNumpyWrites(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kohya_cache.npz");
        try (InputStream in = NpzTest.class.getResourceAsStream("kohya_cache.npz")) {
            Files.copy(in, file);
        }
        Map<String, Npz.Array> a = Npz.read(file);
        assertEquals(List.of("latents", "original_size", "crop_ltrb", "latents_flipped"), List.copyOf(a.keySet()));
        assertArrayEquals(new long[] {4, 2, 3}, a.get("latents").shape());
        assertEquals(-1f, a.get("latents").floats()[0]);
        assertEquals(23 / 8f - 1, a.get("latents").floats()[23]);
        assertEquals(2 / 8f - 1, a.get("latents_flipped").floats()[0], "row 0 reversed: 2, 1, 0");
        assertArrayEquals(new long[] {96, 64}, a.get("original_size").longs());
        assertArrayEquals(new long[] {2}, a.get("original_size").shape());
    }

    @Test
    void roundTripsWithNumpysHeaderLayout(@TempDir Path dir) throws Exception {
        Map<String, Npz.Array> in = new LinkedHashMap<>();
        in.put("latents", Npz.Array.of(new float[] {1.5f, -2f, 3.25f, 0f, 7f, -0.5f}, 1, 2, 3));
        in.put("crop_ltrb", Npz.Array.ofLongs(new long[] {0, 1, 2, 3}, 4));
        Path file = dir.resolve("x.npz");
        Npz.write(file, in);
        Map<String, Npz.Array> out = Npz.read(file);
        assertArrayEquals(in.get("latents").floats(), out.get("latents").floats());
        assertArrayEquals(new long[] {1, 2, 3}, out.get("latents").shape());
        assertArrayEquals(in.get("crop_ltrb").longs(), out.get("crop_ltrb").longs());
        byte[] npy = Npz.npy(in.get("crop_ltrb"));
        int headerEnd = 10 + ((npy[8] & 0xFF) | (npy[9] & 0xFF) << 8);
        assertEquals(0, headerEnd % 64, "data starts 64-byte aligned, as numpy writes it");
        assertEquals("{'descr': '<i8', 'fortran_order': False, 'shape': (4,), }",
                new String(npy, 10, headerEnd - 10).strip());
    }
}
