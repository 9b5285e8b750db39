package io.tagwright.launching.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

import io.tagwright.launching.LaunchConstants;
import io.tagwright.launching.TrainingLaunches;
import io.tagwright.launching.session.TrainingSession;
import io.tagwright.launching.session.TrainingSessions;
import io.tagwright.trainer.protocol.event.LoopbackEventServer;
import io.tagwright.trainer.protocol.event.TrainerEvent;

/**
 * Runs a LoRA Training configuration: writes the run folder, starts the trainer in its own JVM (the IDE's
 * Java, the trainer runtime's jars, always offline), gives it a console, and reads its event stream from a
 * loopback socket into a {@link TrainingSession}.
 */
public final class LoraTrainingDelegate extends LaunchConfigurationDelegate {

    /** How long the trainer may take to connect its event socket (JVM and native library start). */
    static final int CONNECT_TIMEOUT_MILLIS = 120_000;

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, "Starting LoRA training " + configuration.getName(), 4);
        RunSetup.Prepared run = RunSetup.prepare(configuration);
        sub.worked(1);
        Path lib;
        try {
            lib = TrainerRuntime.libDir();
        } catch (IOException e) {
            throw new CoreException(LaunchingPlugin.error("Cannot find the trainer: " + e.getMessage(), e));
        }
        if (configuration.getAttribute(LaunchConstants.ATTR_TINY_MODEL, false)) {
            ensureTinyModel(lib, run, sub.split(1));
        }
        sub.setWorkRemaining(2);
        LoopbackEventServer server;
        TrainingSession session;
        try {
            server = new LoopbackEventServer();
            session = TrainingSession.recording(run.runDir(), configuration.getName());
        } catch (IOException e) {
            throw new CoreException(LaunchingPlugin.error("Cannot prepare the run: " + e.getMessage(), e));
        }
        List<String> command = commandLine(lib, run.configFile(), server.endpoint());
        Process process = DebugPlugin.exec(command.toArray(String[]::new), run.runDir().toFile(), environment());
        sub.worked(1);
        Map<String, String> attributes = new HashMap<>();
        attributes.put(IProcess.ATTR_PROCESS_TYPE, LaunchConstants.PROCESS_TYPE);
        attributes.put(IProcess.ATTR_CMDLINE, String.join(" ", command));
        attributes.put(LaunchConstants.PROCESS_RUN_DIR, run.runDir().toString());
        TrainerProcess trainer = new TrainerProcess(launch, process, "tagwright-train (" + configuration.getName() + ")",
                attributes, server);
        TrainingSessions.getDefault().started(launch, session);
        startReader(server, session, process, configuration.getName());
        sub.worked(1);
        sub.setTaskName("Training " + configuration.getName() + " (" + trainer.getLabel() + ")");
    }

    /**
     * Generates the demo's tiny model where the configuration expects it, unless it is there: the trainer's
     * {@code tiny-model} command, with a tokenizer learned from the dataset's captions and the sample prompts.
     */
    private static void ensureTinyModel(Path lib, RunSetup.Prepared run, IProgressMonitor monitor) throws CoreException {
        Path model = run.config().path("pretrained_model_name_or_path");
        // only into the demo's own folder: a real model the user chose and mistyped is reported, not replaced
        if (Files.exists(model) || !model.endsWith(Path.of(TrainingLaunches.TINY_MODEL_FOLDER))) {
            return;
        }
        monitor.subTask("Generating the tiny demo model in " + model);
        List<String> cmd = trainerCommand(lib);
        cmd.addAll(List.of("tiny-model", model.toString(), "--captions", run.config().string("train_data_dir")));
        if (run.config().has("sample_prompts")) {
            cmd.addAll(List.of("--prompts", run.config().string("sample_prompts")));
        }
        Path log = run.runDir().resolve("tiny-model.log");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(run.runDir().toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().putAll(trainerEnvironment());
            Process p = pb.start();
            while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
                if (monitor.isCanceled()) {
                    p.destroyForcibly();
                    throw new OperationCanceledException();
                }
            }
            if (p.exitValue() != 0) {
                throw new CoreException(LaunchingPlugin.error("Cannot generate the tiny demo model in " + model + ":\n"
                        + Files.readString(log).strip(), null));
            }
        } catch (IOException e) {
            throw new CoreException(LaunchingPlugin.error("Cannot generate the tiny demo model: " + e.getMessage(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
    }

    /** The trainer's JVM: the IDE's Java, offline, the runtime's jars; the command's arguments follow. */
    private static List<String> trainerCommand(Path lib) {
        List<String> cmd = new ArrayList<>();
        cmd.add(TrainerRuntime.java().toString());
        cmd.add("-Dai.djl.offline=true");
        cmd.add("-DOPT_OUT_TRACKING=true");
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-cp");
        cmd.add(lib + File.separator + "*");
        cmd.add(TrainerRuntime.MAIN_CLASS);
        return cmd;
    }

    static List<String> commandLine(Path lib, Path configFile, String endpoint) {
        List<String> cmd = trainerCommand(lib);
        cmd.add("train");
        cmd.add("--config");
        cmd.add(configFile.toString());
        cmd.add("--events");
        cmd.add(endpoint);
        return cmd;
    }

    /**
     * The IDE's environment plus the opt-out DJL reads as an environment variable, and OpenMP threads
     * that sleep while they wait (libtorch's spin-waiting threads slow training down many times when the
     * IDE and the trainer share the cores), unless the user set a policy.
     */
    static String[] environment() {
        return trainerEnvironment().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    private static Map<String, String> trainerEnvironment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("OPT_OUT_TRACKING", "true");
        env.putIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
        return env;
    }

    private static void startReader(LoopbackEventServer server, TrainingSession session, Process process, String name) {
        Thread reader = new Thread(() -> {
            try (server) {
                boolean connected = false;
                long deadline = System.nanoTime() + CONNECT_TIMEOUT_MILLIS * 1_000_000L;
                // a trainer that dies while starting never connects: stop waiting when it is gone
                while (!connected && process.isAlive() && System.nanoTime() < deadline) {
                    connected = server.accept(500);
                }
                if (connected) {
                    for (TrainerEvent e; (e = server.next()) != null;) {
                        session.accept(e);
                    }
                }
            } catch (IOException | RuntimeException e) {
                LaunchingPlugin.log("event stream of training run " + name + " broke off", e);
            }
            try {
                session.processEnded(process.waitFor());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "Tagwright training events: " + name);
        reader.setDaemon(true);
        reader.start();
    }
}
