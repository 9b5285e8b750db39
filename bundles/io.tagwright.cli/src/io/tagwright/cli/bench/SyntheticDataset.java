package io.tagwright.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import io.tagwright.core.image.TinyImages;
import io.tagwright.core.tags.TagInfo;

/**
 * A synthetic kohya dataset for benchmarks: N tiny PNG images in subsets of at most 10,000 images
 * ({@code img/1_s000/ ...}), each with a caption of 5–30 tags drawn by post count from a Danbooru tag list,
 * so tag frequencies follow the long tail real datasets have. Deterministic for a seed.
 */
public final class SyntheticDataset {

    public static final int SUBSET_SIZE = 10_000;
    private static final int[][] SIZES = { { 768, 768 }, { 768, 1024 }, { 832, 1216 }, { 1024, 768 }, { 512, 512 } };

    private final List<String> tags;
    private final long[] cumulative;

    /** @param tagList the Danbooru tag list; only general and character tags are sampled */
    public SyntheticDataset(List<TagInfo> tagList) {
        tags = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (TagInfo t : tagList) {
            if ((t.category() == TagInfo.GENERAL || t.category() == TagInfo.CHARACTER) && t.count() > 0) {
                tags.add(t.captionSpelling());
                weights.add(t.count());
            }
        }
        cumulative = new long[weights.size()];
        long sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
    }

    /** Writes {@code n} images with captions under {@code root/img}; returns the train folder. */
    public Path write(Path root, int n, long seed) throws IOException {
        Path train = root.resolve("img");
        int subsets = (n + SUBSET_SIZE - 1) / SUBSET_SIZE;
        for (int s = 0; s < subsets; s++) {
            Files.createDirectories(train.resolve(String.format("1_s%03d", s)));
        }
        try {
            IntStream.range(0, n).parallel().forEach(i -> {
                Random random = new Random(seed * 1_000_003L + i);
                Path dir = train.resolve(String.format("1_s%03d", i / SUBSET_SIZE));
                int[] size = SIZES[i % SIZES.length];
                String stem = String.format("img_%07d", i);
                try {
                    Files.write(dir.resolve(stem + ".png"), TinyImages.png(size[0], size[1]));
                    Files.writeString(dir.resolve(stem + ".txt"), caption(random), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return train;
    }

    /** A caption of 5–30 distinct tags drawn by frequency. */
    public String caption(Random random) {
        int count = 5 + random.nextInt(26);
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(sample(random));
        }
        return String.join(", ", chosen);
    }

    private String sample(Random random) {
        long r = (long) (random.nextDouble() * cumulative[cumulative.length - 1]);
        int i = java.util.Arrays.binarySearch(cumulative, r + 1);
        return tags.get(i >= 0 ? i : -i - 1);
    }
}
