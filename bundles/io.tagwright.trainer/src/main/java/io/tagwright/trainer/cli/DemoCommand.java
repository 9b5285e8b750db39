package io.tagwright.trainer.cli;

import io.tagwright.trainer.data.TrainingPlan;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.files.AtomicFiles;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * {@code demo [DIR] [--model PATH] [--force]}: writes a small kohya-style dataset of drawn shapes
 * with captions, a sample prompt file and a run config, then prints the plan. A quick way to see
 * the trainer's files and step maths without real data; point {@code --model} at an SD1.5 file to
 * make the config trainable.
 */
final class DemoCommand {
    static final String USAGE = "usage: demo [DIR] [--model PATH] [--force]";

    private static final String[] SHAPES = {"circle", "square", "triangle"};
    private static final String[] COLORS = {"red", "blue", "green", "yellow"};
    private static final Color[] PAINT = {new Color(220, 40, 40), new Color(40, 80, 220), new Color(40, 170, 70), new Color(235, 200, 40)};

    private final PrintStream out;
    private final PrintStream err;

    DemoCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Args a) throws UsageException, IOException {
        if (a.positional().size() > 1) {
            throw new UsageException("demo takes at most one folder");
        }
        Path dir = Path.of(a.positional().isEmpty() ? "tagwright-demo" : a.positional().get(0)).toAbsolutePath();
        if (Files.isDirectory(dir) && !a.flag("force")) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    err.println("error: " + dir + " is not empty; use --force to write into it");
                    return ExitCode.USAGE.code();
                }
            }
        }
        Path subset = dir.resolve("img/10_demo shapes");
        Files.createDirectories(subset);
        Random rng = new Random(7);
        int[][] sizes = {{512, 512}, {512, 768}, {768, 512}};
        for (int i = 0; i < 12; i++) {
            int shape = i % SHAPES.length;
            int color = (i / 3) % COLORS.length;
            int[] size = sizes[(i / 2) % sizes.length];
            BufferedImage img = draw(size[0], size[1], shape, PAINT[color], rng);
            String stem = String.format("shape %02d", i);
            Path png = subset.resolve(stem + ".png");
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ImageIO.write(img, "png", bytes);
            AtomicFiles.write(png, bytes.toByteArray());
            AtomicFiles.writeString(subset.resolve(stem + ".txt"),
                    "demo shapes, " + COLORS[color] + " " + SHAPES[shape] + ", white background, simple\n");
        }
        AtomicFiles.writeString(dir.resolve("sample_prompts.txt"), """
                # one prompt per line; options: --w --h --s --l --d --n
                demo shapes, red circle, white background --w 512 --h 512 --s 30 --d 42
                demo shapes, blue square --w 512 --h 768 --l 7 --d 7 --n blurry, lowres
                """);
        RunConfig c = new RunConfig();
        c.set("pretrained_model_name_or_path", a.get("model") != null ? Path.of(a.get("model")).toAbsolutePath().toString()
                : "models/sd15.safetensors");
        c.set("train_data_dir", "img").set("output_dir", "output").set("output_name", "demo").set("logging_dir", "logs");
        c.set("network_module", "networks.lora").set("network_dim", 16).set("network_alpha", 8.0);
        c.set("optimizer_type", "AdamW").set("learning_rate", 1e-4).set("lr_scheduler", "constant");
        c.set("resolution", "512,512").set("enable_bucket", true).set("min_bucket_reso", 256).set("max_bucket_reso", 1024);
        c.set("train_batch_size", 1).set("max_train_epochs", 4).set("save_every_n_epochs", 1);
        c.set("caption_extension", ".txt").set("shuffle_caption", true).set("keep_tokens", 1);
        c.set("mixed_precision", "no").set("seed", 42).set("sample_prompts", "sample_prompts.txt")
                .set("sample_every_n_epochs", 1).set("sample_sampler", "euler_a");
        Path toml = dir.resolve("run.toml");
        c.save(toml);
        out.println("wrote a demo dataset to " + dir);
        out.println("  " + subset + " (12 images with .txt captions)");
        out.println("  " + dir.resolve("sample_prompts.txt"));
        out.println("  " + toml);
        out.println();
        RunConfig loaded = RunConfig.load(toml);
        PlanPrinter.print(TrainingPlan.build(loaded), toml.toString(), out);
        out.println();
        if (a.get("model") == null) {
            out.println("next: set pretrained_model_name_or_path in run.toml to an SD1.5 .safetensors file, then");
        }
        out.println("run: train --config " + toml);
        return ExitCode.OK.code();
    }

    private static BufferedImage draw(int w, int h, int shape, Color color, Random rng) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        int s = Math.min(w, h) / 2 + rng.nextInt(Math.min(w, h) / 4);
        int x = rng.nextInt(w - s);
        int y = rng.nextInt(h - s);
        g.setColor(color);
        switch (shape) {
            case 0 -> g.fillOval(x, y, s, s);
            case 1 -> g.fillRect(x, y, s, s);
            default -> g.fillPolygon(new int[] {x, x + s / 2, x + s}, new int[] {y + s, y, y + s}, 3);
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(4));
        g.drawRect(2, 2, w - 5, h - 5);
        g.dispose();
        return img;
    }

    static List<String> valued() {
        return List.of("model");
    }
}
