package io.tagwright.trainer.cli;

import io.tagwright.trainer.data.BucketPlan;
import io.tagwright.trainer.data.SubsetSpec;
import io.tagwright.trainer.data.TrainingPlan;

import java.io.PrintStream;
import java.util.Locale;

/** The human-readable {@code --dry-run} / {@code plan} output. */
final class PlanPrinter {
    private PlanPrinter() {
    }

    static void print(TrainingPlan plan, String source, PrintStream out) {
        out.println("Plan for " + source);
        for (int d = 0; d < plan.datasets().size(); d++) {
            BucketPlan bp = plan.datasets().get(d);
            var spec = bp.dataset().spec();
            out.printf(Locale.ROOT, "dataset %d: resolution %dx%d, batch size %d, buckets %s%n", d + 1, spec.width(), spec.height(),
                    spec.batchSize(), spec.enableBucket() ? "on (" + spec.minBucketReso() + ".." + spec.maxBucketReso() + ", steps "
                            + spec.bucketResoSteps() + (spec.bucketNoUpscale() ? ", no upscale)" : ")") : "off");
            out.println("  subsets:");
            for (SubsetSpec s : bp.dataset().subsets()) {
                out.printf(Locale.ROOT, "    %-28s repeats %4d  images %6d%s  %s%n", s.dirName(), s.numRepeats(),
                        bp.dataset().imageCount(s), s.isReg() ? "  (reg)" : "", s.imageDir());
            }
            out.println("  buckets:");
            for (BucketPlan.Bucket b : bp.buckets()) {
                long entries = b.entries().size();
                out.printf(Locale.ROOT, "    %4dx%-4d  images %6d  with repeats %7d  batches %6d%n", b.reso().width(),
                        b.reso().height(), b.distinctImages(), entries, (entries + bp.batchSize() - 1) / bp.batchSize());
            }
        }
        out.printf(Locale.ROOT, "training images (with repeats): %d, regularization images: %d%n", plan.numTrainImages(),
                plan.numRegImages());
        out.println("batches per epoch: " + plan.batchesPerEpoch());
        out.println("epochs: " + plan.epochs());
        out.println("optimizer steps: " + plan.totalSteps() + " (gradient accumulation " + plan.gradientAccumulationSteps()
                + ", " + plan.updateStepsPerEpoch() + " per epoch)");
        out.println("warm-up steps: " + plan.warmupSteps());
        out.println("memory estimate: ~" + ConsoleProgress.human(plan.memoryEstimateBytes()) + " (rough)");
        for (String w : plan.warnings()) {
            out.println("warning: " + w);
        }
    }
}
