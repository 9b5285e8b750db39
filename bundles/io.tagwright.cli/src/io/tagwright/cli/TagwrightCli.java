package io.tagwright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;

import io.tagwright.cli.bench.BenchCommand;

/**
 * {@code tagwright}: the dataset engine on the command line, for scripts and remote machines. Runs on a
 * plain class path (no OSGi, no display) so it starts quickly.
 */
public final class TagwrightCli {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    private TagwrightCli() {
        for (Command c : List.of(new StatsCommand(), new LintCommand(), new SearchCommand(), new TagsCommand(),
                new RefactorCommands.Rename(), new RefactorCommands.Template(), new RefactorCommands.Add(),
                new RefactorCommands.Remove(), new BenchCommand())) {
            commands.put(c.name(), c);
        }
    }

    /** Held so that its level sticks: Lucene's hint about the incubating vector API is noise on a terminal. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        boolean tty = System.console() != null;
        System.exit(run(args, System.out, System.err, tty));
    }

    /** Runs one command line; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean interactive) {
        return new TagwrightCli().dispatch(List.of(args), new Console(out, err, interactive));
    }

    private int dispatch(List<String> args, Console console) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            return help(args.size() > 1 ? args.get(1) : null, console);
        }
        Command c = commands.get(args.get(0));
        if (c == null) {
            console.err().println("tagwright: unknown command '" + args.get(0) + "' (try: tagwright help)");
            return ExitCodes.USAGE;
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        try {
            return c.run(rest, console);
        } catch (UsageException e) {
            console.err().println("tagwright " + c.name() + ": " + e.getMessage());
            console.err().println(c.usage());
            return ExitCodes.USAGE;
        } catch (BadQuery e) {
            console.err().println("tagwright " + c.name() + ": bad query: " + e.getMessage());
            console.err().println("  " + e.syntax().pointer(e.query).replace("\n", "\n  "));
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            console.err().println("tagwright " + c.name() + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (WriteException e) {
            console.err().println("tagwright " + c.name() + ": " + e.getMessage());
            return ExitCodes.WRITE;
        } catch (OperationCanceledException e) {
            console.err().println("tagwright " + c.name() + ": cancelled");
            return ExitCodes.INTERRUPTED;
        } catch (IOException e) {
            console.err().println("tagwright " + c.name() + ": " + e.getMessage());
            return ExitCodes.INPUT;
        } catch (Exception e) {
            console.err().println("tagwright " + c.name() + ": " + e);
            return ExitCodes.INPUT;
        }
    }

    private int help(String name, Console console) {
        if (name != null && commands.containsKey(name)) {
            console.out().println(commands.get(name).usage());
            return ExitCodes.OK;
        }
        console.out().println("usage: tagwright COMMAND [ARGS]   (without a command: the workbench)");
        console.out().println();
        for (Command c : commands.values()) {
            console.out().printf("  %-10s %s%n", c.name(), c.summary());
        }
        console.out().println();
        console.out().println("tagwright help COMMAND shows a command's options.");
        return ExitCodes.OK;
    }
}
