package io.tagwright.trainer.train;

import ai.djl.ndarray.NDArray;

/**
 * One batch for a LoRA step: clean latents (already × scaling factor), the noise that is the
 * regression target, one timestep per sample, and either token ids for the text encoder or ready
 * text encoder states (cached conditioning; the text encoder LoRA cannot train then).
 */
public final class TrainBatch {

    private final NDArray latents;
    private final NDArray noise;
    private final long[] timesteps;
    private final NDArray inputIds;
    private final NDArray encoderHiddenStates;

    private TrainBatch(Builder b) {
        this.latents = b.latents;
        this.noise = b.noise;
        this.timesteps = b.timesteps.clone();
        this.inputIds = b.inputIds;
        this.encoderHiddenStates = b.encoderHiddenStates;
    }

    public static Builder builder() {
        return new Builder();
    }

    public NDArray latents() {
        return latents;
    }

    public NDArray noise() {
        return noise;
    }

    public long[] timesteps() {
        return timesteps.clone();
    }

    /** [B, 77] int64 token ids, or null. */
    public NDArray inputIds() {
        return inputIds;
    }

    /** [B, 77, hidden] text encoder states, or null. */
    public NDArray encoderHiddenStates() {
        return encoderHiddenStates;
    }

    /** Builder: latents, noise and timesteps are required, and one of input ids / encoder states. */
    public static final class Builder {
        private NDArray latents;
        private NDArray noise;
        private long[] timesteps;
        private NDArray inputIds;
        private NDArray encoderHiddenStates;

        public Builder setLatents(NDArray l) {
            this.latents = l;
            return this;
        }

        public Builder setNoise(NDArray n) {
            this.noise = n;
            return this;
        }

        public Builder setTimesteps(long... t) {
            this.timesteps = t.clone();
            return this;
        }

        public Builder optInputIds(NDArray ids) {
            this.inputIds = ids;
            return this;
        }

        public Builder optEncoderHiddenStates(NDArray states) {
            this.encoderHiddenStates = states;
            return this;
        }

        public TrainBatch build() {
            if (latents == null || noise == null || timesteps == null) {
                throw new IllegalArgumentException("latents, noise and timesteps are required");
            }
            if ((inputIds == null) == (encoderHiddenStates == null)) {
                throw new IllegalArgumentException("give exactly one of input ids and encoder hidden states");
            }
            if (!latents.getShape().equals(noise.getShape())) {
                throw new IllegalArgumentException("noise " + noise.getShape() + " does not match latents "
                        + latents.getShape());
            }
            long b = latents.getShape().get(0);
            if (timesteps.length != b) {
                throw new IllegalArgumentException(timesteps.length + " timesteps for a batch of " + b);
            }
            return new TrainBatch(this);
        }
    }
}
