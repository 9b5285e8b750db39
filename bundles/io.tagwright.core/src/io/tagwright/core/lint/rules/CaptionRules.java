package io.tagwright.core.lint.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tagwright.core.dataset.DatasetProblem;
import io.tagwright.core.dataset.DatasetSnapshot.Image;
import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintContext;
import io.tagwright.core.lint.Location;
import io.tagwright.core.lint.QuickFix;
import io.tagwright.core.lint.Severity;
import io.tagwright.core.refactor.ApplyTemplate;
import io.tagwright.core.refactor.Scope;
import io.tagwright.model.CaptionStatus;

/** Rules about caption files: missing, empty, orphaned, and files trainers cannot read. */
final class CaptionRules {

    private CaptionRules() {
    }

    /** Captions with the trigger for an image that has none (only when a trigger is known). */
    static QuickFix triggerCaption(Image i, LintContext ctx) {
        boolean hasTrigger = ctx.snapshot().triggerWords().stream().anyMatch(w -> !w.isBlank())
                || !i.subset().classTokens().isBlank();
        if (!hasTrigger) {
            return null;
        }
        return new QuickFix("Caption it with the trigger word", new ApplyTemplate("{trigger}", ApplyTemplate.Mode.EMPTY_ONLY),
                Scope.keys(List.of(i.key())));
    }

    /** An image without a caption file. */
    static final class Missing extends AbstractRule {
        static final String ID = "caption-missing";

        Missing() {
            super(ID, Severity.WARNING, "an image has no caption file");
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            for (Image i : ctx.snapshot().images()) {
                if (i.captionStatus() == CaptionStatus.MISSING && i.tags().isEmpty()) { // tags in the model: the file comes with the next save
                    String cls = i.subset().classTokens();
                    out.accept(ctx.finding(this, "no caption file (" + ctx.snapshot().captionExtension() + "); kohya trains it with "
                            + (cls.isBlank() ? "an empty caption" : "only the class tokens " + quote(cls)),
                            Location.image(i.key()), triggerCaption(i, ctx)));
                }
            }
        }
    }

    /** A caption file without tags. */
    static final class Empty extends AbstractRule {
        static final String ID = "caption-empty";

        Empty() {
            super(ID, Severity.WARNING, "a caption file is empty");
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            for (Image i : ctx.snapshot().images()) {
                if (i.tags().isEmpty() && (i.captionStatus() == CaptionStatus.EMPTY || i.captionStatus() == CaptionStatus.OK)) {
                    out.accept(ctx.finding(this, "the caption file is empty", Location.image(i.key()), triggerCaption(i, ctx)));
                }
            }
        }
    }

    /** A caption file without an image of the same name. */
    static final class Orphaned extends AbstractRule {
        static final String ID = "caption-orphaned";

        Orphaned() {
            super(ID, Severity.WARNING, "a caption file has no image");
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            for (String f : ctx.snapshot().orphanCaptions()) {
                out.accept(ctx.finding(this, "caption without an image of the same name (renamed or deleted image?); kohya ignores it",
                        Location.file(f), null));
            }
        }
    }

    /** Files that cannot be read, or that trainers would misread (encodings, oversized captions). */
    static final class FileProblems extends AbstractRule {
        static final String ID = "file-problem";

        FileProblems() {
            super(ID, Severity.ERROR, "an image or caption file cannot be read, or trainers would misread it");
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            if (ctx.snapshot().problems().isEmpty()) {
                return;
            }
            Set<String> imageKeys = new HashSet<>();
            Map<String, String> byCaption = new HashMap<>();
            String ext = ctx.snapshot().captionExtension();
            for (Image i : ctx.snapshot().images()) {
                imageKeys.add(i.key());
                int dot = i.key().lastIndexOf('.');
                byCaption.put((dot > i.key().lastIndexOf('/') ? i.key().substring(0, dot) : i.key()) + ext, i.key());
            }
            for (DatasetProblem p : ctx.snapshot().problems()) {
                // the problem's own severity: an unreadable image is an error, an odd encoding a warning
                Severity s = switch (p.severity()) {
                    case ERROR -> Severity.ERROR;
                    case WARNING -> Severity.WARNING;
                    case INFO -> Severity.INFO;
                };
                // a caption's problem belongs to its image: that is where the user looks
                Location where = imageKeys.contains(p.file()) ? Location.image(p.file())
                        : byCaption.containsKey(p.file()) ? Location.image(byCaption.get(p.file())) : Location.file(p.file());
                out.accept(new Finding(ID, s, p.message(), where, null));
            }
        }
    }
}
