package io.tagwright.trainer.data;

import io.tagwright.trainer.protocol.plan.BucketManager;
import io.tagwright.trainer.protocol.plan.StepMath;

import io.tagwright.trainer.protocol.plan.BucketManager.Reso;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The buckets of one scanned dataset: each image assigned to its bucket (sd-scripts'
 * {@code make_buckets}), each bucket holding its images once per repeat, in registration order.
 */
public final class BucketPlan {

    /** One bucket: its resolution and its entries (an image appears once per repeat). */
    public record Bucket(Reso reso, List<ImageInfo> entries) {
        public Bucket {
            entries = List.copyOf(entries);
        }

        public int distinctImages() {
            return (int) entries.stream().distinct().count();
        }
    }

    private final ScannedDataset dataset;
    private final List<Bucket> buckets;
    private final double meanArError;

    private BucketPlan(ScannedDataset dataset, List<Bucket> buckets, double meanArError) {
        this.dataset = dataset;
        this.buckets = List.copyOf(buckets);
        this.meanArError = meanArError;
    }

    public static BucketPlan build(ScannedDataset ds) {
        DatasetSpec s = ds.spec();
        BucketManager m;
        try {
            m = s.enableBucket()
                    ? BucketManager.forBuckets(s.bucketNoUpscale(), s.width(), s.height(), s.minBucketReso(), s.maxBucketReso(), s.bucketResoSteps())
                    : BucketManager.fixed(s.width(), s.height());
        } catch (IllegalArgumentException e) {
            throw new DatasetException("bucket settings: " + e.getMessage(), e);
        }
        double errSum = 0;
        for (ImageInfo info : ds.images()) {
            BucketManager.Selection sel;
            try {
                sel = m.select(info.width(), info.height());
            } catch (IllegalArgumentException e) {
                throw new DatasetException(info.path() + ": " + e.getMessage(), e);
            }
            info.bucketWidth = sel.bucket().width();
            info.bucketHeight = sel.bucket().height();
            info.resizedWidth = sel.resized().width();
            info.resizedHeight = sel.resized().height();
            errSum += Math.abs(sel.arError());
        }
        Map<Reso, List<ImageInfo>> byReso = new LinkedHashMap<>();
        for (Reso r : m.usedResolutions()) {
            byReso.put(r, new ArrayList<>());
        }
        for (ImageInfo info : ds.images()) {
            List<ImageInfo> list = byReso.get(new Reso(info.bucketWidth, info.bucketHeight));
            for (int i = 0; i < info.numRepeats(); i++) {
                list.add(info);
            }
        }
        List<Bucket> buckets = new ArrayList<>();
        byReso.forEach((r, l) -> buckets.add(new Bucket(r, l)));
        double mean = ds.images().isEmpty() ? 0 : errSum / ds.images().size();
        return new BucketPlan(ds, buckets, mean);
    }

    public ScannedDataset dataset() {
        return dataset;
    }

    public List<Bucket> buckets() {
        return buckets;
    }

    public int batchSize() {
        return dataset.spec().batchSize();
    }

    public long batchesPerEpoch() {
        return StepMath.batchesPerEpoch(buckets.stream().map(b -> (long) b.entries().size()).toList(), batchSize());
    }

    public double meanArError() {
        return meanArError;
    }

    /**
     * sd-scripts' {@code bucket_info} (for {@code ss_bucket_info}): {@code {"buckets": {"0":
     * {"resolution": [w, h], "count": n}}, "mean_img_ar_error": e}}; null without bucketing.
     */
    public Map<String, Object> bucketInfo() {
        if (!dataset.spec().enableBucket()) {
            return null;
        }
        Map<String, Object> b = new LinkedHashMap<>();
        for (int i = 0; i < buckets.size(); i++) {
            Bucket k = buckets.get(i);
            if (!k.entries().isEmpty()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("resolution", List.of(k.reso().width(), k.reso().height()));
                x.put("count", k.entries().size());
                b.put(String.valueOf(i), x);
            }
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("buckets", b);
        info.put("mean_img_ar_error", meanArError);
        return info;
    }
}
