package io.tagwright.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tagwright.core.refactor.AddTags;
import io.tagwright.core.refactor.ApplyTemplate;
import io.tagwright.core.refactor.Refactoring;
import io.tagwright.core.refactor.RemoveTags;
import io.tagwright.core.refactor.RenameTag;

/** {@code rename}, {@code template}, {@code add}, {@code remove}. */
final class RefactorCommands {

    private RefactorCommands() {
    }

    static final class Rename extends RefactorCommand {
        @Override
        public String name() {
            return "rename";
        }

        @Override
        public String summary() {
            return "rename a tag in every caption (merging with the new tag where it exists)";
        }

        @Override
        public String usage() {
            return "usage: tagwright rename DATASET OLD NEW [--query Q] [--dry-run] [--verbose] [--json]\n"
                    + "  OLD and NEW match with _ = space and any case; NEW may be several tags (\"swimsuit, bikini\")\n"
                    + COMMON_OPTIONS;
        }

        @Override
        int[] arity() {
            return new int[] { 2, 2 };
        }

        @Override
        Refactoring refactoring(Map<String, String> options, List<String> p) {
            return new RenameTag(p.get(0), p.get(1));
        }
    }

    static final class Template extends RefactorCommand {
        @Override
        public String name() {
            return "template";
        }

        @Override
        public String summary() {
            return "put a caption template (trigger + base tags) at the start of captions";
        }

        @Override
        public String usage() {
            return "usage: tagwright template DATASET TEMPLATE [--mode prepend|replace|empty-only] [--query Q] [--dry-run] [--json]\n"
                    + "  TEMPLATE  tags, e.g. \"{trigger}, 1girl, solo\"; {trigger} is the dataset's trigger word, {class}\n"
                    + "            the subset folder's class tokens\n"
                    + "  --mode    prepend (default): template first, the caption's other tags after it;\n"
                    + "            replace: the caption becomes the template; empty-only: only images without a caption\n"
                    + COMMON_OPTIONS;
        }

        @Override
        int[] arity() {
            return new int[] { 1, 1 };
        }

        @Override
        Map<String, String> options() {
            return Map.of("--mode", "prepend");
        }

        @Override
        Refactoring refactoring(Map<String, String> options, List<String> p) throws UsageException {
            String mode = options.get("--mode").toLowerCase(Locale.ROOT);
            ApplyTemplate.Mode m = switch (mode) {
                case "prepend" -> ApplyTemplate.Mode.PREPEND;
                case "replace" -> ApplyTemplate.Mode.REPLACE;
                case "empty-only" -> ApplyTemplate.Mode.EMPTY_ONLY;
                default -> throw new UsageException("--mode takes prepend, replace or empty-only, not '" + mode + "'");
            };
            return new ApplyTemplate(p.get(0), m);
        }
    }

    static final class Add extends RefactorCommand {
        @Override
        public String name() {
            return "add";
        }

        @Override
        public String summary() {
            return "add tags to captions that lack them";
        }

        @Override
        public String usage() {
            return "usage: tagwright add DATASET TAG... [--at start|end|after-trigger] [--query Q] [--dry-run] [--json]\n"
                    + "  --at  where the tags go (default: end)\n" + COMMON_OPTIONS;
        }

        @Override
        int[] arity() {
            return new int[] { 1, -1 };
        }

        @Override
        Map<String, String> options() {
            return Map.of("--at", "end");
        }

        @Override
        Refactoring refactoring(Map<String, String> options, List<String> p) throws UsageException {
            String at = options.get("--at").toLowerCase(Locale.ROOT);
            AddTags.Position position = switch (at) {
                case "start" -> AddTags.Position.START;
                case "end" -> AddTags.Position.END;
                case "after-trigger" -> AddTags.Position.AFTER_TRIGGER;
                default -> throw new UsageException("--at takes start, end or after-trigger, not '" + at + "'");
            };
            return new AddTags(p, position);
        }
    }

    static final class Remove extends RefactorCommand {
        @Override
        public String name() {
            return "remove";
        }

        @Override
        public String summary() {
            return "remove tags (or globs such as '*_background') from captions";
        }

        @Override
        public String usage() {
            return "usage: tagwright remove DATASET TAG... [--query Q] [--dry-run] [--json]\n" + COMMON_OPTIONS;
        }

        @Override
        int[] arity() {
            return new int[] { 1, -1 };
        }

        @Override
        Refactoring refactoring(Map<String, String> options, List<String> p) {
            return new RemoveTags(p);
        }
    }
}
