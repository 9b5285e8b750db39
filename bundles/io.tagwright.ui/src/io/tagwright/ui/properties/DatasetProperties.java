package io.tagwright.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.Dataset;
import io.tagwright.model.ModelPackage;
import io.tagwright.model.Subset;
import io.tagwright.model.TrainingTarget;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * A dataset's or subset's settings in the Properties view. Name, trigger words, notes and the training
 * target (resolution, epochs, batch size) are edited here as undoable commands; folder facts are shown.
 */
final class DatasetProperties implements IPropertySource {

    private final EObject object;

    DatasetProperties(EObject object) {
        this.object = object;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> d = new ArrayList<>();
        if (object instanceof Dataset) {
            d.add(text("name", "Name", "Dataset"));
            d.add(text("triggers", "Trigger words", "Dataset"));
            d.add(text("notes", "Notes", "Dataset"));
            d.add(ro("root", "Folder", "Folders"));
            d.add(ro("train", "Training images", "Folders"));
            d.add(ro("reg", "Regularisation images", "Folders"));
            d.add(ro("captionExtension", "Caption extension", "Folders"));
            d.add(text("resolution", "Resolution", "Training"));
            d.add(text("epochs", "Epochs", "Training"));
            d.add(text("batch", "Batch size", "Training"));
        } else {
            d.add(ro("folder", "Folder", "Subset"));
            d.add(ro("repeats", "Repeats", "Subset"));
            d.add(ro("kind", "Kind", "Subset"));
            d.add(ro("images", "Images", "Subset"));
            d.add(text("notes", "Notes", "Subset"));
        }
        return d.toArray(IPropertyDescriptor[]::new);
    }

    private static PropertyDescriptor ro(String id, String name, String category) {
        PropertyDescriptor p = new PropertyDescriptor(id, name);
        p.setCategory(category);
        return p;
    }

    private static PropertyDescriptor text(String id, String name, String category) {
        PropertyDescriptor p = new TextPropertyDescriptor(id, name);
        p.setCategory(category);
        return p;
    }

    @Override
    public Object getPropertyValue(Object id) {
        DatasetSession session = DatasetRegistry.getDefault().sessionOf(object);
        if (object instanceof Subset s) {
            return switch ((String) id) {
                case "folder" -> s.getFolder();
                case "repeats" -> Integer.toString(s.getRepeats());
                case "kind" -> s.getKind().getLiteral();
                case "images" -> Integer.toString(s.getImages().size());
                case "notes" -> s.getNotes() == null ? "" : s.getNotes();
                default -> null;
            };
        }
        Dataset ds = (Dataset) object;
        TrainingTarget t = ds.getSettings();
        return switch ((String) id) {
            case "name" -> ds.getName() == null ? "" : ds.getName();
            case "triggers" -> String.join(", ", ds.getTriggerWords());
            case "notes" -> ds.getNotes() == null ? "" : ds.getNotes();
            case "root" -> session == null ? "" : session.root().toString();
            case "train" -> session == null ? "" : session.trainDir().toString();
            case "reg" -> session == null || session.regDir() == null ? "(none)" : session.regDir().toString();
            case "captionExtension" -> ds.getCaptionExtension();
            case "resolution" -> t == null ? "" : Integer.toString(t.getResolution());
            case "epochs" -> t == null ? "" : Integer.toString(t.getEpochs());
            case "batch" -> t == null ? "" : Integer.toString(t.getBatchSize());
            default -> null;
        };
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // no defaults to go back to
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        DatasetSession session = DatasetRegistry.getDefault().sessionOf(object);
        if (session == null || !(value instanceof String text)) {
            return;
        }
        var domain = session.editingDomain();
        Command command = null;
        if (object instanceof Subset s && "notes".equals(id)) {
            command = SetCommand.create(domain, s, ModelPackage.Literals.SUBSET__NOTES, text);
        } else if (object instanceof Dataset ds) {
            TrainingTarget t = ds.getSettings();
            command = switch ((String) id) {
                case "name" -> text.isBlank() ? null : SetCommand.create(domain, ds, ModelPackage.Literals.DATASET__NAME, text.strip());
                case "triggers" -> SetCommand.create(domain, ds, ModelPackage.Literals.DATASET__TRIGGER_WORDS, CaptionSyntax.split(text));
                case "notes" -> SetCommand.create(domain, ds, ModelPackage.Literals.DATASET__NOTES, text);
                case "resolution" -> number(domain, t, ModelPackage.Literals.TRAINING_TARGET__RESOLUTION, text, 64, 4096);
                case "epochs" -> number(domain, t, ModelPackage.Literals.TRAINING_TARGET__EPOCHS, text, 1, 10_000);
                case "batch" -> number(domain, t, ModelPackage.Literals.TRAINING_TARGET__BATCH_SIZE, text, 1, 1024);
                default -> null;
            };
        }
        if (command != null && command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** A command setting a whole-number setting, or null when the text is not a number in range. */
    private static Command number(org.eclipse.emf.edit.domain.EditingDomain domain, TrainingTarget t, EStructuralFeature f,
            String text, int min, int max) {
        try {
            int v = Integer.parseInt(text.strip());
            return t == null || v < min || v > max || Integer.valueOf(v).equals(t.eGet(f)) ? null : SetCommand.create(domain, t, f, v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
