package io.tagwright.trainer.engine;

import io.tagwright.trainer.data.RgbImage;
import io.tagwright.trainer.lora.LoraNetwork;
import io.tagwright.trainer.protocol.prompt.SamplePrompt;
import io.tagwright.trainer.run.RunContext;
import io.tagwright.trainer.sample.SampleGenerator;

import java.io.IOException;

/**
 * Sample images at the points sd-scripts makes them ({@code sample_every_n_epochs}, or
 * {@code sample_every_n_steps} when no epoch interval is set), one per prompt. A prompt without
 * {@code --d} gets a seed derived from the run's seed and the sample's position, so a rerun draws the
 * same images; the PNG and the event carry the seed used.
 */
final class Samples {

    private final RunContext ctx;
    private final SampleGenerator generator;
    private final LoraNetwork network;
    private final RandomStreams random;
    private final String sampler;

    Samples(RunContext ctx, SampleGenerator generator, LoraNetwork network, RandomStreams random, String sampler) {
        this.ctx = ctx;
        this.generator = generator;
        this.network = network;
        this.random = random;
        this.sampler = sampler;
    }

    void afterEpoch(int epoch) throws IOException {
        if (ctx.sampleAfterEpoch(epoch)) {
            write(epoch, -1, epoch);
        }
    }

    void afterStep(int epoch, long steps) throws IOException {
        if (ctx.sampleAtStep(steps)) {
            write(epoch, steps, 1_000_000L + steps);
        }
    }

    private void write(int epoch, long steps, long position) throws IOException {
        for (SamplePrompt p : ctx.samplePrompts()) {
            if (ctx.stopRequested()) {
                return;
            }
            long seed = p.seed() != null ? p.seed()
                    : random.stream(RandomStreams.Purpose.SAMPLE_SEED, position * 1000 + p.index()).nextLong(1L << 32);
            RgbImage image = generator.generate(p, seed, sampler);
            // sampling runs the LoRA outside a gradient pass: forget that it ran
            network.resetUsage();
            ctx.writeSample(epoch, steps, p, seed, image, sampler);
        }
    }
}
