package io.tagwright.trainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tagwright.trainer.data.Batch;
import io.tagwright.trainer.data.DatasetFixture;
import io.tagwright.trainer.data.RgbImage;
import io.tagwright.trainer.output.LoraHashes;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.config.Toml;
import io.tagwright.trainer.protocol.event.EventCodec;
import io.tagwright.trainer.protocol.event.LoopbackEventServer;
import io.tagwright.trainer.protocol.event.RunPlan;
import io.tagwright.trainer.protocol.event.TrainerCommand;
import io.tagwright.trainer.protocol.event.TrainerEvent;
import io.tagwright.trainer.protocol.files.AtomicFiles;
import io.tagwright.trainer.protocol.json.Json;
import io.tagwright.trainer.protocol.png.PngText;
import io.tagwright.trainer.protocol.prompt.SamplePrompt;
import io.tagwright.trainer.protocol.tensorboard.EventFileReader;
import io.tagwright.trainer.protocol.tensorboard.ScalarPoint;
import io.tagwright.trainer.run.RunContext;
import io.tagwright.trainer.run.TrainingLoop;
import io.tagwright.trainer.testdata.SharedData;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerMainTest {

    record Result(int code, String out, String err) {
        List<TrainerEvent> events() {
            List<TrainerEvent> l = new ArrayList<>();
            for (String line : out.split("\n")) {
                EventCodec.fromLine(line).ifPresent(l::add);
            }
            return l;
        }
    }

    static Result run(Supplier<TrainingLoop> loop, String... args) {
        return runWithInput(null, loop, args);
    }

    static Result runWithInput(java.io.InputStream in, Supplier<TrainingLoop> loop, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = TrainerMain.run(args, in, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), loop, false);
        return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    static Result run(String... args) {
        return run(() -> null, args);
    }

    /** A dataset and run.toml whose model is the tiny diffusers folder from shared/data. */
    static Path setup(Path dir, String extra) throws Exception {
        DatasetFixture f = new DatasetFixture(dir);
        f.images("img/4_ohwx", 3, 64, 64);
        f.caption("prompts.txt", "ohwx, portrait --w 64 --h 64 --d 5\n");
        Path model = SharedData.path("sd15-tiny/models/tiny_sd15_diffusers");
        Files.writeString(dir.resolve("run.toml"), """
                pretrained_model_name_or_path = "%s"
                train_data_dir = "img"
                output_dir = "out"
                output_name = "ohwx"
                logging_dir = "logs"
                network_module = "networks.lora"
                network_dim = 4
                network_alpha = 2
                resolution = "64"
                caption_extension = ".txt"
                max_train_epochs = 2
                save_every_n_epochs = 1
                sample_prompts = "prompts.txt"
                sample_every_n_epochs = 1
                seed = 3
                """.formatted(model.toString().replace("\\", "\\\\")) + extra);
        return dir.resolve("run.toml");
    }

    @Test
    void helpUsageAndUnknownCommands() {
        Result help = run("help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("import-kohya") && help.out().contains("130"), help.out());
        assertEquals(2, run().code());
        assertEquals(2, run("fly").code());
        Result bad = run("train", "--config");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("needs a value"), bad.err());
        assertEquals(2, run("plan", "--nope", "x").code());
        assertEquals(2, run("train", "--config", "x.toml", "--events", "tcp://10.1.1.1:80").code());
        assertEquals(0, run("--version").code());
    }

    @Test
    void planPrintsTheStepMathsAndJson(@TempDir Path dir) throws Exception {
        Path cfg = setup(dir, "");
        Result r = run("plan", "--config", cfg.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("batches per epoch: 12") && r.out().contains("optimizer steps: 24"), r.out());
        Result j = run("plan", cfg.toString(), "--json");
        RunPlan p = EventCodec.decodePlan(j.out().strip());
        assertEquals(24, p.totalSteps());
        assertEquals(2, p.epochs());
    }

    @Test
    void dryRunSendsPlanEventsAndTrainsNothing(@TempDir Path dir) throws Exception {
        Path cfg = setup(dir, "");
        Result r = run("train", "--config", cfg.toString(), "--dry-run", "--events", "stdout");
        assertEquals(0, r.code(), r.err());
        List<TrainerEvent> ev = r.events();
        TrainerEvent.RunStarted started = (TrainerEvent.RunStarted) ev.stream().filter(e -> e instanceof TrainerEvent.RunStarted)
                .findFirst().orElseThrow();
        assertEquals(12, started.plan().batchesPerEpoch());
        assertEquals(new TrainerEvent.Finished(TrainerEvent.Status.COMPLETED, List.of()), ev.get(ev.size() - 1));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void problemsMapToExitCodesAndErrorEvents(@TempDir Path dir) throws Exception {
        Path cfg = setup(dir, "");
        assertEquals(8, run("train", "--config", cfg.toString(), "--events", "stdout").code());

        Files.writeString(dir.resolve("bad.toml"), "network_dim = \n");
        Result syntax = run("train", "--config", dir.resolve("bad.toml").toString());
        assertEquals(3, syntax.code());
        assertTrue(syntax.err().contains("bad.toml:1:"), syntax.err());

        Path invalid = setup(dir.resolve("v"), "cache_latents = true\ncolor_aug = true\n");
        Result inv = run("train", "--config", invalid.toString());
        assertEquals(3, inv.code());
        assertTrue(inv.err().contains("color_aug"), inv.err());

        Path pickle = dir.resolve("p");
        setup(pickle, "");
        Files.write(pickle.resolve("model.ckpt"), new byte[] {'P', 'K', 3, 4});
        RunConfig pc = RunConfig.load(pickle.resolve("run.toml"));
        pc.set("pretrained_model_name_or_path", "model.ckpt");
        pc.save(pickle.resolve("run.toml"));
        Result pk = run("train", "--config", pickle.resolve("run.toml").toString(), "--events", "stdout");
        assertEquals(5, pk.code(), pk.err());
        TrainerEvent.Error err = (TrainerEvent.Error) pk.events().stream().filter(e -> e instanceof TrainerEvent.Error).findFirst().orElseThrow();
        assertEquals(TrainerEvent.ErrorKind.PICKLE_REFUSED, err.kind());

        Path single = dir.resolve("s");
        setup(single, "");
        Files.copy(SharedData.path("sd15-tiny/models/tiny_sd15_ldm.safetensors"), single.resolve("m.safetensors"));
        RunConfig sc = RunConfig.load(single.resolve("run.toml"));
        sc.set("pretrained_model_name_or_path", "m.safetensors");
        sc.save(single.resolve("run.toml"));
        Result tok = run("train", "--config", single.resolve("run.toml").toString(), "--dry-run");
        assertEquals(5, tok.code());
        assertTrue(tok.err().contains("tokenizer_dir"), tok.err());
        sc.set("tokenizer_dir", SharedData.path("clip/tokenizer").toString());
        sc.save(single.resolve("run.toml"));
        assertEquals(0, run("train", "--config", single.resolve("run.toml").toString(), "--dry-run").code());

        Path empty = dir.resolve("e");
        setup(empty, "");
        for (Path p : Files.list(empty.resolve("img/4_ohwx")).toList()) {
            Files.delete(p);
        }
        Result ds = run("train", "--config", empty.resolve("run.toml").toString(), "--events", "stdout");
        assertEquals(4, ds.code(), ds.err());
        assertEquals(TrainerEvent.ErrorKind.DATASET, ((TrainerEvent.Error) ds.events().stream()
                .filter(e -> e instanceof TrainerEvent.Error).findFirst().orElseThrow()).kind());
    }

    /** A stand-in engine: walks the batches, reports steps, writes tiny LoRA-like files and a sample. */
    static final class FakeLoop implements TrainingLoop {
        final int stopAfter;
        final List<Batch> seen = java.util.Collections.synchronizedList(new ArrayList<>());

        FakeLoop(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public TrainerEvent.Status run(RunContext ctx) throws Exception {
            assertEquals(3, ctx.seed());
            assertEquals(49408 > ctx.tokenizer().vocabSize() ? 1000 : 0, ctx.tokenizer().vocabSize());
            long step = 0;
            for (int epoch = 1; epoch <= ctx.plan().epochs(); epoch++) {
                Iterator<Batch> it = ctx.batches().epoch(epoch, step + 1);
                int inEpoch = 0;
                while (it.hasNext()) {
                    Batch b = it.next();
                    seen.add(b);
                    ctx.tokenizer().encode(b.captions().get(0));
                    step++;
                    ctx.step(step, epoch, inEpoch++, 0.5 / step, Map.of("unet", 1e-4, "textencoder", 5e-5));
                    if (ctx.stopRequested() || step == stopAfter) {
                        while (!ctx.stopRequested()) {
                            Thread.sleep(10);
                        }
                        save(ctx, ctx.finalFile(), epoch, step);
                        return TrainerEvent.Status.STOPPED;
                    }
                }
                ctx.epochEnd(epoch, null);
                if (ctx.saveAfterEpoch(epoch)) {
                    save(ctx, epoch == ctx.plan().epochs() ? ctx.finalFile() : ctx.epochFile(epoch), epoch, step);
                }
                if (ctx.sampleAfterEpoch(epoch)) {
                    for (SamplePrompt p : ctx.samplePrompts()) {
                        ctx.writeSample(epoch, p, p.seed(), new RgbImage(p.width(), p.height(), new byte[p.width() * p.height() * 3]));
                    }
                }
            }
            return TrainerEvent.Status.COMPLETED;
        }

        private static void save(RunContext ctx, Path file, int epoch, long step) throws Exception {
            List<LoraHashes.Tensor> t = List.of(new LoraHashes.Tensor("x.alpha", "F32", new long[0], new byte[4]));
            Map<String, String> md = ctx.metadataForSave(epoch, step, t);
            AtomicFiles.writeString(file, Json.write(md));
            ctx.checkpointSaved(file, epoch);
        }
    }

    @Test
    void trainingLoopPlugsInAndGetsKohyaOutputs(@TempDir Path dir) throws Exception {
        Path cfg = setup(dir, "");
        FakeLoop loop = new FakeLoop(-1);
        Result r = run(() -> loop, "train", "--config", cfg.toString(), "--events", "stdout");
        assertEquals(0, r.code(), r.err());
        assertEquals(24, loop.seen.size());
        List<TrainerEvent> ev = r.events();
        assertEquals(24, ev.stream().filter(e -> e instanceof TrainerEvent.Step).count());
        TrainerEvent.Step last = (TrainerEvent.Step) ev.stream().filter(e -> e instanceof TrainerEvent.Step).reduce((a, b) -> b).orElseThrow();
        assertEquals(24, last.step());
        assertEquals(24, last.totalSteps());
        assertEquals(2, ev.stream().filter(e -> e instanceof TrainerEvent.EpochEnd).count());
        TrainerEvent.Finished fin = (TrainerEvent.Finished) ev.get(ev.size() - 1);
        assertEquals(TrainerEvent.Status.COMPLETED, fin.status());
        assertEquals(List.of(dir.resolve("out/ohwx-000001.safetensors").toString(), dir.resolve("out/ohwx.safetensors").toString()),
                fin.outputs());
        Map<String, Object> md = Json.parseObject(Files.readString(dir.resolve("out/ohwx.safetensors")));
        assertEquals("2", md.get("ss_epoch"));
        assertEquals("24", md.get("ss_steps"));
        assertEquals("3", md.get("ss_seed"));
        assertEquals("{\"4_ohwx\": {\"n_repeats\": 4, \"img_count\": 3}}", md.get("ss_dataset_dirs"));
        assertTrue(((String) md.get("sshs_model_hash")).matches("[0-9a-f]{64}"));
        List<Path> samples = Files.list(dir.resolve("out/sample")).sorted().toList();
        assertEquals(2, samples.size());
        assertTrue(samples.get(0).getFileName().toString().matches("ohwx_e000001_00_\\d{14}_5\\.png"), samples.toString());
        String params = PngText.readText(Files.readAllBytes(samples.get(0))).get("parameters");
        assertTrue(params.startsWith("ohwx, portrait\nSteps: 30, Sampler: DDIM, CFG scale: 7.5, Seed: 5, Size: 64x64"), params);
        Path tb;
        try (var s = Files.walk(dir.resolve("logs"))) {
            tb = s.filter(p -> p.getFileName().toString().startsWith("events.out.tfevents")).findFirst().orElseThrow();
        }
        assertEquals("network_train", tb.getParent().getFileName().toString());
        Map<String, List<ScalarPoint>> scalars = EventFileReader.readTree(dir.resolve("logs"));
        assertEquals(24, scalars.get("loss/current").size());
        assertEquals(2, scalars.get("loss/epoch").size());
        assertEquals(24, scalars.get("lr/textencoder").size());
        assertTrue(r.err().contains("finished: completed"), r.err());
    }

    @Test
    void theIdeStopsARunThroughTheSocket(@TempDir Path dir) throws Exception {
        Path cfg = setup(dir, "");
        FakeLoop loop = new FakeLoop(3);
        try (LoopbackEventServer ide = new LoopbackEventServer()) {
            CompletableFuture<Result> trainer = CompletableFuture.supplyAsync(
                    () -> run(() -> loop, "train", "--config", cfg.toString(), "--events", ide.endpoint()));
            assertTrue(ide.accept(20_000));
            List<TrainerEvent> got = new ArrayList<>();
            for (TrainerEvent e; (e = ide.next()) != null;) {
                got.add(e);
                if (e instanceof TrainerEvent.Step s && s.step() == 3) {
                    ide.send(new TrainerCommand.Stop());
                }
            }
            Result r = trainer.get(60, TimeUnit.SECONDS);
            assertEquals(130, r.code(), r.err());
            assertInstanceOf(TrainerEvent.RunStarted.class, got.get(0));
            TrainerEvent.Finished fin = (TrainerEvent.Finished) got.get(got.size() - 1);
            assertEquals(TrainerEvent.Status.STOPPED, fin.status());
            assertEquals(List.of(dir.resolve("out/ohwx.safetensors").toString()), fin.outputs());
            assertEquals(3, loop.seen.size());
        }
    }

    @Test
    void aStopLineOnStdinStopsTheRun(@TempDir Path dir) throws Exception {
        Path cfg = setup(dir, "");
        FakeLoop loop = new FakeLoop(2);
        java.io.PipedOutputStream ide = new java.io.PipedOutputStream();
        java.io.PipedInputStream stdin = new java.io.PipedInputStream(ide);
        CompletableFuture<Result> trainer = CompletableFuture.supplyAsync(
                () -> runWithInput(stdin, () -> loop, "train", "--config", cfg.toString(), "--events", "stdout"));
        while (loop.seen.size() < 2) {
            Thread.sleep(10);
        }
        ide.write((EventCodec.encode(new TrainerCommand.Stop()) + "\n").getBytes(StandardCharsets.UTF_8));
        ide.flush();
        Result r = trainer.get(60, TimeUnit.SECONDS);
        ide.close();
        assertEquals(130, r.code(), r.err());
        TrainerEvent.Finished fin = (TrainerEvent.Finished) r.events().get(r.events().size() - 1);
        assertEquals(TrainerEvent.Status.STOPPED, fin.status());
    }

    @Test
    void importAndExportKohyaGuiFiles(@TempDir Path dir) throws Exception {
        String gui = """
                {"LoRA_type": "Standard", "network_dim": 32, "network_alpha": "16", "optimizer": "AdamW",
                 "learning_rate": "0.0001", "max_resolution": "512,512", "epoch": "4", "train_batch_size": 1,
                 "train_data_dir": "img", "output_dir": "out", "output_name": "x", "caption_extension": ".txt",
                 "pretrained_model_name_or_path": "m.safetensors", "sample_prompts": "a cat --d 1",
                 "use_wandb": false, "xformers": "xformers", "additional_parameters": ""}
                """;
        Path json = dir.resolve("lora.json");
        Files.writeString(json, gui);
        Result imp = run("import-kohya", json.toString());
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.err().contains("use_wandb"), imp.err());
        RunConfig c = RunConfig.load(dir.resolve("lora.toml"));
        assertEquals(32L, c.get("network_dim"));
        assertEquals("lora_sample_prompts.txt", c.get("sample_prompts"));
        assertEquals("a cat --d 1\n", Files.readString(dir.resolve("lora_sample_prompts.txt")));
        assertEquals(2, run("import-kohya", json.toString()).code()); // no silent overwrite
        assertEquals(0, run("import-kohya", json.toString(), "--force").code());

        Result exp = run("export-kohya", "--config", dir.resolve("lora.toml").toString());
        assertEquals(0, exp.code(), exp.err());
        Map<String, Object> back = Json.parseObject(exp.out());
        assertTrue(Toml.sameContent(Json.parseObject(gui), back), exp.out());
        Files.writeString(dir.resolve("lora_sample_prompts.txt"), "a dog --d 2\n");
        Map<String, Object> edited = Json.parseObject(run("export-kohya", dir.resolve("lora.toml").toString()).out());
        assertEquals("a dog --d 2\n", edited.get("sample_prompts"));

        Result cmd = run("export-kohya", "--config", dir.resolve("lora.toml").toString(), "--format", "cmdline");
        assertTrue(cmd.out().contains("train_network.py") && cmd.out().contains("--network_dim=32")
                && cmd.out().contains("--xformers"), cmd.out());
        Path out = dir.resolve("exported.json");
        assertEquals(0, run("export-kohya", dir.resolve("lora.toml").toString(), "--out", out.toString()).code());
        assertTrue(Files.exists(out));
        assertEquals(2, run("export-kohya", dir.resolve("lora.toml").toString(), "--format", "yaml").code());
    }

    @Test
    void demoWritesATrainableLookingProject(@TempDir Path dir) throws Exception {
        Path demo = dir.resolve("demo");
        Result r = run("demo", demo.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("batches per epoch: 120"), r.out());
        assertEquals(24, Files.list(demo.resolve("img/10_demo shapes")).count());
        assertEquals(2, run("demo", demo.toString()).code());
        Result plan = run("plan", demo.resolve("run.toml").toString());
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.err().contains("base model not found"), plan.err());
    }
}
