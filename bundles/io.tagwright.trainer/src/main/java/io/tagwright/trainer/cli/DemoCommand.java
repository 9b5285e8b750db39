package io.tagwright.trainer.cli;

import io.tagwright.trainer.data.TrainingPlan;
import io.tagwright.trainer.demo.DemoModel;
import io.tagwright.trainer.demo.DemoTokenizer;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.files.AtomicFiles;
import io.tagwright.trainer.run.TrainingLoop;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * {@code demo [DIR] [--force] [--no-train] [--model PATH] [--events SPEC]}: writes a small
 * kohya-style dataset of drawn shapes with captions, sample prompts and a run config, generates a
 * tiny SD1.5-topology model with random weights and its own small tokenizer, and trains it for a
 * minute on the CPU: real LoRA files, samples, training states, an event log
 * ({@code output/events.jsonl}) and TensorBoard logs, all with kohya's names. {@code --no-train}
 * stops after writing the files; {@code --model} writes a 512 px project for a real SD1.5 model
 * instead (to train with {@code train}; no model is generated then).
 */
final class DemoCommand {
    static final String USAGE = "usage: demo [DIR] [--force] [--no-train] [--model PATH] [--events SPEC]";

    private static final String[] SHAPES = {"circle", "square", "triangle"};
    private static final String[] COLORS = {"red", "blue", "green", "yellow"};
    private static final Color[] PAINT = {new Color(220, 40, 40), new Color(40, 80, 220), new Color(40, 170, 70), new Color(235, 200, 40)};
    private static final String PROMPTS = """
            # one prompt per line; options: --w --h --s --l --d --n
            demo shapes, red circle, white background --w %1$d --h %1$d --s %2$d --d 42
            demo shapes, blue square --w %1$d --h %3$d --s %2$d --l 7 --d 7 --n blurry, lowres
            """;

    private final java.io.InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<TrainingLoop> loops;
    private final boolean terminal;

    DemoCommand(java.io.InputStream in, PrintStream out, PrintStream err, Supplier<TrainingLoop> loops, boolean terminal) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.loops = loops;
        this.terminal = terminal;
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
        boolean real = a.get("model") != null;
        String subsetName = real ? "10_demo shapes" : "2_demo shapes";
        Path subset = dir.resolve("img").resolve(subsetName);
        Files.createDirectories(subset);
        List<String> captions = writeImages(subset, real ? 512 : 96);
        String prompts = real ? PROMPTS.formatted(512, 30, 768) : PROMPTS.formatted(64, 20, 64);
        AtomicFiles.writeString(dir.resolve("sample_prompts.txt"), prompts);
        RunConfig c = real ? realConfig(Path.of(a.get("model")).toAbsolutePath()) : tinyConfig();
        Path toml = dir.resolve("run.toml");
        c.save(toml);
        out.println("wrote a demo dataset to " + dir);
        out.println("  " + subset + " (12 images with .txt captions)");
        out.println("  " + dir.resolve("sample_prompts.txt"));
        if (!real) {
            List<String> texts = new ArrayList<>(captions);
            texts.add(prompts);
            DemoModel.write(dir.resolve(TINY_MODEL), DemoTokenizer.learn(texts, 200), 1234);
            out.println("  " + dir.resolve(TINY_MODEL) + " (a tiny SD1.5-topology model with random weights)");
        }
        out.println("  " + toml);
        out.println();
        PlanPrinter.print(TrainingPlan.build(RunConfig.load(toml)), toml.toString(), out);
        out.println();
        if (real || a.flag("no-train")) {
            out.println("run: train --config " + toml);
            return ExitCode.OK.code();
        }
        out.println("training the tiny model (train --config " + toml + ")");
        List<String> train = new ArrayList<>(List.of("train", "--config", toml.toString(), "--events-file",
                dir.resolve("output/events.jsonl").toString(), "--events", a.get("events") != null ? a.get("events") : "none"));
        Args targs = Args.parse(train.toArray(String[]::new), 1, TrainCommand.trainValued(), Set.of("dry-run"));
        int code = new TrainCommand(in, out, err, loops, terminal).train(targs);
        if (code == ExitCode.OK.code()) {
            out.println();
            out.println("done: LoRA files in " + dir.resolve("output") + ", samples in " + dir.resolve("output/sample")
                    + ", TensorBoard logs in " + dir.resolve("logs") + ", events in " + dir.resolve("output/events.jsonl"));
            out.println("resume from a state: train --config " + toml + " --resume " + dir.resolve("output/demo-000002-state"));
        }
        return code;
    }

    static final String TINY_MODEL = "model/tiny-sd15";

    /** Twelve shapes in three colours with captions; returns the captions. */
    private static List<String> writeImages(Path subset, int size) throws IOException {
        Random rng = new Random(7);
        int[][] sizes = {{size, size}, {size, size * 3 / 2}, {size * 3 / 2, size}};
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int shape = i % SHAPES.length;
            int color = (i / 3) % COLORS.length;
            int[] wh = sizes[(i / 2) % sizes.length];
            BufferedImage img = draw(wh[0], wh[1], shape, PAINT[color], rng);
            String stem = String.format("shape %02d", i);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ImageIO.write(img, "png", bytes);
            AtomicFiles.write(subset.resolve(stem + ".png"), bytes.toByteArray());
            String caption = "demo shapes, " + COLORS[color] + " " + SHAPES[shape] + ", white background, simple";
            AtomicFiles.writeString(subset.resolve(stem + ".txt"), caption + "\n");
            captions.add(caption);
        }
        return captions;
    }

    /** 64 px training of the tiny model: 12 images x 2 repeats, batch 2, 4 epochs = 48 steps. */
    private static RunConfig tinyConfig() {
        RunConfig c = common();
        c.set("pretrained_model_name_or_path", TINY_MODEL);
        c.set("network_dim", 8).set("network_alpha", 4.0);
        c.set("learning_rate", 1e-3).set("lr_scheduler", "cosine").set("lr_warmup_steps", 4);
        c.set("resolution", "64,64").set("train_batch_size", 2).set("max_train_epochs", 4);
        c.set("cache_latents", true).set("save_precision", "fp16").set("save_state", true);
        c.set("sample_every_n_epochs", 2);
        return c;
    }

    /** The same project at 512 px with buckets for a real SD1.5 model. */
    private static RunConfig realConfig(Path model) {
        RunConfig c = common();
        c.set("pretrained_model_name_or_path", model.toString());
        c.set("network_dim", 16).set("network_alpha", 8.0);
        c.set("learning_rate", 1e-4).set("lr_scheduler", "constant");
        c.set("resolution", "512,512").set("enable_bucket", true).set("min_bucket_reso", 256).set("max_bucket_reso", 1024);
        c.set("train_batch_size", 1).set("max_train_epochs", 4).set("sample_every_n_epochs", 1);
        return c;
    }

    private static RunConfig common() {
        RunConfig c = new RunConfig();
        c.set("train_data_dir", "img").set("output_dir", "output").set("output_name", "demo").set("logging_dir", "logs");
        c.set("network_module", "networks.lora").set("optimizer_type", "AdamW");
        c.set("save_every_n_epochs", 1).set("caption_extension", ".txt").set("shuffle_caption", true).set("keep_tokens", 1);
        c.set("mixed_precision", "no").set("seed", 42).set("sample_prompts", "sample_prompts.txt")
                .set("sample_sampler", "euler_a");
        return c;
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
        return List.of("model", "events");
    }
}
