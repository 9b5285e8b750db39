package io.tagwright.core.lint.rules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.tagwright.core.dataset.DatasetSnapshot.Image;
import io.tagwright.core.dataset.DatasetSnapshot.SubsetInfo;
import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintContext;
import io.tagwright.core.lint.Location;
import io.tagwright.core.lint.Severity;
import io.tagwright.model.SubsetKind;

/** Rules about the dataset's folders and files as a whole. */
final class DatasetRules {

    private DatasetRules() {
    }

    /** More than one trigger word or class token: a LoRA per subject trains better. */
    static final class MultipleSubjects extends AbstractRule {
        static final String ID = "multiple-subjects";

        MultipleSubjects() {
            super(ID, Severity.WARNING, "the dataset has more than one subject or trigger word");
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            Set<String> subjects = ctx.subjects();
            if (subjects.size() > 1) {
                out.accept(ctx.finding(this, subjects.size() + " subjects/trigger words (" + TagRules.RemoveTagsText.list(new ArrayList<>(subjects))
                        + "): subjects trained together bleed into each other; the recipe is one subject per LoRA",
                        Location.DATASET, null));
            }
        }
    }

    /** A regularisation folder: fine, but worth knowing what kohya does with it. */
    static final class Regularization extends AbstractRule {
        static final String ID = "regularization-folder";

        Regularization() {
            super(ID, Severity.INFO, "the dataset has a regularisation folder");
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            int n = 0;
            List<String> folders = new ArrayList<>();
            for (SubsetInfo s : ctx.snapshot().subsets()) {
                if (s.kind() == SubsetKind.REGULARIZATION) {
                    folders.add(s.keyPrefix());
                }
            }
            if (folders.isEmpty()) {
                return;
            }
            for (Image i : ctx.snapshot().images()) {
                if (i.subset().kind() == SubsetKind.REGULARIZATION) {
                    n++;
                }
            }
            out.accept(ctx.finding(this, "regularisation images (" + n + " in " + String.join(", ", folders) + "): kohya repeats "
                    + "them to match the training images × repeats, which doubles the steps per epoch; most character LoRAs "
                    + "train without", Location.folder(folders.get(0)), null));
        }
    }

    /** A sub-folder without kohya's {@code N_} repeat prefix: kohya skips it. */
    static final class IgnoredFolder extends AbstractRule {
        static final String ID = "ignored-folder";

        IgnoredFolder() {
            super(ID, Severity.WARNING, "a folder has no N_ repeat prefix, so kohya ignores it");
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            Map<SubsetInfo, Integer> images = new HashMap<>();
            for (Image i : ctx.snapshot().images()) {
                images.merge(i.subset(), 1, Integer::sum);
            }
            for (SubsetInfo s : ctx.snapshot().subsets()) {
                if (!s.usedByKohya()) {
                    int n = images.getOrDefault(s, 0);
                    out.accept(ctx.finding(this, "kohya ignores folders without an N_ repeat prefix (e.g. 10_" + s.folder() + "): "
                            + (n == 0 ? "nothing here is trained" : n + " image(s) here are not trained"), Location.folder(s.keyPrefix()),
                            null));
                }
            }
        }
    }

    /** Caption files with the other extension ({@code .caption} where the dataset uses {@code .txt}, or the reverse). */
    static final class CaptionExtension extends AbstractRule {
        static final String ID = "caption-extension";

        CaptionExtension() {
            super(ID, Severity.WARNING, "caption files with another extension than the dataset's are ignored");
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            String ext = ctx.snapshot().captionExtension();
            for (String f : ctx.snapshot().otherCaptionFiles()) {
                out.accept(ctx.finding(this, "ignored: this dataset's captions are " + ext + " files (sd-scripts defaults to "
                        + ".caption, the kohya_ss GUI to .txt); rename it or change the caption extension", Location.file(f), null));
            }
        }
    }

    /** The same image content twice. Only files of equal size are hashed, so this is cheap. */
    static final class DuplicateImages extends AbstractRule {
        static final String ID = "duplicate-image";

        DuplicateImages() {
            super(ID, Severity.WARNING, "two images have the same content");
        }

        @Override
        public void check(LintContext ctx, Consumer<Finding> out, IProgressMonitor monitor) {
            Map<Long, List<Image>> bySize = new HashMap<>();
            for (Image i : ctx.snapshot().images()) {
                if (i.bytes() > 0) {
                    bySize.computeIfAbsent(i.bytes(), b -> new ArrayList<>(2)).add(i);
                }
            }
            List<Image> candidates = new ArrayList<>();
            for (List<Image> same : bySize.values()) {
                if (same.size() > 1) {
                    candidates.addAll(same);
                }
            }
            if (candidates.isEmpty()) {
                return;
            }
            SubMonitor sub = SubMonitor.convert(monitor, "Comparing " + candidates.size() + " images of equal size", candidates.size());
            Map<String, String> hashes = new HashMap<>();
            for (Image i : candidates) {
                if (sub.isCanceled()) {
                    throw new OperationCanceledException();
                }
                try {
                    hashes.put(i.key(), i.contentHash() != null ? i.contentHash()
                            : ctx.linterHashes().hash(i.file(), i.bytes(), i.mtime()));
                } catch (IOException e) {
                    // unreadable images are reported by file-problem; they cannot be compared
                }
                sub.worked(1);
            }
            Map<String, Image> first = new LinkedHashMap<>();
            for (Image i : ctx.snapshot().images()) {
                String h = hashes.get(i.key());
                if (h == null) {
                    continue;
                }
                Image original = first.putIfAbsent(h + "/" + i.bytes(), i);
                if (original != null) {
                    out.accept(ctx.finding(this, String.format(Locale.ROOT, "same content as %s: the duplicate counts twice per epoch",
                            original.key()), Location.image(i.key()), null));
                }
            }
        }
    }
}
