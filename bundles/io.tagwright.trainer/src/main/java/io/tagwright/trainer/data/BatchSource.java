package io.tagwright.trainer.data;

import io.tagwright.trainer.protocol.plan.BucketManager;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Batches for each epoch of a {@link TrainingPlan}, as sd-scripts' dataset group produces them:
 * every epoch, each bucket's entries are shuffled, cut into batches of the dataset's batch size
 * (the last one of a bucket may be smaller), and the batches of all datasets are shuffled
 * together. Images are decoded, resized and cropped to their bucket, flipped ({@code flip_aug},
 * p = 0.5), colour-jittered ({@code color_aug}); captions are processed by {@link CaptionProcessor}.
 *
 * <p>Deterministic under the seed: the order of an epoch depends only on (seed, epoch), the
 * augmentation of an image only on (seed, epoch, batch, position), never on thread timing. The
 * next batches are prepared on background threads while the current one trains. Close it when done.
 */
public final class BatchSource implements AutoCloseable {

    /** A batch to be loaded: which dataset, which bucket, which slice of the shuffled bucket. */
    public record BatchRef(int dataset, int bucket, List<ImageInfo> entries) {
    }

    private final TrainingPlan plan;
    private final long seed;
    private final float priorLossWeight;
    private final ExecutorService pool;
    private final int threads;

    /** {@code threads} batches are prepared ahead, each on its own thread. */
    public BatchSource(TrainingPlan plan, long seed, int threads) {
        this.plan = plan;
        this.threads = Math.max(1, threads);
        this.seed = seed;
        this.priorLossWeight = (float) plan.config().real("prior_loss_weight", 1.0);
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "tagwright-data");
            t.setDaemon(true);
            return t;
        });
    }

    public TrainingPlan plan() {
        return plan;
    }

    /** The batches of {@code epoch} (1-based) in training order, not loaded yet. */
    public List<BatchRef> order(int epoch) {
        SplittableRandom rng = new SplittableRandom(mix(seed, epoch, -1, -1));
        List<BatchRef> refs = new ArrayList<>();
        List<BucketPlan> datasets = plan.datasets();
        for (int d = 0; d < datasets.size(); d++) {
            BucketPlan p = datasets.get(d);
            for (int b = 0; b < p.buckets().size(); b++) {
                List<ImageInfo> entries = new ArrayList<>(p.buckets().get(b).entries());
                shuffle(entries, rng);
                for (int i = 0; i < entries.size(); i += p.batchSize()) {
                    refs.add(new BatchRef(d, b, List.copyOf(entries.subList(i, Math.min(entries.size(), i + p.batchSize())))));
                }
            }
        }
        shuffle(refs, rng);
        return refs;
    }

    /** Iterates the loaded batches of {@code epoch}; {@code firstStep} is the global step of its first batch (token warm-up). */
    public Iterator<Batch> epoch(int epoch, long firstStep) {
        List<BatchRef> refs = order(epoch);
        int depth = Math.max(1, threads);
        return new Iterator<>() {
            private int next;
            private int submitted;
            private final java.util.ArrayDeque<Future<Batch>> ahead = new java.util.ArrayDeque<>();

            private void fill() {
                while (submitted < refs.size() && ahead.size() < depth) {
                    int i = submitted++;
                    long step = firstStep + i / Math.max(1, plan.gradientAccumulationSteps());
                    ahead.add(CompletableFuture.supplyAsync(() -> load(refs.get(i), epoch, i, step), pool));
                }
            }

            @Override
            public boolean hasNext() {
                return next < refs.size();
            }

            @Override
            public Batch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                fill();
                Future<Batch> current = ahead.poll();
                next++;
                fill();
                try {
                    return current.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while loading a batch", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        };
    }

    /** Loads one batch: decode, resize/crop to the bucket, augment, normalize; process captions. */
    public Batch load(BatchRef ref, int epoch, int index, long step) {
        BucketPlan p = plan.datasets().get(ref.dataset());
        BucketManager.Reso reso = p.buckets().get(ref.bucket()).reso();
        int n = ref.entries().size();
        int plane = 3 * reso.width() * reso.height();
        float[] pixels = new float[n * plane];
        List<String> captions = new ArrayList<>(n);
        List<Path> paths = new ArrayList<>(n);
        boolean[] reg = new boolean[n];
        float[] weights = new float[n];
        boolean[] flipped = new boolean[n];
        for (int i = 0; i < n; i++) {
            ImageInfo info = ref.entries().get(i);
            SplittableRandom rng = new SplittableRandom(mix(seed, epoch, index, i));
            SubsetSpec s = info.subset();
            RgbImage img = ImageLoader.load(info.path());
            if (img.width() != info.width() || img.height() != info.height()) {
                throw new DatasetException(info.path() + ": image changed size since the dataset was scanned ("
                        + info.width() + "x" + info.height() + " then, " + img.width() + "x" + img.height() + " now)");
            }
            img = ImageLoader.fitToBucket(img, info.resizedWidth(), info.resizedHeight(), reso.width(), reso.height(),
                    s.randomCrop() ? rng : null, null);
            if (s.colorAug()) {
                img = ColorAugment.apply(img, rng);
            }
            if (s.flipAug() && rng.nextDouble() < 0.5) {
                img = img.flipHorizontal();
                flipped[i] = true;
            }
            img.toChw(pixels, i * plane);
            captions.add(CaptionProcessor.process(info.caption(), s, epoch, step, plan.totalSteps(), rng));
            paths.add(info.path());
            reg[i] = info.isReg();
            weights[i] = info.isReg() ? priorLossWeight : 1.0f;
        }
        return new Batch(epoch, index, reso.width(), reso.height(), pixels, captions, paths, reg, weights, flipped);
    }

    /**
     * The image as latents are cached from it ({@code cache_latents}): resized and centre-cropped to its
     * bucket, no colour or flip augmentation; CHW floats in [-1, 1].
     */
    public static float[] loadForLatentCache(ImageInfo info, boolean flipped) {
        RgbImage img = ImageLoader.fitToBucket(ImageLoader.load(info.path()), info.resizedWidth(), info.resizedHeight(),
                info.bucketWidth(), info.bucketHeight(), null, null);
        if (flipped) {
            img = img.flipHorizontal();
        }
        float[] out = new float[3 * img.width() * img.height()];
        img.toChw(out, 0);
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** A well-spread seed for one (seed, epoch, batch, position) tuple. */
    static long mix(long seed, long a, long b, long c) {
        long h = seed * 0x9E3779B97F4A7C15L;
        h = Long.rotateLeft(h ^ (a * 0xBF58476D1CE4E5B9L), 27) * 0x94D049BB133111EBL;
        h = Long.rotateLeft(h ^ (b * 0xD6E8FEB86659FD93L), 31) * 0x9E3779B97F4A7C15L;
        h = Long.rotateLeft(h ^ (c * 0xC2B2AE3D27D4EB4FL), 29) * 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 32);
    }
}
