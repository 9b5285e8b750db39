package io.tagwright.trainer.cli;

import io.tagwright.trainer.data.DatasetException;
import io.tagwright.trainer.data.TrainingPlan;
import io.tagwright.trainer.output.OutputNames;
import io.tagwright.trainer.protocol.config.ConfigException;
import io.tagwright.trainer.protocol.config.ConfigProblem;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.config.RunConfigValidator;
import io.tagwright.trainer.protocol.config.TomlException;
import io.tagwright.trainer.protocol.event.EventCodec;
import io.tagwright.trainer.protocol.event.EventEndpoint;
import io.tagwright.trainer.protocol.event.EventSink;
import io.tagwright.trainer.protocol.event.SocketEventChannel;
import io.tagwright.trainer.protocol.event.StreamEventSink;
import io.tagwright.trainer.protocol.event.TrainerCommand;
import io.tagwright.trainer.protocol.event.TrainerEvent;
import io.tagwright.trainer.protocol.event.TrainerEvent.ErrorKind;
import io.tagwright.trainer.protocol.event.TrainerEvent.Status;
import io.tagwright.trainer.protocol.prompt.SamplePrompt;
import io.tagwright.trainer.protocol.prompt.SamplePromptFile;
import io.tagwright.trainer.run.ModelPreflight;
import io.tagwright.trainer.run.RunContext;
import io.tagwright.trainer.run.StateFolder;
import io.tagwright.trainer.run.StopSignal;
import io.tagwright.trainer.run.TrainingException;
import io.tagwright.trainer.run.TrainingLoop;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** {@code train} and {@code plan}: config, validation, dataset plan, preflight, then the training loop. */
final class TrainCommand {

    static final String USAGE = """
            usage: train --config run.toml [--dry-run] [--resume DIR] [--events stdout|stderr|none|tcp://127.0.0.1:PORT]
                         [--events-file FILE]
                   plan  --config run.toml [--json]""";

    private final java.io.InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<TrainingLoop> loopSupplier;
    private final boolean consoleIsTerminal;

