package io.tagwright.ui.overview;

import io.tagwright.launching.PlanPreview;
import io.tagwright.launching.TrainingDefaults;
import io.tagwright.model.Dataset;
import io.tagwright.model.TrainingTarget;
import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.plan.BucketManager;

/**
 * The training a dataset is prepared for, in the trainer's terms: the recipe's configuration with the
 * dataset's own resolution, bucket settings, epochs and batch size. Buckets and steps then come from the
 * trainer's bucket manager and step maths (through the launching bundle's plan preview), so the overview
 * and the Properties view say what a training run will do.
 */
public final class TrainingPlans {

    private TrainingPlans() {
    }

    public static RunConfig config(Dataset dataset) {
        String name = dataset.getTriggerWords().isEmpty() ? dataset.getName() : dataset.getTriggerWords().get(0);
        RunConfig c = TrainingDefaults.recipe(name == null ? "lora" : name, dataset.getCaptionExtension());
        TrainingTarget t = dataset.getSettings();
        if (t != null) {
            int r = t.getResolution();
            c.set("resolution", r + "," + r);
            c.set("max_bucket_reso", (long) Math.max(1024, r));
            c.set("bucket_reso_steps", (long) t.getBucketResoSteps());
            c.set("bucket_no_upscale", t.isBucketNoUpscale());
            c.set("train_batch_size", (long) t.getBatchSize());
            c.set("max_train_epochs", (long) t.getEpochs());
        }
        return c;
    }

    public static PlanPreview preview(Dataset dataset) {
        return PlanPreview.of(dataset, config(dataset));
    }

    /** The bucket an image of this size lands in, e.g. {@code 640x896}, or the reason there is none. */
    public static String bucket(Dataset dataset, int width, int height) {
        RunConfig c = config(dataset);
        try {
            int[] res = c.resolution();
            BucketManager m = c.bool("enable_bucket")
                    ? BucketManager.forBuckets(c.bool("bucket_no_upscale"), res[0], res[1], (int) c.integer("min_bucket_reso", 256),
                            (int) c.integer("max_bucket_reso", 1024), (int) c.integer("bucket_reso_steps", 64))
                    : BucketManager.fixed(res[0], res[1]);
            return m.select(width, height).bucket().toString();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
