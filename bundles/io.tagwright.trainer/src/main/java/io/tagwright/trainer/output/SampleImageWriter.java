package io.tagwright.trainer.output;

import io.tagwright.trainer.data.RgbImage;
import io.tagwright.trainer.protocol.files.AtomicFiles;
import io.tagwright.trainer.protocol.png.A1111Parameters;
import io.tagwright.trainer.protocol.png.PngText;
import io.tagwright.trainer.protocol.prompt.SamplePrompt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/** Writes a sample image as PNG (atomically) with A1111-style {@code parameters} text. */
public final class SampleImageWriter {
    private SampleImageWriter() {
    }

    /**
     * Converts CHW floats in [-1, 1] (the VAE decoder's output range) to 8-bit RGB as diffusers does:
     * {@code round(clamp((x + 1) / 2, 0, 1) * 255)}.
     */
    public static RgbImage fromChw(float[] chw, int width, int height) {
        int plane = width * height;
        if (chw.length != 3 * plane) {
            throw new IllegalArgumentException("expected 3x" + height + "x" + width + " floats, got " + chw.length);
        }
        byte[] rgb = new byte[plane * 3];
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < 3; c++) {
                float v = (chw[c * plane + i] + 1f) / 2f;
                v = Math.max(0f, Math.min(1f, v));
                rgb[i * 3 + c] = (byte) Math.round(v * 255f);
            }
        }
        return new RgbImage(width, height, rgb);
    }

    /**
     * Writes {@code image} to {@code file} with the prompt's generation parameters;
     * {@code extra} adds entries such as {@code Model} or {@code Lora hashes}.
     */
    public static void write(Path file, RgbImage image, SamplePrompt prompt, long seed, String sampler,
            Map<String, String> extra) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(image.toBufferedImage(), "png", png)) {
            throw new IOException("no PNG writer available");
        }
        Map<String, String> text = new LinkedHashMap<>();
        text.put(A1111Parameters.KEY, A1111Parameters.format(prompt.prompt(), prompt.negativePrompt(), prompt.steps(),
                sampler, prompt.scale(), seed, image.width(), image.height(), extra));
        AtomicFiles.write(file, PngText.addText(png.toByteArray(), text));
    }
}
