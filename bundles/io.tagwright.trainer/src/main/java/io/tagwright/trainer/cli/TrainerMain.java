package io.tagwright.trainer.cli;

import io.tagwright.trainer.Offline;
import io.tagwright.trainer.protocol.config.ConfigException;
import io.tagwright.trainer.data.DatasetException;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The trainer's command line. Subcommands: {@code train}, {@code plan}, {@code import-kohya},
 * {@code export-kohya}, {@code demo}, {@code lora-keys}, {@code help}. Exit codes: see {@link ExitCode}.
 */
public final class TrainerMain {

    static final String VERSION = "0.1.0";

    private TrainerMain() {
    }

    public static void main(String[] args) {
        Offline.enforce(); // before any DJL class can load
        int code = run(args, System.in, System.out, System.err, TrainCommand::discoverLoop, Terminal.isInteractive());
        System.exit(code);
    }

    /**
     * Runs one command; returns the exit code. {@code in} carries stop commands when events go to
     * stdout (null: no command input); {@code loops} supplies the training engine (null result: none).
     */
    public static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err,
            Supplier<io.tagwright.trainer.run.TrainingLoop> loops, boolean terminal) {
        Offline.enforce();
        if (args.length == 0) {
            err.println(usage());
            return ExitCode.USAGE.code();
        }
        String cmd = args[0];
        try {
            switch (cmd) {
                case "train": {
                    Args a = Args.parse(args, 1, TrainCommand.trainValued(), Set.of("dry-run"));
                    return new TrainCommand(in, out, err, loops, terminal).train(a);
                }
                case "plan": {
                    Args a = Args.parse(args, 1, Set.of("config"), Set.of("json"));
                    return new TrainCommand(in, out, err, loops, terminal).plan(a);
                }
                case "import-kohya": {
                    Args a = Args.parse(args, 1, Set.of("out"), Set.of("force"));
                    return new KohyaCommands(out, err).importKohya(a);
                }
                case "export-kohya": {
                    Args a = Args.parse(args, 1, Set.of("config", "format", "out"), Set.of("force"));
                    return new KohyaCommands(out, err).exportKohya(a);
                }
                case "demo": {
                    Args a = Args.parse(args, 1, Set.copyOf(DemoCommand.valued()), Set.of("force", "no-train"));
                    return new DemoCommand(in, out, err, loops, terminal).run(a);
                }
                case "tiny-model": {
                    Args a = Args.parse(args, 1, TinyModelCommand.VALUED, TinyModelCommand.FLAGS);
                    return new TinyModelCommand(out, err).run(a);
                }
                case "lora-keys":
                    return LoraKeysCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
                case "help", "--help", "-h":
                    out.println(usage());
                    return ExitCode.OK.code();
                case "--version", "version":
                    out.println("tagwright-trainer " + VERSION);
                    return ExitCode.OK.code();
                default:
                    err.println("error: unknown command " + cmd);
                    err.println(usage());
                    return ExitCode.USAGE.code();
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(usageOf(cmd));
            return ExitCode.USAGE.code();
        } catch (DatasetException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.DATASET.code();
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.CONFIG_INVALID.code();
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.INTERNAL.code();
        } catch (RuntimeException e) {
            err.println("internal error: " + e);
            e.printStackTrace(err);
            return ExitCode.INTERNAL.code();
        }
    }

    private static String usageOf(String cmd) {
        return switch (cmd) {
            case "train", "plan" -> TrainCommand.USAGE;
            case "import-kohya" -> KohyaCommands.IMPORT_USAGE;
            case "export-kohya" -> KohyaCommands.EXPORT_USAGE;
            case "demo" -> DemoCommand.USAGE;
            case "lora-keys" -> LoraKeysCommand.USAGE;
            case "tiny-model" -> TinyModelCommand.USAGE;
            default -> usage();
        };
    }

    static String usage() {
        return "tagwright-trainer " + VERSION + " - SD1.5 LoRA training that behaves like kohya sd-scripts\n\n"
                + "commands:\n"
                + "  train --config run.toml [--dry-run] [--resume DIR] [--events SPEC] [--events-file FILE]\n"
                + "        train a LoRA; --dry-run checks everything and prints the plan without training;\n"
                + "        --resume continues from a state folder (<output_name>-<epoch>-state, or the\n"
                + "        <output_name>-step<step>-state a stopped run leaves); --events-file also logs the events.\n"
                + "        --events stdout (default when not on a terminal; lines start with \"@@tagwright-event@@ \"),\n"
                + "        stderr, none, or tcp://127.0.0.1:PORT (loopback only). A {\"v\":1,\"type\":\"stop\"} line\n"
                + "        on stdin or the socket stops gracefully (the current weights are saved).\n"
                + "  plan --config run.toml [--json]\n"
                + "        subsets, buckets, batches per epoch, total steps and a memory estimate.\n"
                + "  import-kohya FILE.json [--out run.toml] [--force]\n"
                + "        convert a kohya_ss GUI config; fields without an sd-scripts option are kept.\n"
                + "  export-kohya --config run.toml [--format gui|toml|cmdline] [--out FILE] [--force]\n"
                + "        write a kohya_ss GUI config, a normalized TOML, or the sd-scripts command line.\n"
                + "  demo [DIR] [--force] [--no-train] [--model PATH]\n"
                + "        write a small demo dataset, a tiny generated SD1.5-topology model and a run config, and\n"
                + "        train it on the CPU in about a minute (LoRA files, samples, events, TensorBoard logs);\n"
                + "        --no-train only writes the files; --model writes a 512 px project for a real model.\n"
                + "  tiny-model DIR [--captions FOLDER] [--prompts FILE] [--seed N] [--force]\n"
                + "        write the demo's tiny SD1.5-topology model (random weights, diffusers layout) with a small\n"
                + "        tokenizer learned from the captions under FOLDER, to try a dataset end to end on a CPU.\n"
                + "  lora-keys --arch sd15 [--dim 96 --alpha 72] | --config MODEL_OR_CONFIG [--unet-only] [--conv-dim N --conv-alpha A]\n"
                + "        print the kohya LoRA module table (name, lora_down and lora_up shapes, alpha) as JSON, from\n"
                + "        the architecture alone (no weights are loaded).\n"
                + "  help, --version\n\n"
                + "run.toml uses sd-scripts' option names (the file train_network.py --config_file reads).\n"
                + "Nothing is ever downloaded: models and tokenizers come from the paths you give.\n\n"
                + "exit codes:\n" + ExitCode.table();
    }
}
