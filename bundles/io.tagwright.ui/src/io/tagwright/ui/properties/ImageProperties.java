package io.tagwright.ui.properties;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.ui.commands.Annotations;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.TrainingTarget;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.ui.overview.TrainingPlans;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * An image's facts in the Properties view: pixel size, format, bytes, aspect ratio, where it sits on disk,
 * its caption, and the bucket kohya would put it in (the trainer's bucket maths). View and framing can
 * be changed here too; that is the same undoable command as the caption editor's buttons.
 */
final class ImageProperties implements IPropertySource {

    private static final String FILE = "File";
    private static final String IMAGE = "Image";
    private static final String CAPTION = "Caption";
    private static final String TRAINING = "Training";

    private final ImageEntry entry;

    ImageProperties(ImageEntry entry) {
        this.entry = entry;
    }

    @Override
    public Object getEditableValue() {
        return entry;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> d = new ArrayList<>();
        d.add(ro("name", "Name", FILE));
        d.add(ro("subset", "Subset", FILE));
        d.add(ro("location", "Location", FILE));
        d.add(ro("bytes", "File size", FILE));
        d.add(ro("modified", "Modified", FILE));
        d.add(ro("format", "Format", IMAGE));
        d.add(ro("size", "Pixel size", IMAGE));
        d.add(ro("megapixels", "Megapixels", IMAGE));
        d.add(ro("aspect", "Aspect ratio", IMAGE));
        d.add(ro("captionStatus", "Status", CAPTION));
        d.add(ro("tags", "Tags", CAPTION));
        d.add(ro("text", "Text", CAPTION));
        d.add(combo("view", "View", viewLabels()));
        d.add(combo("framing", "Framing", framingLabels()));
        d.add(ro("bucket", "Bucket (kohya)", TRAINING));
        return d.toArray(IPropertyDescriptor[]::new);
    }

    private static PropertyDescriptor ro(String id, String name, String category) {
        PropertyDescriptor p = new PropertyDescriptor(id, name);
        p.setCategory(category);
        return p;
    }

    private static ComboBoxPropertyDescriptor combo(String id, String name, String[] labels) {
        ComboBoxPropertyDescriptor p = new ComboBoxPropertyDescriptor(id, name, labels);
        p.setCategory("Annotations");
        p.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Integer i && i >= 0 && i < labels.length ? labels[i] : String.valueOf(element);
            }
        });
        return p;
    }

    private static String[] viewLabels() {
        return java.util.Arrays.stream(ViewAnnotation.values()).map(ViewAnnotation::getLiteral).toArray(String[]::new);
    }

    private static String[] framingLabels() {
        return java.util.Arrays.stream(FramingAnnotation.values()).map(FramingAnnotation::getLiteral).toArray(String[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        DatasetSession session = DatasetRegistry.getDefault().sessionOf(entry);
        int w = entry.getWidth();
        int h = entry.getHeight();
        return switch ((String) id) {
            case "name" -> entry.getPath();
            case "subset" -> entry.getSubset() == null ? "" : entry.getSubset().getFolder() + " (" + entry.getSubset().getRepeats() + " repeats)";
            case "location" -> session == null ? "" : session.imagePath(entry).toString();
            case "bytes" -> String.format(Locale.ROOT, "%,d bytes", entry.getBytes());
            case "modified" -> DateFormat.getDateTimeInstance().format(new Date(entry.getMtime()));
            case "format" -> entry.getFormat().getLiteral().toUpperCase(Locale.ROOT);
            case "size" -> w + " × " + h;
            case "megapixels" -> String.format(Locale.ROOT, "%.2f", w * (double) h / 1e6);
            case "aspect" -> aspect(w, h);
            case "captionStatus" -> entry.getCaptionStatus().getLiteral();
            case "tags" -> Integer.toString(entry.getTags().size());
            case "text" -> String.join(", ", entry.getTags());
            case "view" -> entry.getView().getValue();
            case "framing" -> entry.getFraming().getValue();
            case "bucket" -> bucket(w, h);
            default -> null;
        };
    }

    /** Width / height as a number, the nearest common ratio and the orientation: {@code 0.750 (3:4, portrait)}. */
    static String aspect(int w, int h) {
        if (w <= 0 || h <= 0) {
            return "unknown";
        }
        double r = (double) w / h;
        String[] names = { "1:2", "9:16", "2:3", "3:4", "4:5", "1:1", "5:4", "4:3", "3:2", "16:9", "2:1" };
        double[] values = { 0.5, 9 / 16.0, 2 / 3.0, 0.75, 0.8, 1, 1.25, 4 / 3.0, 1.5, 16 / 9.0, 2 };
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(Math.log(r / values[i])) < Math.abs(Math.log(r / values[best]))) {
                best = i;
            }
        }
        String orientation = w == h ? "square" : w > h ? "landscape" : "portrait";
        String near = Math.abs(Math.log(r / values[best])) < 0.02 ? names[best] : "≈ " + names[best];
        return String.format(Locale.ROOT, "%.3f (%s, %s)", r, near, orientation);
    }

    private String bucket(int w, int h) {
        if (entry.getSubset() == null || w <= 0 || h <= 0) {
            return "";
        }
        TrainingTarget t = entry.getSubset().getDataset().getSettings();
        String res = t == null ? "" : " at " + t.getResolution() + " px";
        return TrainingPlans.bucket(entry.getSubset().getDataset(), w, h) + res;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // facts come from the file; annotations are changed with their combo
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        DatasetSession session = DatasetRegistry.getDefault().sessionOf(entry);
        if (session == null || !(value instanceof Integer i) || i < 0) {
            return;
        }
        if ("view".equals(id) && i < ViewAnnotation.values().length && ViewAnnotation.get(i) != entry.getView()) {
            Annotations.set(session, List.of(entry), ViewAnnotation.get(i), null);
        } else if ("framing".equals(id) && i < FramingAnnotation.values().length && FramingAnnotation.get(i) != entry.getFraming()) {
            Annotations.set(session, List.of(entry), null, FramingAnnotation.get(i));
        }
    }
}
