package io.tagwright.trainer.data;

import io.tagwright.trainer.protocol.plan.BucketManager;
import io.tagwright.trainer.protocol.plan.StepMath;

import io.tagwright.trainer.protocol.config.RunConfig;
import io.tagwright.trainer.protocol.event.RunPlan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run will do, computed exactly as sd-scripts does before its first step: datasets,
 * buckets, batches per epoch, epochs, total optimizer steps and warm-up steps, plus a rough
 * memory estimate. This is {@code --dry-run}'s output and the training loop's schedule.
 */
public final class TrainingPlan {
    private final RunConfig config;
    private final DatasetBlueprint.Resolved blueprint;
    private final List<BucketPlan> datasets;
    private final long batchesPerEpoch;
    private final int epochs;
    private final long totalSteps;
    private final long warmupSteps;
    private final int gradientAccumulationSteps;
    private final long memoryEstimateBytes;
    private final List<String> warnings;

    private TrainingPlan(RunConfig config, DatasetBlueprint.Resolved blueprint, List<BucketPlan> datasets,
            List<String> warnings) {
        this.config = config;
        this.blueprint = blueprint;
        this.datasets = List.copyOf(datasets);
        this.gradientAccumulationSteps = (int) Math.max(1, config.integer("gradient_accumulation_steps", 1));
        long batches = 0;
        for (BucketPlan p : datasets) {
            batches += p.batchesPerEpoch();
        }
        this.batchesPerEpoch = batches;
        Long maxEpochs = config.integer("max_train_epochs");
        long steps = maxEpochs != null ? StepMath.totalSteps(maxEpochs.intValue(), batches, gradientAccumulationSteps)
                : config.integer("max_train_steps", 1600);
        this.totalSteps = steps;
        this.epochs = StepMath.epochsFor(steps, batches, gradientAccumulationSteps);
        Double ratio = config.real("lr_warmup_ratio");
        long warm = config.integer("lr_warmup_steps", 0);
        if (ratio != null && !config.has("lr_warmup_steps")) {
            warm = (long) Math.floor(ratio * steps);
        }
        this.warmupSteps = warm;
        this.memoryEstimateBytes = MemoryEstimate.bytes(config, datasets);
        this.warnings = List.copyOf(warnings);
    }

    /** Resolves, scans and buckets the datasets of {@code config}; throws {@link DatasetException} for dataset problems. */
    public static TrainingPlan build(RunConfig config) {
        DatasetBlueprint.Resolved bp = DatasetBlueprint.resolve(config);
        List<String> warnings = new ArrayList<>(bp.warnings());
        List<BucketPlan> plans = new ArrayList<>();
        for (DatasetSpec spec : bp.datasets()) {
            ScannedDataset scanned = DatasetScanner.scan(spec);
            warnings.addAll(scanned.warnings());
            plans.add(BucketPlan.build(scanned));
        }
        long trainImages = plans.stream().mapToLong(p -> p.dataset().numTrainImages()).sum();
        if (trainImages == 0) {
            throw new DatasetException("no training images found in "
                    + (bp.fromDatasetConfig() ? config.path("dataset_config") : config.path("train_data_dir")));
        }
        return new TrainingPlan(config, bp, plans, warnings);
    }

    public RunConfig config() {
        return config;
    }

    public boolean fromDatasetConfig() {
        return blueprint.fromDatasetConfig();
    }

    public List<BucketPlan> datasets() {
        return datasets;
    }

    public long batchesPerEpoch() {
        return batchesPerEpoch;
    }

    public int epochs() {
        return epochs;
    }

    public long totalSteps() {
        return totalSteps;
    }

    public long updateStepsPerEpoch() {
        return StepMath.updateStepsPerEpoch(batchesPerEpoch, gradientAccumulationSteps);
    }

    public int gradientAccumulationSteps() {
        return gradientAccumulationSteps;
    }

    public long warmupSteps() {
        return warmupSteps;
    }

    public long memoryEstimateBytes() {
        return memoryEstimateBytes;
    }

    public List<String> warnings() {
        return warnings;
    }

    public int numTrainImages() {
        return datasets.stream().mapToInt(p -> p.dataset().numTrainImages()).sum();
    }

    public int numRegImages() {
        return datasets.stream().mapToInt(p -> p.dataset().numRegImages()).sum();
    }

    /** The plan as the event protocol carries it (also what {@code --dry-run} prints as JSON). */
    public RunPlan toRunPlan() {
        List<RunPlan.Subset> subsets = new ArrayList<>();
        Map<BucketManager.Reso, long[]> buckets = new LinkedHashMap<>();
        int batch = 0;
        for (BucketPlan p : datasets) {
            batch = Math.max(batch, p.batchSize());
            for (SubsetSpec s : p.dataset().subsets()) {
                subsets.add(new RunPlan.Subset(s.imageDir().toString(), s.dirName(), s.numRepeats(), p.dataset().imageCount(s), s.isReg()));
            }
            for (BucketPlan.Bucket b : p.buckets()) {
                long[] c = buckets.computeIfAbsent(b.reso(), k -> new long[2]);
                c[0] += b.distinctImages();
                c[1] += b.entries().size();
            }
        }
        List<RunPlan.Bucket> bs = new ArrayList<>();
        buckets.forEach((r, c) -> bs.add(new RunPlan.Bucket(r.width(), r.height(), (int) c[0], c[1])));
        return new RunPlan(subsets, bs, batch, gradientAccumulationSteps, epochs, batchesPerEpoch, totalSteps,
                memoryEstimateBytes, warnings);
    }
}
