package io.tagwright.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintReport;
import io.tagwright.core.lint.LintRule;
import io.tagwright.core.lint.LintSettings;
import io.tagwright.core.lint.Linter;
import io.tagwright.core.lint.Severity;
import io.tagwright.trainer.protocol.json.Json;

/** {@code tagwright lint}: checks a dataset against kohya's rules and the recipe. */
final class LintCommand implements Command {

    @Override
    public String name() {
        return "lint";
    }

    @Override
    public String summary() {
        return "check a dataset: captions, tags, images, folders, views (exit 1 on findings)";
    }

    @Override
    public String usage() {
        return """
                usage: tagwright lint DATASET [--json] [--fail-on error|warning|info|never] [--skip RULE,...]
                                     [--tags FILE] [--clip DIR] [--target WxH] [--min-side PX] [--rules]
                  --fail-on   exit 1 when a finding is at least this severe (default: warning)
                  --skip      rule ids to leave out, comma-separated
                  --tags      tag list (tagcomplete CSV) for typo and alias checks (or TAGWRIGHT_TAGS)
                  --clip      CLIP tokenizer folder for the 75-token check (or TAGWRIGHT_CLIP)
                  --target    generation size for the aspect-ratio check (default: the dataset's resolution, square)
                  --min-side  smallest acceptable image side in pixels (default 768)
                  --rules     list the rules and exit""";
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Args a = new Args(args);
        boolean json = a.flag("--json");
        boolean listRules = a.flag("--rules");
        String failOn = a.option("--fail-on", "warning").toLowerCase(Locale.ROOT);
        String skip = a.option("--skip", "");
        String tags = a.option("--tags", null);
        String clip = a.option("--clip", null);
        String target = a.option("--target", null);
        int minSide = a.intOption("--min-side", 768);
        List<String> pos = a.positional();
        Linter linter = new Linter();
        if (listRules) {
            for (LintRule r : linter.rules()) {
                console.out().printf("%-22s %-8s %s%n", r.id(), r.defaultSeverity().name().toLowerCase(Locale.ROOT), r.description());
            }
            return ExitCodes.OK;
        }
        if (pos.size() != 1) {
            throw new UsageException("expected one DATASET");
        }
        Severity threshold = switch (failOn) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            case "never" -> null;
            default -> throw new UsageException("--fail-on takes error, warning, info or never, not '" + failOn + "'");
        };
        LintSettings.Builder settings = LintSettings.builder().setMinImageSide(minSide)
                .optTagList(UserFiles.tagList(tags), UserFiles.TAGS_HINT).optTokenizer(UserFiles.tokenizer(clip), UserFiles.CLIP_HINT);
        if (target != null) {
            String[] wh = target.toLowerCase(Locale.ROOT).split("x");
            try {
                settings.setTargetSize(Integer.parseInt(wh[0].strip()), Integer.parseInt(wh[1].strip()));
            } catch (RuntimeException e) {
                throw new UsageException("--target takes WIDTHxHEIGHT, e.g. 512x768, not '" + target + "'");
            }
        }
        for (String id : skip.split(",")) {
            if (!id.isBlank()) {
                if (linter.rule(id.strip()) == null) {
                    throw new UsageException("unknown rule '" + id.strip() + "' (tagwright lint --rules lists them)");
                }
                settings.disable(id.strip());
            }
        }
        DatasetSession session = Datasets.open(pos.get(0), console.progress());
        LintReport report = linter.lint(io.tagwright.core.dataset.DatasetSnapshot.of(session), settings.build(), console.progress());
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Finding f : report.findings()) {
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        }
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Finding f : report.findings()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", f.ruleId());
                m.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
                m.put("message", f.message());
                Map<String, Object> loc = new LinkedHashMap<>();
                loc.put("kind", f.location().kind().name().toLowerCase(Locale.ROOT));
                loc.put("path", f.location().path());
                m.put("location", loc);
                m.put("fix", f.quickFix() == null ? null : f.quickFix().label());
                list.add(m);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("dataset", session.dataset().getName());
            out.put("root", session.root().toString());
            out.put("images", session.imageCount());
            out.put("errors", errors);
            out.put("warnings", warnings);
            out.put("infos", infos);
            out.put("findings", list);
            console.out().println(Json.write(out));
        } else {
            for (Finding f : report.findings()) {
                console.out().printf("%-7s %-20s %s: %s%s%n", f.severity().name().toLowerCase(Locale.ROOT), f.ruleId(),
                        f.location(), f.message(), f.quickFix() == null ? "" : "  [fix: " + f.quickFix().label() + "]");
            }
            console.out().printf("%s: %d images, %d error(s), %d warning(s), %d info(s)%n", session.dataset().getName(),
                    session.imageCount(), errors, warnings, infos);
        }
        boolean fail = threshold != null && report.count(threshold) > 0;
        return fail ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
