package io.tagwright.trainer.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import io.tagwright.trainer.data.Batch;
import io.tagwright.trainer.data.BatchSource;
import io.tagwright.trainer.data.BucketPlan;
import io.tagwright.trainer.data.ImageInfo;
import io.tagwright.trainer.data.TrainingPlan;
import io.tagwright.trainer.io.Npz;
import io.tagwright.trainer.nn.Tensors;
import io.tagwright.trainer.sd15.vae.AutoencoderKl;
import io.tagwright.trainer.sd15.vae.LatentDistribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Latents of a batch as train_network.py makes them: {@code vae.encode(images).latent_dist.sample()}
 * × scaling factor. With {@code cache_latents} every image (and its mirror image with
 * {@code flip_aug}) is encoded once before training, in memory; {@code cache_latents_to_disk}
 * also keeps them in sd-scripts' {@code <image>.npz} files next to the images and reuses those that
 * fit the image's bucket, as sd-scripts does.
 */
public final class LatentSource {

    private record Key(Path image, int width, int height) {
    }

    private final AutoencoderKl vae;
    private final RandomStreams random;
    private final boolean cache;
    private final boolean toDisk;
    private final Map<Key, float[][]> cached = new HashMap<>();

    public LatentSource(AutoencoderKl vae, RandomStreams random, boolean cache, boolean toDisk) {
        this.vae = vae;
        this.random = random;
        this.cache = cache;
        this.toDisk = toDisk;
    }

    public boolean caches() {
        return cache;
    }

    /** Encodes (or loads) every image of the plan when caching; returns early when {@code stop} says so. */
    public void prepare(TrainingPlan plan, NDManager manager, BooleanSupplier stop) throws IOException {
        if (!cache) {
            return;
        }
        Map<Key, ImageInfo> images = new LinkedHashMap<>();
        for (BucketPlan p : plan.datasets()) {
            for (BucketPlan.Bucket b : p.buckets()) {
                for (ImageInfo info : b.entries()) {
                    images.putIfAbsent(key(info.path(), info.bucketWidth(), info.bucketHeight()), info);
                }
            }
        }
        long index = 0;
        for (Map.Entry<Key, ImageInfo> e : images.entrySet()) {
            if (stop.getAsBoolean()) {
                return;
            }
            ImageInfo info = e.getValue();
            boolean flip = info.subset().flipAug();
            float[][] latents = toDisk ? readNpz(info, flip) : null;
            if (latents == null) {
                latents = new float[flip ? 2 : 1][];
                for (int f = 0; f < latents.length; f++) {
                    float[] pixels = BatchSource.loadForLatentCache(info, f == 1);
                    latents[f] = encodeUnscaled(manager, pixels, 1, info.bucketWidth(), info.bucketHeight(),
                            random.stream(RandomStreams.Purpose.CACHED_VAE_SAMPLE, index * 2 + f));
                }
                if (toDisk) {
                    writeNpz(info, latents);
                }
            }
            cached.put(e.getKey(), latents);
            index++;
        }
    }

    /** Scaled latents [B, 4, H/8, W/8] for a batch; {@code microBatch} numbers the batch within the run. */
    public NDArray latents(Batch batch, NDManager manager, long microBatch) {
        int h = batch.height() / 8;
        int w = batch.width() / 8;
        int plane = 4 * h * w;
        float[] values;
        if (cache) {
            values = new float[batch.size() * plane];
            for (int i = 0; i < batch.size(); i++) {
                float[][] l = cached.get(key(batch.images().get(i), batch.width(), batch.height()));
                if (l == null) {
                    throw new IllegalStateException("no cached latents for " + batch.images().get(i));
                }
                System.arraycopy(batch.flipped()[i] ? l[1] : l[0], 0, values, i * plane, plane);
            }
        } else {
            values = encodeUnscaled(manager, batch.pixels(), batch.size(), batch.width(), batch.height(),
                    random.stream(RandomStreams.Purpose.VAE_SAMPLE, microBatch));
        }
        NDArray unscaled = Tensors.owned(manager.create(values, new Shape(batch.size(), 4, h, w)));
        return vae.scale(unscaled);
    }

    /** VAE mean + std · ε (latent_dist.sample()) for CHW pixels, as float values; nothing stays on the device. */
    private float[] encodeUnscaled(NDManager manager, float[] pixels, int n, int width, int height,
            java.util.SplittableRandom rng) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray image = Tensors.owned(manager.create(pixels, new Shape(n, 3, height, width)));
            LatentDistribution dist = vae.encode(image);
            long[] shape = dist.mean().getShape().getShape();
            int count = (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            NDArray eps = Tensors.owned(manager.create(RandomStreams.gaussian(rng, count), new Shape(shape)));
            return dist.sample(eps).toFloatArray();
        }
    }

    private static Key key(Path image, int width, int height) {
        return new Key(image.toAbsolutePath().normalize(), width, height);
    }

    /** sd-scripts' cache file: the image path with {@code .npz} instead of its extension. */
    public static Path npzPath(Path image) {
        String name = image.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return image.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".npz");
    }

    /** The cached latents if the file exists and fits the bucket (and has the flipped copy when needed). */
    private static float[][] readNpz(ImageInfo info, boolean flip) {
        Path file = npzPath(info.path());
        if (!Files.isRegularFile(file)) {
            return null;
        }
        long[] want = {4, info.bucketHeight() / 8, info.bucketWidth() / 8};
        try {
            Map<String, Npz.Array> a = Npz.read(file);
            Npz.Array l = a.get("latents");
            Npz.Array lf = a.get("latents_flipped");
            if (l == null || l.floats() == null || !Arrays.equals(l.shape(), want) || !a.containsKey("original_size")
                    || !a.containsKey("crop_ltrb")) {
                return null;
            }
            if (!flip) {
                return new float[][] {l.floats()};
            }
            if (lf == null || lf.floats() == null || !Arrays.equals(lf.shape(), want)) {
                return null;
            }
            return new float[][] {l.floats(), lf.floats()};
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or foreign: encoded again and overwritten
        }
    }

    private static void writeNpz(ImageInfo info, float[][] latents) throws IOException {
        long h = info.bucketHeight() / 8;
        long w = info.bucketWidth() / 8;
        Map<String, Npz.Array> a = new LinkedHashMap<>();
        a.put("latents", Npz.Array.of(latents[0], 4, h, w));
        // sd-scripts stores the original size and the centre crop of the resized image (used by SDXL only)
        long left = (info.resizedWidth() - info.bucketWidth()) / 2;
        long top = (info.resizedHeight() - info.bucketHeight()) / 2;
        a.put("original_size", Npz.Array.ofLongs(new long[] {info.width(), info.height()}, 2));
        a.put("crop_ltrb", Npz.Array.ofLongs(new long[] {left, top, left + info.bucketWidth(),
                top + info.bucketHeight()}, 4));
        if (latents.length > 1) {
            a.put("latents_flipped", Npz.Array.of(latents[1], 4, h, w));
        }
        Npz.write(npzPath(info.path()), a);
    }
}
