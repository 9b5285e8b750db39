package io.tagwright.trainer.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import io.tagwright.trainer.Offline;
import io.tagwright.trainer.lora.LoraNetwork;
import io.tagwright.trainer.lora.LoraSettings;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.nn.OpsBackend;
import io.tagwright.trainer.nn.RandomInit;
import io.tagwright.trainer.optim.AdamW;
import io.tagwright.trainer.sd15.Sd15Model;
import io.tagwright.trainer.sd15.checkpoint.Sd15ModelLoader;
import io.tagwright.trainer.sd15.config.ModelConfig;
import io.tagwright.trainer.sd15.config.ModelConfigReader;
import io.tagwright.trainer.sd15.unet.Unet;
import io.tagwright.trainer.train.LoraTrainingStep;
import io.tagwright.trainer.train.StepResult;
import io.tagwright.trainer.train.TrainBatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Step-time benchmark (not a test). Times one LoRA training step (forward + backward + optimizer,
 * like kohya's step) and reports median / min seconds and peak RSS.
 *
 * <pre>
 * java -cp ... io.tagwright.trainer.bench.StepBench [--threads N] tiny MODEL CONFIG [reps]
 *     # tiny model, TE+UNet and UNet-only LoRA steps at an 8×8 latent, both ops backends
 * java -cp ... io.tagwright.trainer.bench.StepBench [--threads N] full [reps] [fused|composed|both] [latent]
 *     # SD1.5 UNet with random weights, rank-96 UNet LoRA, AdamW, 64×64 latent by default
 * </pre>
 *
 * java -cp ... io.tagwright.trainer.bench.StepBench [--threads N] attention [reps]
 *     # self-attention fwd+bwd at SD1.5's largest size (1, 8, 4096, 40), fused and composed alternating
 * </pre>
 *
 * <p>{@code --threads} sets libtorch's intra-op threads (default: libtorch's choice, one per core).
 */
public final class StepBench {

    /** Forward MACs of the SD1.5 UNet at a 64×64 latent and of its rank-96 LoRA (sd15-tiny README). */
    static final double UNET_GMAC_64 = 401.64;
    static final double LORA_GMAC_64 = 34.858;

    private StepBench() {
    }

    public static void main(String[] args) throws Exception {
        Offline.enforce();
        if (args.length == 0) {
            System.err.println("usage: StepBench tiny MODEL CONFIG [reps] | full [reps] [fused|composed|both] [latent]");
            System.exit(2);
        }
        if (args.length > 1 && args[0].equals("--threads")) {
            Engine.getEngine("PyTorch");
            JniUtils.setNumThreads(Integer.parseInt(args[1]));
            args = java.util.Arrays.copyOfRange(args, 2, args.length);
        }
        Engine engine = Engine.getEngine("PyTorch");
        System.out.printf(Locale.ROOT, "engine %s %s, torch threads %d, interop %d, cpus %d%n", engine.getEngineName(),
                engine.getVersion(), JniUtils.getNumThreads(), JniUtils.getNumInteropThreads(),
                Runtime.getRuntime().availableProcessors());
        if (args[0].equals("attention")) {
            attention(args.length > 1 ? Integer.parseInt(args[1]) : 5);
        } else if (args[0].equals("tiny")) {
            tiny(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 50);
        } else {
            int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
            String which = args.length > 2 ? args[2] : "both";
            int latent = args.length > 3 ? Integer.parseInt(args[3]) : 64;
            for (OpsBackend b : which.equals("both") ? List.of(OpsBackend.FUSED, OpsBackend.COMPOSED)
                    : List.of(OpsBackend.parse(which))) {
                full(b, reps, latent);
            }
        }
    }

    private static void tiny(Path modelPath, Path configPath, int reps) throws Exception {
        ModelConfig cfg = ModelConfigReader.read(configPath);
        for (OpsBackend backend : List.of(OpsBackend.FUSED, OpsBackend.COMPOSED)) {
            try (NDManager root = NDManager.newBaseManager();
                    Sd15Model model = Sd15ModelLoader.builder().setSource(modelPath).optConfig(cfg).optManager(root)
                            .optComponents(java.util.EnumSet.of(Sd15ModelLoader.Component.TEXT_ENCODER,
                                    Sd15ModelLoader.Component.UNET))
                            .optOpsBackend(backend).build().load()) {
                for (boolean te : List.of(false, true)) {
                    LoraSettings s = LoraSettings.builder().setRank(4).setAlpha(3).optUnetOnly(!te).build();
                    try (LoraNetwork net = LoraNetwork.create(cfg, s, root, 1).applyTo(model);
                            AdamW opt = AdamW.builder().build()) {
                        LoraTrainingStep step = LoraTrainingStep.builder().setModel(model).setNetwork(net)
                                .setOptimizer(opt).setLearningRate(1e-4).optTrainTextEncoder(te).build();
                        NDArray latents = root.randomNormal(new Shape(1, 4, 8, 8));
                        NDArray noise = root.randomNormal(new Shape(1, 4, 8, 8));
                        NDArray ids = root.arange(0, 77, 1, DataType.INT64).reshape(1, 77);
                        TrainBatch batch = TrainBatch.builder().setLatents(latents).setNoise(noise).setTimesteps(500)
                                .optInputIds(ids).build();
                        String name = "tiny_" + (te ? "te_unet" : "unet_only") + "_lora_latent8x8_" + model.ops().name();
                        run(name, reps, 5, i -> timedStep(step, batch, i));
                    }
                }
            }
        }
    }

