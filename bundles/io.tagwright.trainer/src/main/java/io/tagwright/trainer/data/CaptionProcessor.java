package io.tagwright.trainer.data;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * sd-scripts' {@code process_caption}: prefix/suffix, caption dropout (by rate and every N epochs),
 * token warm-up, {@code keep_tokens} (or {@code keep_tokens_separator}), {@code shuffle_caption}
 * and tag dropout; tags are split on the caption separator and joined with {@code ", "}.
 */
public final class CaptionProcessor {
    private CaptionProcessor() {
    }

    /**
     * @param epoch the 1-based epoch (sd-scripts' {@code current_epoch})
     * @param step the global step the batch is used at (for token warm-up)
     * @param maxTrainSteps the run's total steps (token warm-up given as a fraction)
     */
    public static String process(String caption, SubsetSpec s, int epoch, long step, long maxTrainSteps, RandomGenerator rng) {
        if (s.captionPrefix() != null && !s.captionPrefix().isEmpty()) {
            caption = s.captionPrefix() + " " + caption;
        }
        if (s.captionSuffix() != null && !s.captionSuffix().isEmpty()) {
            caption = caption + " " + s.captionSuffix();
        }
        boolean drop = s.captionDropoutRate() > 0 && rng.nextDouble() < s.captionDropoutRate();
        drop = drop || (s.captionDropoutEveryNEpochs() > 0 && epoch % s.captionDropoutEveryNEpochs() == 0);
        if (drop) {
            return "";
        }
        if (!(s.shuffleCaption() || s.tokenWarmupStep() > 0 || s.captionTagDropoutRate() > 0)) {
            return caption;
        }
        String sep = s.captionSeparator() == null || s.captionSeparator().isEmpty() ? "," : s.captionSeparator();
        List<String> fixed = new ArrayList<>();
        List<String> flex = new ArrayList<>();
        String keepSep = s.keepTokensSeparator();
        if (keepSep != null && !keepSep.isEmpty() && caption.contains(keepSep)) {
            int at = caption.indexOf(keepSep);
            for (String t : Captions.pyStrip(caption.substring(0, at)).split(java.util.regex.Pattern.quote(sep), -1)) {
                if (!Captions.pyStrip(t).isEmpty()) {
                    fixed.add(Captions.pyStrip(t));
                }
            }
            for (String t : caption.substring(at + keepSep.length()).split(java.util.regex.Pattern.quote(sep), -1)) {
                if (!Captions.pyStrip(t).isEmpty()) {
                    flex.add(Captions.pyStrip(t));
                }
            }
        } else {
            List<String> tokens = new ArrayList<>();
            for (String t : Captions.pyStrip(caption).split(java.util.regex.Pattern.quote(sep), -1)) {
                tokens.add(Captions.pyStrip(t));
            }
            double warm = s.tokenWarmupStep() < 1 ? Math.floor(s.tokenWarmupStep() * maxTrainSteps) : s.tokenWarmupStep();
            if (warm > 0 && step < warm) {
                int len = (int) Math.floor(step * ((tokens.size() - s.tokenWarmupMin()) / warm)) + s.tokenWarmupMin();
                tokens = tokens.subList(0, Math.max(0, Math.min(tokens.size(), len)));
            }
            int keep = Math.min(Math.max(0, s.keepTokens()), tokens.size());
            fixed.addAll(tokens.subList(0, keep));
            flex.addAll(tokens.subList(keep, tokens.size()));
        }
        if (s.shuffleCaption()) {
            for (int i = flex.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                String t = flex.get(i);
                flex.set(i, flex.get(j));
                flex.set(j, t);
            }
        }
        if (s.captionTagDropoutRate() > 0) {
            List<String> kept = new ArrayList<>();
            for (String t : flex) {
                if (rng.nextDouble() >= s.captionTagDropoutRate()) {
                    kept.add(t);
                }
            }
            flex = kept;
        }
        List<String> all = new ArrayList<>(fixed);
        all.addAll(flex);
        return String.join(", ", all);
    }
}
