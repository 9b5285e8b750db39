package io.tagwright.trainer.data;

import java.nio.file.Path;

/**
 * One image folder with every per-subset setting resolved (subset, then dataset, then
 * {@code [general]}, then the run config, then sd-scripts' default).
 *
 * @param classTokens the caption for images without a caption file (null: empty caption)
 * @param captionDropoutEveryNEpochs 0 disables
 * @param tokenWarmupStep 0 disables; below 1 it is a fraction of the total steps (as in sd-scripts)
 */
public record SubsetSpec(Path imageDir, int numRepeats, String classTokens, boolean isReg, String captionExtension,
        boolean shuffleCaption, int keepTokens, String keepTokensSeparator, String captionSeparator, boolean flipAug,
        boolean colorAug, boolean randomCrop, String captionPrefix, String captionSuffix, double captionDropoutRate,
        int captionDropoutEveryNEpochs, double captionTagDropoutRate, int tokenWarmupMin, double tokenWarmupStep) {

    /** The folder name, as sd-scripts keys {@code ss_tag_frequency} and {@code ss_dataset_dirs}. */
    public String dirName() {
        Path name = imageDir.getFileName();
        return name == null ? imageDir.toString() : name.toString();
    }
}
