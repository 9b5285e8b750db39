package io.tagwright.trainer.cli;

import io.tagwright.trainer.data.DatasetException;
import io.tagwright.trainer.data.TrainingPlan;
import io.tagwright.trainer.protocol.config.ConfigException;
import io.tagwright.trainer.protocol.config.ConfigProblem;
import io.tagwright.trainer.protocol.config.KohyaGuiConfig;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.config.RunConfigValidator;
import io.tagwright.trainer.protocol.config.SdScriptsCommandLine;
import io.tagwright.trainer.protocol.config.TomlException;
import io.tagwright.trainer.protocol.files.AtomicFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code import-kohya} (kohya_ss GUI JSON to run TOML) and {@code export-kohya} (to GUI JSON, TOML or an sd-scripts command line). */
final class KohyaCommands {

    static final String IMPORT_USAGE = "usage: import-kohya FILE.json [--out run.toml] [--force]";
    static final String EXPORT_USAGE = "usage: export-kohya --config run.toml [--format gui|toml|cmdline] [--out FILE] [--force]";

    private final PrintStream out;
    private final PrintStream err;

    KohyaCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int importKohya(Args a) throws UsageException {
        if (a.positional().size() != 1) {
            throw new UsageException("import-kohya needs exactly one kohya_ss GUI .json file");
        }
        Path json = Path.of(a.positional().get(0));
        Path toml = a.get("out") != null ? Path.of(a.get("out")) : siblingWithExtension(json, ".toml");
        KohyaGuiConfig.Import imp;
        try {
            imp = KohyaGuiConfig.importJson(RunConfig.readText(json, 16L << 20), json.toString());
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.CONFIG_INVALID.code();
        }
        if (!a.flag("force") && Files.exists(toml)) {
            err.println("error: " + toml + " exists; use --force to replace it or --out to choose another file");
            return ExitCode.USAGE.code();
        }
        try {
            RunConfig c = imp.config();
            if (imp.samplePromptText() != null) {
                Path prompts = siblingWithExtension(toml, "_sample_prompts.txt");
                if (!a.flag("force") && Files.exists(prompts)) {
                    err.println("error: " + prompts + " exists; use --force to replace it");
                    return ExitCode.USAGE.code();
                }
                AtomicFiles.writeString(prompts, imp.samplePromptText().endsWith("\n") ? imp.samplePromptText()
                        : imp.samplePromptText() + "\n");
                c.set("sample_prompts", prompts.getFileName().toString());
                out.println("wrote " + prompts);
            }
            c.save(toml);
            out.println("wrote " + toml);
            for (ConfigProblem p : imp.notes()) {
                err.println(json + ": " + p);
            }
            c.setBaseDir(toml.toAbsolutePath().getParent());
            for (ConfigProblem p : RunConfigValidator.validate(c)) {
                if (p.severity() != ConfigProblem.Severity.INFO) {
                    err.println(toml + ": " + p);
                }
            }
        } catch (IOException e) {
            err.println("error: cannot write " + toml + ": " + e.getMessage());
            return ExitCode.INTERNAL.code();
        }
        return ExitCode.OK.code();
    }

    int exportKohya(Args a) throws UsageException {
        String cfg = a.get("config");
        if (cfg == null && a.positional().size() == 1) {
            cfg = a.positional().get(0);
        }
        if (cfg == null) {
            throw new UsageException("--config run.toml is required");
        }
        String format = a.get("format") == null ? "gui" : a.get("format");
        RunConfig c;
        try {
            c = RunConfig.load(Path.of(cfg));
        } catch (ConfigException | TomlException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.CONFIG_INVALID.code();
        }
        String text;
        switch (format) {
            case "gui" -> text = KohyaGuiConfig.exportJson(c);
            case "toml" -> text = c.toToml();
            case "cmdline" -> {
                long steps = 0;
                if (c.has("lr_warmup_ratio") && !c.has("lr_warmup_steps")) {
                    try {
                        steps = TrainingPlan.build(c).totalSteps();
                    } catch (DatasetException | ConfigException e) {
                        err.println("warning: lr_warmup_ratio cannot become lr_warmup_steps without the dataset: " + e.getMessage());
                    }
                }
                text = SdScriptsCommandLine.buildShell(c, steps) + "\n";
            }
            default -> throw new UsageException("--format must be gui, toml or cmdline, not " + format);
        }
        if (a.get("out") == null) {
            out.print(text);
            return ExitCode.OK.code();
        }
        Path target = Path.of(a.get("out"));
        if (!a.flag("force") && Files.exists(target)) {
            err.println("error: " + target + " exists; use --force to replace it");
            return ExitCode.USAGE.code();
        }
        try {
            AtomicFiles.writeString(target, text);
        } catch (IOException e) {
            err.println("error: cannot write " + target + ": " + e.getMessage());
            return ExitCode.INTERNAL.code();
        }
        out.println("wrote " + target);
        return ExitCode.OK.code();
    }

    private static Path siblingWithExtension(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + suffix);
    }
}
