package io.tagwright.core.refactor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.Subset;

/**
 * "Basic captioning": puts a caption template, typically the trigger word and the base tags every image
 * shares, at the start of captions. {@code {trigger}} stands for the dataset's first trigger word (or the
 * subset's class tokens when the dataset has none) and {@code {class}} for the subset's class tokens
 * (the {@code name} of kohya's {@code N_name} folder).
 */
public final class ApplyTemplate extends CaptionRefactoring {

    public enum Mode {
        /** Template tags first, in template order; the caption's other tags follow in their order. */
        PREPEND,
        /** The caption becomes the template. */
        REPLACE,
        /** Only images without a caption (missing or empty) get the template. */
        EMPTY_ONLY
    }

    private final String template;
    private final Mode mode;
    private final Map<Subset, List<String>> resolved = new IdentityHashMap<>();

    public ApplyTemplate(String template, Mode mode) {
        if (CaptionSyntax.split(template).isEmpty()) {
            throw new IllegalArgumentException("the template is empty");
        }
        this.template = template;
        this.mode = mode;
    }

    @Override
    public String label() {
        return "Apply template '" + template + "'" + switch (mode) {
            case PREPEND -> "";
            case REPLACE -> " (replacing captions)";
            case EMPTY_ONLY -> " to empty captions";
        };
    }

    @Override
    protected void begin(RefactoringContext ctx) {
        for (ImageEntry e : ctx.entries()) {
            tagsFor(ctx, e); // fails early, before any change is computed, when a placeholder cannot be filled
        }
    }

    private List<String> tagsFor(RefactoringContext ctx, ImageEntry e) {
        return resolved.computeIfAbsent(e.getSubset(), s -> {
            String classTokens = s.getClassTokens() == null ? "" : s.getClassTokens().strip();
            List<String> triggers = ctx.session().dataset().getTriggerWords();
            String trigger = triggers.isEmpty() || triggers.get(0).isBlank() ? classTokens : triggers.get(0).strip();
            if (template.contains("{trigger}") && trigger.isEmpty()) {
                throw new IllegalArgumentException("the template uses {trigger} but the dataset has no trigger word and folder "
                        + s.getFolder() + " has no class tokens");
            }
            if (template.contains("{class}") && classTokens.isEmpty()) {
                throw new IllegalArgumentException("the template uses {class} but folder " + s.getFolder() + " has no class tokens");
            }
            String text = template.replace("{trigger}", trigger).replace("{class}", classTokens);
            List<String> out = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (String t : CaptionSyntax.split(text)) {
                if (keys.add(CaptionSyntax.key(t))) {
                    out.add(t);
                }
            }
            return List.copyOf(out);
        });
    }

    @Override
    protected List<String> rewrite(RefactoringContext ctx, ImageEntry e, List<String> tags) {
        List<String> head = tagsFor(ctx, e);
        return switch (mode) {
            case REPLACE -> head;
            case EMPTY_ONLY -> tags.isEmpty() ? head : tags;
            case PREPEND -> {
                Set<String> headKeys = new HashSet<>();
                for (String t : head) {
                    headKeys.add(ctx.key(t));
                }
                List<String> out = new ArrayList<>(head);
                for (String t : tags) {
                    if (!headKeys.contains(ctx.key(t))) {
                        out.add(t);
                    }
                }
                yield out;
            }
        };
    }
}
