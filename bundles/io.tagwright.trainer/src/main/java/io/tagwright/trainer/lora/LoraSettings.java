package io.tagwright.trainer.lora;

/**
 * What {@code --network_dim/--network_alpha/--network_args conv_dim=.. conv_alpha=..} and
 * {@code --network_train_unet_only} / {@code --network_train_text_encoder_only} choose.
 */
public final class LoraSettings {

    private final int rank;
    private final float alpha;
    private final int convRank;
    private final float convAlpha;
    private final boolean textEncoder;
    private final boolean unet;

    private LoraSettings(Builder b) {
        this.rank = b.rank;
        this.alpha = b.alpha;
        this.convRank = b.convRank;
        this.convAlpha = b.convAlpha;
        this.textEncoder = b.textEncoder;
        this.unet = b.unet;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int rank() {
        return rank;
    }

    public float alpha() {
        return alpha;
    }

    /** 0 when LoCon is off. */
    public int convRank() {
        return convRank;
    }

    public float convAlpha() {
        return convAlpha;
    }

    public boolean textEncoder() {
        return textEncoder;
    }

    public boolean unet() {
        return unet;
    }

    /** Builder: {@code setRank}/{@code setAlpha} are required, the rest optional. */
    public static final class Builder {
        private int rank = -1;
        private float alpha = Float.NaN;
        private int convRank;
        private float convAlpha = 1f;
        private boolean textEncoder = true;
        private boolean unet = true;

        public Builder setRank(int r) {
            this.rank = r;
            return this;
        }

        /** kohya: alpha 0 (or unset in a file) means alpha = rank, i.e. scale 1. */
        public Builder setAlpha(float a) {
            this.alpha = a;
            return this;
        }

        /** LoCon: also adapt the 3×3 convs of ResNet blocks and samplers with this rank and alpha. */
        public Builder optConv(int rank, float alpha) {
            this.convRank = rank;
            this.convAlpha = alpha;
            return this;
        }

        /** {@code --network_train_unet_only}: no text encoder modules. */
        public Builder optUnetOnly(boolean only) {
            this.textEncoder = !only;
            return this;
        }

        /** {@code --network_train_text_encoder_only}: no UNet modules. */
        public Builder optTextEncoderOnly(boolean only) {
            this.unet = !only;
            return this;
        }

        public LoraSettings build() {
            if (rank <= 0) {
                throw new IllegalArgumentException("LoRA rank (network_dim) must be positive, got " + rank);
            }
            if (Float.isNaN(alpha) || alpha < 0) {
                throw new IllegalArgumentException("LoRA alpha must be set and non-negative");
            }
            if (!textEncoder && !unet) {
                throw new IllegalArgumentException("unet-only and text-encoder-only exclude each other");
            }
            if (convRank < 0 || convAlpha < 0) {
                throw new IllegalArgumentException("conv_dim/conv_alpha must be non-negative");
            }
            if (alpha == 0) {
                alpha = rank;
            }
            if (convRank > 0 && convAlpha == 0) {
                convAlpha = convRank;
            }
            return new LoraSettings(this);
        }
    }
}
