package io.tagwright.trainer.bench;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.tagwright.trainer.Offline;
import io.tagwright.trainer.cli.TrainerMain;
import io.tagwright.trainer.demo.DemoModel;
import io.tagwright.trainer.demo.DemoTokenizer;
import io.tagwright.trainer.protocol.event.EventCodec;
import io.tagwright.trainer.protocol.event.TrainerEvent;
import io.tagwright.trainer.run.TrainingLoop;
import io.tagwright.trainer.sd15.config.ClipTextConfig;
import io.tagwright.trainer.sd15.config.ModelConfig;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

import javax.imageio.ImageIO;

/**
 * Whole-loop training benchmark (not a test): trains a generated model — {@code tiny} (the demo's)
 * or {@code sd15} (SD1.5's real sizes, random weights) — on a few generated images through the CLI
 * and the engine found by ServiceLoader, and reports seconds per optimizer step (median of the gaps
 * between step events after the first step), steps/s, peak RSS and, on a GPU, the GPU memory in use.
 *
 * <pre>
 * java -cp ... io.tagwright.trainer.bench.TrainBench tiny|sd15 DIR [--resolution 512] [--steps 10]
 *     [--batch 1] [--rank 32] [--unet-only] [--cache-latents] [--mixed-precision bf16]
 * </pre>
 *
 * The model is written to {@code DIR/model-<kind>} once and reused.
 */
public final class TrainBench {

    private TrainBench() {
    }

    public static void main(String[] args) throws Exception {
        Offline.enforce();
        if (args.length < 2) {
            System.err.println("usage: TrainBench tiny|sd15 DIR [--resolution N] [--steps N] [--batch N] [--rank N] "
                    + "[--unet-only] [--cache-latents] [--mixed-precision no|fp16|bf16]");
            System.exit(2);
        }
        String kind = args[0];
        Path dir = Path.of(args[1]).toAbsolutePath();
        int resolution = kind.equals("tiny") ? 64 : 512;
        int steps = 10;
        int batch = 1;
        int rank = kind.equals("tiny") ? 8 : 32;
        boolean unetOnly = false;
        boolean cache = false;
        String mixed = "no";
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--resolution" -> resolution = Integer.parseInt(args[++i]);
                case "--steps" -> steps = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--rank" -> rank = Integer.parseInt(args[++i]);
                case "--unet-only" -> unetOnly = true;
                case "--cache-latents" -> cache = true;
                case "--mixed-precision" -> mixed = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        Path model = dir.resolve("model-" + kind);
        if (!Files.isRegularFile(model.resolve("model_index.json"))) {
            DemoTokenizer tok = DemoTokenizer.learn(List.of("a photo of a bench subject, simple background"), 50);
            ModelConfig cfg = kind.equals("tiny") ? DemoModel.tiny(tok.vocabSize())
                    : ModelConfig.sd15().withTextEncoder(new ClipTextConfig(tok.vocabSize(), 768, 3072, 12, 12, 77, 1e-5,
                            "quick_gelu"));
            DemoModel.write(model, cfg, tok, 1234);
            System.out.printf(Locale.ROOT, "wrote %s model in %.1f s%n", kind, (System.nanoTime() - t0) / 1e9);
        }
        Path subset = dir.resolve("img/1_bench");
        Files.createDirectories(subset);
        for (int i = 0; i < Math.max(4, batch); i++) {
            BufferedImage img = new BufferedImage(resolution, resolution, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(40 * i % 256, 120, 200));
            g.fillRect(0, 0, resolution, resolution);
            g.setColor(Color.WHITE);
            g.fillOval(resolution / 4, resolution / 4, resolution / 2, resolution / 2);
            g.dispose();
            ImageIO.write(img, "png", subset.resolve("img" + i + ".png").toFile());
            Files.writeString(subset.resolve("img" + i + ".txt"), "a photo of a bench subject, simple background");
        }
        Files.writeString(dir.resolve("run.toml"), String.join("\n",
                "pretrained_model_name_or_path = \"" + model.toString().replace("\\", "\\\\") + "\"",
                "train_data_dir = \"img\"", "output_dir = \"out\"", "output_name = \"bench\"",
                "network_module = \"networks.lora\"", "network_dim = " + rank, "network_alpha = " + rank / 2,
                "network_train_unet_only = " + unetOnly, "optimizer_type = \"AdamW\"", "learning_rate = 1e-4",
                "resolution = \"" + resolution + "\"", "train_batch_size = " + batch, "max_train_steps = " + steps,
                "caption_extension = \".txt\"", "cache_latents = " + cache, "mixed_precision = \"" + mixed + "\"",
                "save_precision = \"fp16\"", "seed = 1", ""));
        List<long[]> stamps = new ArrayList<>();
        PrintStream events = new PrintStream(new LineStamps(stamps), true, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        int code = TrainerMain.run(new String[] {"train", "--config", dir.resolve("run.toml").toString(), "--events",
                "stdout"}, null, events, System.err,
                () -> ServiceLoader.load(TrainingLoop.class).findFirst().orElse(null), false);
        double wall = (System.nanoTime() - start) / 1e9;
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < stamps.size(); i++) {
            gaps.add((stamps.get(i)[0] - stamps.get(i - 1)[0]) / 1e9);
        }
        double median = gaps.isEmpty() ? Double.NaN : StepBench.median(gaps);
        Device device = Engine.getEngine("PyTorch").defaultDevice();
        String gpu = device.isGpu() ? String.format(Locale.ROOT, ", GPU memory %s",
                ai.djl.util.cuda.CudaUtils.getGpuMemory(device)) : "";
        System.out.printf(Locale.ROOT, "train %s %dpx batch %d rank %d%s%s%s on %s: exit %d, %d steps in %.1f s (whole run), "
                + "median step %.3f s (%.2f steps/s, %d gaps), peak RSS %.2f GiB%s, loadavg %s%n", kind, resolution,
                batch, rank, unetOnly ? " unet-only" : " te+unet", cache ? " cached-latents" : "",
                mixed.equals("no") ? "" : " " + mixed, device, code, stamps.size(), wall, median, 1 / median, gaps.size(),
                StepBench.peakRssGiB(), gpu, StepBench.loadavg());
        System.exit(code);
    }

    /** Records the arrival time of every step event written to it. */
    private static final class LineStamps extends OutputStream {
        private final List<long[]> stamps;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineStamps(List<long[]> stamps) {
            this.stamps = stamps;
        }

        @Override
        public synchronized void write(int b) {
            if (b != '\n') {
                line.write(b);
                return;
            }
            String s = line.toString(StandardCharsets.UTF_8);
            line.reset();
            EventCodec.fromLine(s).ifPresent(e -> {
                if (e instanceof TrainerEvent.Step step) {
                    stamps.add(new long[] {System.nanoTime(), step.step()});
                }
            });
        }
    }
}
