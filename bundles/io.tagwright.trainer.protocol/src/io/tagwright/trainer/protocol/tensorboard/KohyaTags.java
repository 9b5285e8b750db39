package io.tagwright.trainer.protocol.tensorboard;

/** The TensorBoard tags sd-scripts' train_network.py logs, and how to recognize the variants of other versions. */
public final class KohyaTags {
    public static final String LOSS_CURRENT = "loss/current";
    public static final String LOSS_AVERAGE = "loss/average";
    /** Per-epoch loss (x = epoch) up to sd-scripts v0.9. */
    public static final String LOSS_EPOCH = "loss/epoch";
    /** Per-epoch loss in sd-scripts v0.10+. */
    public static final String LOSS_EPOCH_AVERAGE = "loss/epoch_average";
    public static final String LR_UNET = "lr/unet";
    public static final String LR_TEXT_ENCODER = "lr/textencoder";
    public static final String VALIDATION_PREFIX = "loss/validation/";

    private KohyaTags() {
    }

    public static boolean isEpochLoss(String tag) {
        return LOSS_EPOCH.equals(tag) || LOSS_EPOCH_AVERAGE.equals(tag);
    }

    /** {@code loss/validation/current}, {@code loss/validation/epoch_average}, ... (sd-scripts v0.10+). */
    public static boolean isValidationLoss(String tag) {
        return tag.startsWith(VALIDATION_PREFIX);
    }

    public static boolean isLearningRate(String tag) {
        return tag.startsWith("lr/");
    }
}