    /** Alternates the two backends so both see the same machine load. */
    private static void attention(int reps) {
        try (NDManager root = NDManager.newBaseManager()) {
            Ops[] both = {OpsBackend.FUSED.create(root), OpsBackend.COMPOSED.create(root)};
            List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>());
            for (int r = -1; r < reps; r++) {
                for (int b = 0; b < 2; b++) {
                    try (ai.djl.ndarray.NDScope scope = new ai.djl.ndarray.NDScope()) {
                        scope.suppressNotUsedWarning();
                        NDArray q = root.randomNormal(new Shape(1, 8, 4096, 40));
                        q.setRequiresGradient(true);
                        long t0 = System.nanoTime();
                        try (ai.djl.training.GradientCollector gc = Engine.getEngine("PyTorch").newGradientCollector()) {
                            gc.backward(both[b].attention(q, q, q, false).mean());
                        }
                        q.getGradient().getFloat(0, 0, 0, 0);
                        if (r >= 0) {
                            times.get(b).add((System.nanoTime() - t0) / 1e9);
                        }
                    }
                }
            }
            for (int b = 0; b < 2; b++) {
                System.out.printf(Locale.ROOT, "attention (1,8,4096,40) fwd+bwd %s: median %.3f s, min %.3f s, runs %d, "
                        + "peak RSS %.2f GiB, loadavg %s%n", both[b].name(), median(times.get(b)),
                        Collections.min(times.get(b)), reps, peakRssGiB(), loadavg());
            }
        }
    }

    private static void full(OpsBackend backend, int reps, int latent) throws Exception {
        ModelConfig cfg = ModelConfig.sd15();
        try (NDManager root = NDManager.newBaseManager()) {
            Ops ops = backend.create(root);
            Unet unet = new Unet(cfg.unet(), ops);
            RandomInit.fill(unet.context(), root, 1234);
            Sd15Model model = new Sd15Model(cfg, root, ops, null, null, unet);
            LoraSettings s = LoraSettings.builder().setRank(96).setAlpha(72).optUnetOnly(true).build();
            try (LoraNetwork net = LoraNetwork.create(cfg, s, root, 1).applyTo(model);
                    AdamW opt = AdamW.builder().build()) {
                LoraTrainingStep step = LoraTrainingStep.builder().setModel(model).setNetwork(net).setOptimizer(opt)
                        .setLearningRate(1e-4).optTrainTextEncoder(false).build();
                NDArray latents = root.randomNormal(new Shape(1, 4, latent, latent));
                NDArray noise = root.randomNormal(new Shape(1, 4, latent, latent));
                NDArray ehs = root.randomNormal(new Shape(1, 77, 768));
                TrainBatch batch = TrainBatch.builder().setLatents(latents).setNoise(noise).setTimesteps(500)
                        .optEncoderHiddenStates(ehs).build();
                System.out.printf(Locale.ROOT, "full SD1.5 UNet %d params, LoRA %d params, latent %dx%d, ops %s%n",
                        unet.context().parameters().values().stream().mapToLong(p -> {
                            long n = 1;
                            for (long d : p.shape()) {
                                n *= d;
                            }
                            return n;
                        }).sum(), net.parameterCount(), latent, latent, ops.name());
                List<Double> times = run("full_sd15_unet_lora_dim96_latent" + latent + "x" + latent + "_" + ops.name(),
                        reps, 1, i -> timedStep(step, batch, i));
                if (latent == 64) {
                    double median = median(times);
                    double stepGmac = 2 * (UNET_GMAC_64 + LORA_GMAC_64);
                    System.out.printf(Locale.ROOT, "  fwd+bwd ~%.0f GMAC (2 x (UNet %.2f + LoRA %.3f) forward): "
                            + "%.1f GMAC/s%n", stepGmac, UNET_GMAC_64, LORA_GMAC_64, stepGmac / median);
                }
            }
        }
    }

    /** Seconds for forward+backward (the reference's definition of a step) and for the whole step. */
    record Timing(double forwardBackward, double total, float loss) {
    }

    interface Step {
        Timing run(int i);
    }

    /** One training step, timed in two parts: forward+backward, then clipping + AdamW + zeroing. */
    static Timing timedStep(LoraTrainingStep step, TrainBatch batch, int i) {
        try (ai.djl.ndarray.NDScope scope = new ai.djl.ndarray.NDScope()) {
            scope.suppressNotUsedWarning();
            long t0 = System.nanoTime();
            float loss = step.forwardBackward(batch).loss().getFloat();
            long t1 = System.nanoTime();
            StepResult r = step.applyGradients(i);
            r.gradNorm();
            long t2 = System.nanoTime();
            return new Timing((t1 - t0) / 1e9, (t2 - t0) / 1e9, loss);
        }
    }

    /** Runs, prints and returns the forward+backward times. */
    private static List<Double> run(String name, int reps, int warmup, Step step) throws Exception {
        for (int i = 0; i < warmup; i++) {
            step.run(i);
        }
        List<Double> fb = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        float loss = Float.NaN;
        for (int i = 0; i < reps; i++) {
            Timing t = step.run(warmup + i);
            fb.add(t.forwardBackward());
            total.add(t.total());
            loss = t.loss();
        }
        System.out.printf(Locale.ROOT, "%s: fwd+bwd median %.4f s (min %.4f), with clip+AdamW median %.4f s (min %.4f), "
                + "runs %d (+%d warm-up), last loss %.4f, peak RSS %.2f GiB, loadavg %s%n", name, median(fb),
                Collections.min(fb), median(total), Collections.min(total), reps, warmup, loss, peakRssGiB(), loadavg());
        return fb;
    }

    static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static double peakRssGiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
                }
            }
        } catch (java.io.IOException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    static String loadavg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
