package io.tagwright.core.refactor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.AnnotationTags;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.HiddenTags;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.Subset;
import io.tagwright.model.ViewAnnotation;

/**
 * What a refactoring may need while it computes its changes: matching keys (memoised; captions repeat the
 * same few thousand tags), trigger words, dataset-wide tag frequencies, annotation and hidden-tag settings.
 * Lives for one preview, on the model's thread.
 */
public final class RefactoringContext {

    private final DatasetSession session;
    private final List<ImageEntry> entries;
    private final Map<String, String> keys = new HashMap<>();
    private final Map<Subset, String> keyPrefixes = new IdentityHashMap<>();
    private final Map<Subset, Set<String>> triggers = new IdentityHashMap<>();
    private Map<String, Integer> frequencies;

    RefactoringContext(DatasetSession session, List<ImageEntry> entries) {
        this.session = session;
        this.entries = entries;
    }

    public DatasetSession session() {
        return session;
    }

    /** The images in scope, in dataset order. */
    public List<ImageEntry> entries() {
        return entries;
    }

    /** {@link CaptionSyntax#key} of a tag, memoised. */
    public String key(String tag) {
        String k = keys.get(tag);
        if (k == null) {
            k = CaptionSyntax.key(tag);
            keys.put(tag, k);
        }
        return k;
    }

    /** The image's key (root-relative path). */
    public String keyOf(ImageEntry e) {
        String prefix = keyPrefixes.computeIfAbsent(e.getSubset(), s -> {
            String k = session.keyOf(e);
            return k.substring(0, k.length() - e.getPath().length());
        });
        return prefix + e.getPath();
    }

    /** Keys of the dataset's trigger words and of the image's subset class tokens (kohya's folder name). */
    public Set<String> triggerKeys(ImageEntry e) {
        return triggers.computeIfAbsent(e.getSubset(), s -> {
            Set<String> t = new LinkedHashSet<>();
            for (String w : session.dataset().getTriggerWords()) {
                if (!w.isBlank()) {
                    t.add(CaptionSyntax.key(w));
                }
            }
            if (s != null && s.getClassTokens() != null && !s.getClassTokens().isBlank()) {
                t.add(CaptionSyntax.key(s.getClassTokens()));
            }
            return t;
        });
    }

    /** The index just after the last trigger tag of {@code tags}, or 0 when it has none. */
    public int afterTrigger(ImageEntry e, List<String> tags) {
        Set<String> t = triggerKeys(e);
        int at = 0;
        for (int i = 0; i < tags.size(); i++) {
            if (t.contains(key(tags.get(i)))) {
                at = i + 1;
            }
        }
        return at;
    }

    /** In how many images of the whole dataset each tag key occurs (not in how many captions of the scope). */
    public Map<String, Integer> frequencies() {
        if (frequencies == null) {
            Map<String, Integer> f = new HashMap<>();
            Set<String> seen = new HashSet<>();
            for (Subset s : session.dataset().getSubsets()) {
                for (ImageEntry e : s.getImages()) {
                    seen.clear();
                    for (String tag : e.getTags()) {
                        String k = key(tag);
                        if (seen.add(k)) {
                            f.merge(k, 1, Integer::sum);
                        }
                    }
                }
            }
            frequencies = f;
        }
        return frequencies;
    }

    /** Caption tags each view annotation stands for (the dataset's user-editable mapping). */
    public Map<ViewAnnotation, List<String>> viewTags() {
        Map<ViewAnnotation, List<String>> m = new EnumMap<>(ViewAnnotation.class);
        for (AnnotationTags a : session.dataset().getAnnotationTags()) {
            if (a.getView() != null && a.getView() != ViewAnnotation.UNSET) {
                m.computeIfAbsent(a.getView(), v -> new ArrayList<>()).addAll(a.getTags());
            }
        }
        return m;
    }

    /** Caption tags each framing annotation stands for. */
    public Map<FramingAnnotation, List<String>> framingTags() {
        Map<FramingAnnotation, List<String>> m = new EnumMap<>(FramingAnnotation.class);
        for (AnnotationTags a : session.dataset().getAnnotationTags()) {
            if (a.getFraming() != null && a.getFraming() != FramingAnnotation.UNSET) {
                m.computeIfAbsent(a.getFraming(), v -> new ArrayList<>()).addAll(a.getTags());
            }
        }
        return m;
    }

    /** The dataset's lists of tags that cannot be seen in a view. */
    public Map<ViewAnnotation, List<String>> hiddenTags() {
        Map<ViewAnnotation, List<String>> m = new EnumMap<>(ViewAnnotation.class);
        for (HiddenTags h : session.dataset().getHiddenTags()) {
            if (h.getView() != null) {
                m.computeIfAbsent(h.getView(), v -> new ArrayList<>()).addAll(h.getTags());
            }
        }
        return m;
    }
}
