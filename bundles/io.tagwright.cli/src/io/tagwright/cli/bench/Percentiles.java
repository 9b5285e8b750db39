package io.tagwright.cli.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their percentiles. */
final class Percentiles {

    private long[] samples = new long[256];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    void addAll(Percentiles other) {
        for (int i = 0; i < other.size; i++) {
            add(other.samples[i]);
        }
    }

    /** The p-th percentile (0..100) in milliseconds, nearest rank. */
    double millis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }

    int count() {
        return size;
    }
}
