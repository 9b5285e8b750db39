package io.tagwright.trainer.data;

import io.tagwright.trainer.protocol.config.RunConfig;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Builds small kohya-style dataset folders for tests. */
public final class DatasetFixture {
    private final Path root;

    public DatasetFixture(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes an image with a gradient and a marker square (so flips and crops are visible). */
    public Path image(String relative, int w, int h, String format) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            for (int x = 0; x < w; x++) {
                g.setColor(new Color((x * 255) / Math.max(1, w - 1), 80, 255 - (x * 255) / Math.max(1, w - 1)));
                g.drawLine(x, 0, x, h - 1);
            }
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, Math.max(1, w / 8), Math.max(1, h / 8));
            g.dispose();
            if (!ImageIO.write(img, format, p.toFile())) {
                throw new IOException("no writer for " + format);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path caption(String relative, String text) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} PNGs of the given size with ".txt" captions "subject, tag{i % 3}" in {@code folder}. */
    public void images(String folder, int count, int w, int h) {
        for (int i = 0; i < count; i++) {
            String name = String.format("%s/img %03d", folder, i);
            image(name + ".png", w, h, "png");
            caption(name + ".txt", "Subject, tag" + (i % 3) + ", common");
        }
    }

    public RunConfig config(String extra) {
        RunConfig c = RunConfig.parse("""
                pretrained_model_name_or_path = "model.safetensors"
                train_data_dir = "img"
                output_dir = "out"
                output_name = "ohwx"
                network_module = "networks.lora"
                network_dim = 8
                network_alpha = 4
                resolution = "512"
                caption_extension = ".txt"
                max_train_epochs = 8
                """ + extra, root.resolve("run.toml").toString());
        c.setBaseDir(root);
        return c;
    }
}
