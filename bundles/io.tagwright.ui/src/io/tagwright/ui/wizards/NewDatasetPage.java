package io.tagwright.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import io.tagwright.core.dataset.ProjectFile;
import io.tagwright.core.dataset.SubsetFolders;

/** Name, folder, trigger word and repeats of a new dataset. */
final class NewDatasetPage extends WizardPage {

    private Text name;
    private Button inWorkspace;
    private Text location;
    private Button browse;
    private Text trigger;
    private Spinner repeats;
    private Label layout;

    NewDatasetPage() {
        super("dataset");
        setTitle("New Dataset");
        setDescription("An empty kohya dataset: drop images into its subset folder afterwards.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        new Label(c, SWT.NONE).setText("&Name:");
        name = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
        inWorkspace = new Button(c, SWT.CHECK);
        inWorkspace.setText("Create in the &workspace folder");
        inWorkspace.setSelection(true);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(inWorkspace);
        new Label(c, SWT.NONE).setText("&Folder:");
        location = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(location);
        browse = new Button(c, SWT.PUSH);
        browse.setText("B&rowse…");
        new Label(c, SWT.NONE).setText("&Trigger word:");
        trigger = new Text(c, SWT.BORDER);
        trigger.setMessage("e.g. mychar");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(trigger);
        new Label(c, SWT.NONE).setText("&Repeats:");
        repeats = new Spinner(c, SWT.BORDER);
        repeats.setValues(10, 1, 1000, 0, 1, 5);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(repeats);
        layout = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, SWT.DEFAULT).applyTo(layout);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setMessage("The folder the dataset is created in (it must not hold a dataset yet)");
            String dir = d.open();
            if (dir != null) {
                location.setText(dir);
            }
        });
        name.addListener(SWT.Modify, e -> update());
        inWorkspace.addListener(SWT.Selection, e -> update());
        location.addListener(SWT.Modify, e -> update());
        trigger.addListener(SWT.Modify, e -> update());
        repeats.addListener(SWT.Modify, e -> update());
        setControl(c);
        update();
        setErrorMessage(null);
        setPageComplete(false);
    }

    private void update() {
        boolean ws = inWorkspace.getSelection();
        location.setEnabled(!ws);
        browse.setEnabled(!ws);
        if (ws) {
            String inside = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(name.getText().strip()).toString();
            if (!inside.equals(location.getText())) {
                location.setText(inside); // comes back here once, with nothing left to change
                return;
            }
        }
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
        layout.setText(problem != null ? "" : "Creates " + Path.of(location.getText().strip()).resolve("img")
                .resolve(SubsetFolders.format(repeats(), trigger())) + "/ and " + ProjectFile.DEFAULT_NAME + ".");
    }

    private String problem() {
        if (name.getText().isBlank()) {
            return "Enter a name for the dataset";
        }
        String p = DatasetProjects.validate(name(), location());
        if (p != null) {
            return p;
        }
        String l = location.getText().strip();
        if (l.isEmpty()) {
            return "Choose a folder";
        }
        if (Files.exists(Path.of(l).resolve(ProjectFile.DEFAULT_NAME))) {
            return l + " already holds a dataset; import it instead (File › Import › Kohya Folder)";
        }
        String t = trigger();
        if (t.isEmpty()) {
            return "Enter the trigger word (it names the subset folder and starts every caption)";
        }
        if (t.contains("/") || t.contains("\\") || t.contains(",")) {
            return "The trigger word cannot contain '/', '\\' or ','";
        }
        return null;
    }

    String name() {
        return name.getText().strip();
    }

    /** The chosen folder, or null for the default folder in the workspace. */
    Path location() {
        return inWorkspace.getSelection() ? null : Path.of(location.getText().strip());
    }

    String trigger() {
        return trigger.getText().strip();
    }

    int repeats() {
        return repeats.getSelection();
    }

    /** Fills the page (for tests). */
    void fill(String n, String t, int r) {
        name.setText(n);
        trigger.setText(t);
        repeats.setSelection(r);
        update();
    }
}
