package io.tagwright.core.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.dataset.DatasetSnapshot;
import io.tagwright.core.dataset.DatasetSnapshot.Image;
import io.tagwright.core.dataset.DatasetSnapshot.SubsetInfo;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ViewAnnotation;

/** What rules see: the snapshot, the settings, and shared derived facts computed once per run. */
public final class LintContext {

    private final DatasetSnapshot snapshot;
    private final LintSettings settings;
    private final Linter linter;
    private final Map<String, String> keys = new HashMap<>();
    private List<Image> training;
    private Map<String, Integer> frequencies;

    LintContext(DatasetSnapshot snapshot, LintSettings settings, Linter linter) {
        this.snapshot = snapshot;
        this.settings = settings;
        this.linter = linter;
    }

    public DatasetSnapshot snapshot() {
        return snapshot;
    }

    public LintSettings settings() {
        return settings;
    }

    /** Content hashes of images, cached by the linter between runs. */
    public ContentHashes linterHashes() {
        return linter.hashes();
    }

    /** A finding of {@code rule} with the severity the settings give it. */
    public Finding finding(LintRule rule, String message, Location location, QuickFix fix) {
        return new Finding(rule.id(), settings.severity(rule), message, location, fix);
    }

    /** {@link CaptionSyntax#key}, memoised (rules run one after the other on one thread). */
    public String key(String tag) {
        String k = keys.get(tag);
        if (k == null) {
            k = CaptionSyntax.key(tag);
            keys.put(tag, k);
        }
        return k;
    }

    /** Images kohya trains on: training subsets with a repeat prefix, not excluded. */
    public List<Image> trainingImages() {
        if (training == null) {
            training = snapshot.trainingImages();
        }
        return training;
    }

    /** Keys of the dataset's trigger words and of every training subset's class tokens. */
    public Set<String> allTriggerKeys() {
        Set<String> t = new LinkedHashSet<>();
        for (String w : snapshot.triggerWords()) {
            if (!w.isBlank()) {
                t.add(key(w));
            }
        }
        for (SubsetInfo s : snapshot.subsets()) {
            if (!s.classTokens().isBlank()) {
                t.add(key(s.classTokens()));
            }
        }
        return t;
    }

    /** The distinct subjects: trigger words, else the class tokens of the training subsets kohya uses. */
    public Set<String> subjects() {
        Set<String> s = new LinkedHashSet<>();
        for (String w : snapshot.triggerWords()) {
            if (!w.isBlank()) {
                s.add(w.strip());
            }
        }
        for (SubsetInfo sub : snapshot.subsets()) {
            if (sub.kind() == io.tagwright.model.SubsetKind.TRAIN && sub.usedByKohya() && !sub.classTokens().isBlank()
                    && !containsKey(s, sub.classTokens())) {
                s.add(sub.classTokens().strip());
            }
        }
        return s;
    }

    private boolean containsKey(Set<String> words, String w) {
        String k = key(w);
        for (String x : words) {
            if (key(x).equals(k)) {
                return true;
            }
        }
        return false;
    }

    /** One subject (or none named): the recipe-style rules apply. */
    public boolean singleSubject() {
        return subjects().size() <= 1;
    }

    /** In how many images (all subsets) each tag key occurs. */
    public Map<String, Integer> frequencies() {
        if (frequencies == null) {
            Map<String, Integer> f = new HashMap<>();
            Set<String> seen = new HashSet<>();
            for (Image i : snapshot.images()) {
                seen.clear();
                for (String t : i.tags()) {
                    String k = key(t);
                    if (seen.add(k)) {
                        f.merge(k, 1, Integer::sum);
                    }
                }
            }
            frequencies = f;
        }
        return frequencies;
    }

    /** Hidden tags per view: the settings' lists if given, else the dataset's. */
    public Map<ViewAnnotation, List<String>> hiddenTags() {
        return settings.hiddenTags() != null ? settings.hiddenTags() : snapshot.hiddenTags();
    }

    /**
     * The image's view: its annotation, else the most specific view all of whose mapped tags its caption
     * has ("from side, profile" is a profile), else UNSET.
     */
    public ViewAnnotation effectiveView(Image image) {
        if (image.view() != null && image.view() != ViewAnnotation.UNSET) {
            return image.view();
        }
        return bestMatch(image, snapshot.viewTags(), ViewAnnotation.UNSET);
    }

    /** The image's framing: its annotation, else the framing whose mapped tags its caption has, else UNSET. */
    public FramingAnnotation effectiveFraming(Image image) {
        if (image.framing() != null && image.framing() != FramingAnnotation.UNSET) {
            return image.framing();
        }
        return bestMatch(image, snapshot.framingTags(), FramingAnnotation.UNSET);
    }

    private <A> A bestMatch(Image image, Map<A, List<String>> mapping, A none) {
        Set<String> present = new HashSet<>();
        for (String t : image.tags()) {
            present.add(key(t));
        }
        A best = none;
        int bestSize = 0;
        for (Map.Entry<A, List<String>> m : mapping.entrySet()) {
            if (m.getValue().isEmpty()) {
                continue;
            }
            boolean all = true;
            for (String t : m.getValue()) {
                if (!present.contains(key(t))) {
                    all = false;
                    break;
                }
            }
            if (all && m.getValue().size() > bestSize) {
                best = m.getKey();
                bestSize = m.getValue().size();
            }
        }
        return best;
    }
}
