package io.tagwright.ui.preferences;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.dataset.DatasetDefaults;
import io.tagwright.model.AnnotationTags;
import io.tagwright.model.Dataset;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.HiddenTags;
import io.tagwright.model.ModelFactory;
import io.tagwright.model.ModelPackage;
import io.tagwright.model.ViewAnnotation;

/**
 * Which caption tags each annotation stands for, and which tags cannot be seen from behind, as the
 * preferences hold them for new datasets. Stored as text: one {@code view:from behind=from behind} or
 * {@code framing:close-up=close-up} line per annotation; the hidden tags as a comma-separated list.
 */
public record AnnotationMapping(Map<ViewAnnotation, List<String>> views, Map<FramingAnnotation, List<String>> framings,
        List<String> hiddenFromBehind) {

    /** The built-in mapping (the one every new dataset gets without preferences). */
    public static AnnotationMapping builtIn() {
        Dataset d = ModelFactory.eINSTANCE.createDataset();
        DatasetDefaults.install(d);
        return of(d);
    }

    /** The mapping a dataset has now. */
    public static AnnotationMapping of(Dataset d) {
        Map<ViewAnnotation, List<String>> views = new EnumMap<>(ViewAnnotation.class);
        Map<FramingAnnotation, List<String>> framings = new EnumMap<>(FramingAnnotation.class);
        for (AnnotationTags a : d.getAnnotationTags()) {
            if (a.getView() != ViewAnnotation.UNSET) {
                views.computeIfAbsent(a.getView(), k -> new ArrayList<>()).addAll(a.getTags());
            } else if (a.getFraming() != FramingAnnotation.UNSET) {
                framings.computeIfAbsent(a.getFraming(), k -> new ArrayList<>()).addAll(a.getTags());
            }
        }
        List<String> hidden = new ArrayList<>();
        for (HiddenTags h : d.getHiddenTags()) {
            if (h.getView() == ViewAnnotation.FROM_BEHIND) {
                hidden.addAll(h.getTags());
            }
        }
        return new AnnotationMapping(views, framings, hidden);
    }

    /** Reads the preference text; lines that name no annotation are reported. */
    public static AnnotationMapping parse(String mappingText, String hiddenText) {
        Map<ViewAnnotation, List<String>> views = new EnumMap<>(ViewAnnotation.class);
        Map<FramingAnnotation, List<String>> framings = new EnumMap<>(FramingAnnotation.class);
        int lineNo = 0;
        for (String line : mappingText.split("\\R")) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            int eq = line.indexOf('=');
            if (colon < 0 || eq < colon) {
                throw new IllegalArgumentException("line " + lineNo + ": expected view:NAME=tags or framing:NAME=tags, not '" + line + "'");
            }
            String kind = line.substring(0, colon).strip();
            String name = line.substring(colon + 1, eq).strip();
            List<String> tags = CaptionSyntax.split(line.substring(eq + 1));
            if (kind.equals("view") && ViewAnnotation.get(name) != null && ViewAnnotation.get(name) != ViewAnnotation.UNSET) {
                if (!tags.isEmpty()) {
                    views.put(ViewAnnotation.get(name), tags);
                }
            } else if (kind.equals("framing") && FramingAnnotation.get(name) != null && FramingAnnotation.get(name) != FramingAnnotation.UNSET) {
                if (!tags.isEmpty()) {
                    framings.put(FramingAnnotation.get(name), tags);
                }
            } else {
                throw new IllegalArgumentException("line " + lineNo + ": there is no " + kind + " annotation '" + name + "'");
            }
        }
        return new AnnotationMapping(views, framings, CaptionSyntax.split(hiddenText));
    }

    public String mappingText() {
        StringBuilder sb = new StringBuilder();
        for (ViewAnnotation v : ViewAnnotation.values()) {
            if (v != ViewAnnotation.UNSET) {
                sb.append("view:").append(v.getLiteral()).append('=').append(String.join(", ", views.getOrDefault(v, List.of()))).append('\n');
            }
        }
        for (FramingAnnotation f : FramingAnnotation.values()) {
            if (f != FramingAnnotation.UNSET) {
                sb.append("framing:").append(f.getLiteral()).append('=').append(String.join(", ", framings.getOrDefault(f, List.of())))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    public String hiddenText() {
        return String.join(", ", hiddenFromBehind);
    }

    /** Model objects for this mapping (for a new dataset, or to replace a dataset's). */
    List<AnnotationTags> annotationObjects() {
        List<AnnotationTags> out = new ArrayList<>();
        views.forEach((v, tags) -> {
            if (!tags.isEmpty()) {
                AnnotationTags a = ModelFactory.eINSTANCE.createAnnotationTags();
                a.setView(v);
                a.getTags().addAll(tags);
                out.add(a);
            }
        });
        framings.forEach((f, tags) -> {
            if (!tags.isEmpty()) {
                AnnotationTags a = ModelFactory.eINSTANCE.createAnnotationTags();
                a.setFraming(f);
                a.getTags().addAll(tags);
                out.add(a);
            }
        });
        return out;
    }

    List<HiddenTags> hiddenObjects() {
        HiddenTags h = ModelFactory.eINSTANCE.createHiddenTags();
        h.setView(ViewAnnotation.FROM_BEHIND);
        h.getTags().addAll(hiddenFromBehind);
        return List.of(h);
    }

    /** Gives a dataset that is not in an editing domain yet (a new one) this mapping. */
    public void install(Dataset d) {
        d.getAnnotationTags().clear();
        d.getAnnotationTags().addAll(annotationObjects());
        d.getHiddenTags().clear();
        d.getHiddenTags().addAll(hiddenObjects());
    }

    /** One undoable command giving an open dataset this mapping. */
    public Command applyTo(EditingDomain domain, Dataset d) {
        CompoundCommand c = new CompoundCommand("Apply Annotation Preferences");
        c.append(SetCommand.create(domain, d, ModelPackage.Literals.DATASET__ANNOTATION_TAGS, annotationObjects()));
        c.append(SetCommand.create(domain, d, ModelPackage.Literals.DATASET__HIDDEN_TAGS, hiddenObjects()));
        return c;
    }

    /** The mapping the preferences hold now. */
    public static AnnotationMapping fromPreferences() {
        var store = TagwrightPreferences.store();
        return parse(store.getString(TagwrightPreferences.ANNOTATION_TAGS), store.getString(TagwrightPreferences.HIDDEN_FROM_BEHIND));
    }
}