    TrainCommand(java.io.InputStream in, PrintStream out, PrintStream err, Supplier<TrainingLoop> loopSupplier,
            boolean consoleIsTerminal) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.loopSupplier = loopSupplier;
        this.consoleIsTerminal = consoleIsTerminal;
    }

    /** The loop from {@link ServiceLoader}, or null; {@code -Dtagwright.trainingLoop=Class} picks among several. */
    static TrainingLoop discoverLoop() {
        String wanted = System.getProperty("tagwright.trainingLoop");
        TrainingLoop first = null;
        for (TrainingLoop l : ServiceLoader.load(TrainingLoop.class)) {
            if (wanted == null || l.getClass().getName().equals(wanted)) {
                return l;
            }
            if (first == null) {
                first = l;
            }
        }
        return wanted == null ? first : null;
    }

    /** Loads and validates; prints problems; null (with the exit code in {@code code[0]}) when it cannot go on. */
    private RunConfig loadConfig(String path, ExitCode[] code) {
        RunConfig c;
        try {
            c = RunConfig.load(Path.of(path));
        } catch (ConfigException | TomlException e) {
            err.println("error: " + e.getMessage());
            code[0] = ExitCode.CONFIG_INVALID;
            return null;
        }
        List<ConfigProblem> problems = RunConfigValidator.validate(c);
        for (ConfigProblem p : problems) {
            if (p.severity() != ConfigProblem.Severity.INFO) {
                err.println(path + ": " + p);
            }
        }
        if (RunConfigValidator.hasErrors(problems)) {
            code[0] = ExitCode.CONFIG_INVALID;
            return null;
        }
        return c;
    }

    int plan(Args a) throws UsageException {
        String cfg = configPath(a);
        ExitCode[] code = new ExitCode[1];
        RunConfig c = loadConfig(cfg, code);
        if (c == null) {
            return code[0].code();
        }
        TrainingPlan plan;
        try {
            plan = TrainingPlan.build(c);
        } catch (DatasetException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.DATASET.code();
        }
        if (a.flag("json")) {
            out.println(EventCodec.encodePlan(plan.toRunPlan()));
        } else {
            PlanPrinter.print(plan, cfg, out);
        }
        try {
            ModelPreflight.ModelFiles m = ModelPreflight.check(c);
            if (m.tokenizerDir() == null) {
                err.println("warning: no tokenizer found; set tokenizer_dir (training would stop here)");
            }
        } catch (TrainingException e) {
            err.println("warning: " + e.getMessage() + (e.detail() == null ? "" : "; " + e.detail()));
        }
        return ExitCode.OK.code();
    }

    private static String configPath(Args a) throws UsageException {
        String cfg = a.get("config");
        if (cfg == null && a.positional().size() == 1) {
            cfg = a.positional().get(0);
        } else if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument " + a.positional().get(0));
        }
        if (cfg == null) {
            throw new UsageException("--config run.toml is required");
        }
        return cfg;
    }

    int train(Args a) throws UsageException {
        String cfg = configPath(a);
        EventEndpoint endpoint;
        try {
            endpoint = a.get("events") != null ? EventEndpoint.parse(a.get("events"))
                    : EventEndpoint.parse(consoleIsTerminal ? "none" : "stdout");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path resume = null;
        if (a.get("resume") != null) {
            resume = Path.of(a.get("resume"));
            if (!Files.isDirectory(resume)) {
                err.println("error: --resume " + resume + ": not a folder (expected <output_name>-<epoch>-state)");
                return ExitCode.USAGE.code();
            }
        }
        StopSignal stop = new StopSignal();
        EventSink channel;
        try {
            channel = openChannel(endpoint, stop);
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        // progress goes to stderr as tqdm's does, except when the IDE reads the events from a socket: its
        // console then shows stdout as ordinary text and keeps stderr (shown in red) for warnings and errors
        PrintStream progressOut = endpoint.kind() == EventEndpoint.Kind.TCP ? out : err;
        ConsoleProgress console = new ConsoleProgress(progressOut, consoleIsTerminal, 5000);
        List<EventSink> sinks = new ArrayList<>(List.of(channel, console));
        if (a.get("events-file") != null) {
            try {
                sinks.add(new JsonLinesFileSink(Path.of(a.get("events-file")), err));
            } catch (IOException e) {
                channel.close();
                err.println("error: --events-file: " + e.getMessage());
                return ExitCode.USAGE.code();
            }
        }
        try (EventSink events = new FanOutSink(sinks)) {
            // stdout carries the events when they go there; the plan then goes to stderr with the progress
            PrintStream planOut = endpoint.kind() == EventEndpoint.Kind.STDOUT ? err : out;
            return train(cfg, a.flag("dry-run"), resume, events, stop, planOut);
        }
    }

    private EventSink openChannel(EventEndpoint endpoint, StopSignal stop) throws IOException {
        return switch (endpoint.kind()) {
            case NONE -> EventSink.NONE;
            case STDERR -> new StreamEventSink(err);
            case STDOUT -> {
                if (in != null) {
                    Thread t = new Thread(() -> SocketEventChannel.readCommandLines(in, cmd -> {
                        if (cmd instanceof TrainerCommand.Stop) {
                            stop.request("stop requested");
                        }
                    }), "tagwright-stdin-commands");
                    t.setDaemon(true);
                    t.start();
                }
                yield new StreamEventSink(out);
            }
            case TCP -> SocketEventChannel.connect(endpoint, 10_000, cmd -> {
                if (cmd instanceof TrainerCommand.Stop) {
                    stop.request("stop requested by the IDE");
                }
            });
        };
    }

    private int fail(EventSink events, ErrorKind kind, String message, String detail) {
        events.emit(new TrainerEvent.Error(kind, message, detail));
        events.emit(new TrainerEvent.Finished(Status.FAILED, List.of()));
        return ExitCode.of(kind).code();
    }

    private int train(String cfg, boolean dryRun, Path resume, EventSink events, StopSignal stop, PrintStream planOut) {
        ExitCode[] code = new ExitCode[1];
        RunConfig c = loadConfig(cfg, code);
        if (c == null) {
            events.emit(new TrainerEvent.Finished(Status.FAILED, List.of()));
            return code[0].code();
        }
        TrainingPlan plan;
        try {
            plan = TrainingPlan.build(c);
        } catch (DatasetException e) {
            return fail(events, ErrorKind.DATASET, e.getMessage(), null);
        }
        List<SamplePrompt> prompts = new ArrayList<>();
        Path promptFile = c.path("sample_prompts");
        if (promptFile != null) {
            try {
                SamplePromptFile.Result r = SamplePromptFile.load(promptFile);
                for (SamplePromptFile.Problem p : r.problems()) {
                    events.emit(new TrainerEvent.Warning(promptFile + ":" + p));
                }
                prompts.addAll(r.prompts());
            } catch (IOException e) {
                events.emit(new TrainerEvent.Error(ErrorKind.CONFIG, e.getMessage(), null));
                events.emit(new TrainerEvent.Finished(Status.FAILED, List.of()));
                return ExitCode.CONFIG_INVALID.code();
            }
        }
        ModelPreflight.ModelFiles model;
        try {
            model = ModelPreflight.check(c);
            ModelPreflight.requireTokenizer(model);
        } catch (TrainingException e) {
            return fail(events, e.kind(), e.getMessage(), e.detail());
        }
        if (resume == null && c.path("resume") != null) {
            resume = c.path("resume");
            if (!Files.isDirectory(resume)) {
                return fail(events, ErrorKind.CONFIG, "resume = " + resume + ": not a folder", "expected <output_name>-<epoch>-state");
            }
        }
        Long stateSeed = resume == null ? null : StateFolder.seed(resume);
        long seed = stateSeed != null ? stateSeed
                : c.integer("seed") != null ? c.integer("seed") : new SecureRandom().nextLong(1L << 32);
        if (stateSeed != null && c.integer("seed") != null && !stateSeed.equals(c.integer("seed"))) {
            events.emit(new TrainerEvent.Warning("resuming with the state's seed " + stateSeed + ", not seed = "
                    + c.integer("seed") + ": the data order and noise depend on it"));
        }
        for (String w : plan.warnings()) {
            events.emit(new TrainerEvent.Warning(w));
        }
        events.emit(new TrainerEvent.RunStarted(UUID.randomUUID().toString(), plan.toRunPlan()));
        if (dryRun) {
            PlanPrinter.print(plan, cfg, planOut);
            events.emit(new TrainerEvent.Finished(Status.COMPLETED, List.of()));
            return ExitCode.OK.code();
        }
        TrainingLoop loop = loopSupplier.get();
        if (loop == null) {
            fail(events, ErrorKind.OTHER, "this build of the trainer has no training engine (no TrainingLoop on the class path)",
                    "use a full trainer build; --dry-run works without one");
            return ExitCode.NO_ENGINE.code();
        }
        Path tbDir = c.path("logging_dir") == null ? null
                : OutputNames.tensorBoardDir(c.path("logging_dir"), c.string("log_prefix"), LocalDateTime.now());
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.request("interrupted");
            try {
                done.await(120, TimeUnit.SECONDS); // let the loop save the current weights
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tagwright-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (RunContext ctx = new RunContext(plan, seed, model, resume, events, stop, prompts, tbDir,
                new SecureRandom().nextLong(1L << 32), Math.max(1, Runtime.getRuntime().availableProcessors() / 2))) {
            Status status;
            try {
                status = loop.run(ctx);
            } catch (TrainingException e) {
                return fail(events, e.kind(), e.getMessage(), e.detail());
            } catch (DatasetException e) {
                return fail(events, ErrorKind.DATASET, e.getMessage(), null);
            } catch (OutOfMemoryError e) {
                return fail(events, ErrorKind.OUT_OF_MEMORY, "out of memory: " + e.getMessage(),
                        "lower train_batch_size or resolution, enable gradient_checkpointing or mixed_precision");
            } catch (Exception e) {
                return fail(events, ErrorKind.OTHER, loop.name() + " failed: " + e, stackTop(e));
            }
            events.emit(new TrainerEvent.Finished(status, ctx.outputs()));
            return status == Status.COMPLETED ? ExitCode.OK.code()
                    : status == Status.STOPPED ? ExitCode.INTERRUPTED.code() : ExitCode.TRAINING_FAILED.code();
        } catch (IOException e) {
            return fail(events, ErrorKind.OTHER, "cannot prepare the run: " + e.getMessage(), null);
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (Ctrl-C): the hook is running and sees the latch
            }
        }
    }

    private static String stackTop(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        return st.length == 0 ? null : "at " + st[0];
    }

    static Set<String> trainValued() {
        return Set.of("config", "resume", "events", "events-file");
    }
}
