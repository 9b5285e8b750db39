package io.tagwright.trainer.protocol.prompt;

/**
 * One sample prompt as sd-scripts reads it. {@code index} numbers the prompts (comments and blank
 * lines skipped) and goes into the sample file name; {@code line} is the 1-based line in the file.
 * {@code seed} is null when the line has no {@code --d} (sd-scripts then draws a random seed).
 * {@code negativePrompt} is null without {@code --n}.
 */
public record SamplePrompt(int index, int line, String prompt, String negativePrompt, int width, int height, int steps,
        double scale, Long seed) {

    public static final int DEFAULT_SIZE = 512;
    public static final int DEFAULT_STEPS = 30;
    public static final double DEFAULT_SCALE = 7.5;
}
