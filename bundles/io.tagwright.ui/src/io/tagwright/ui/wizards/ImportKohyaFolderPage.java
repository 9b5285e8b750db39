package io.tagwright.ui.wizards;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.tagwright.core.dataset.KohyaLayout;
import io.tagwright.core.dataset.SubsetFolders;
import io.tagwright.core.image.ImageHeaders;

/** The folder to import and the dataset's name, with what Tagwright recognises in the folder. */
final class ImportKohyaFolderPage extends WizardPage {

    private Text folder;
    private Text name;
    private Label found;
    private Job preview;
    private String layoutProblem;

    ImportKohyaFolderPage() {
        super("import");
        setTitle("Import Kohya Folder");
        setDescription("A folder holding img/N_name/ subsets (or the N_name/ folders themselves). Nothing in it is changed.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        new Label(c, SWT.NONE).setText("&Folder:");
        folder = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("B&rowse…");
        new Label(c, SWT.NONE).setText("&Name:");
        name = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
        found = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(320, 90).applyTo(found);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setMessage("The kohya folder to import");
            String dir = d.open();
            if (dir != null) {
                folder.setText(dir);
            }
        });
        folder.addListener(SWT.Modify, e -> {
            String f = folder.getText().strip();
            if (!f.isEmpty()) {
                Path p = Path.of(f).getFileName();
                name.setText(p == null ? "" : p.toString());
            }
            look();
        });
        name.addListener(SWT.Modify, e -> validate());
        setControl(c);
        setPageComplete(false);
    }

    /** Looks into the folder in a job (a big folder takes a moment) and shows what it holds. */
    private void look() {
        if (preview != null) {
            preview.cancel();
        }
        layoutProblem = "Looking into the folder…";
        validate();
        Path dir = folder.getText().isBlank() ? null : Path.of(folder.getText().strip());
        if (dir == null || !Files.isDirectory(dir)) {
            layoutProblem = dir == null ? "Choose the kohya folder" : dir + " is not a folder";
            found.setText("");
            validate();
            return;
        }
        preview = Job.create("Looking into " + dir, monitor -> {
            String text;
            String problem = null;
            try {
                text = describe(dir);
            } catch (IOException | RuntimeException e) {
                text = "";
                problem = "Cannot read " + dir + ": " + e.getMessage();
            }
            String t = text;
            String p = problem;
            if (!monitor.isCanceled() && !found.isDisposed()) {
                found.getDisplay().asyncExec(() -> {
                    if (!found.isDisposed() && dir.equals(Path.of(folder.getText().strip()))) {
                        found.setText(t);
                        layoutProblem = p != null ? p : t.isEmpty() ? "No N_name subset folders found in " + dir : null;
                        validate();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        preview.setSystem(true);
        preview.schedule(150);
    }

    static String describe(Path dir) throws IOException {
        KohyaLayout layout = KohyaLayout.detect(dir);
        Path train = layout.trainDir() == null || layout.trainDir().isBlank() ? dir : dir.resolve(layout.trainDir());
        List<String> lines = new ArrayList<>();
        int subsets = 0;
        if (Files.isDirectory(train)) {
            try (DirectoryStream<Path> in = Files.newDirectoryStream(train, Files::isDirectory)) {
                for (Path p : in) {
                    SubsetFolders.Name n = SubsetFolders.parse(p.getFileName().toString());
                    if (!n.usedByKohya()) {
                        continue;
                    }
                    subsets++;
                    if (lines.size() < 6) {
                        lines.add(String.format(Locale.ROOT, "  %s: %,d images × %d repeats", p.getFileName(), countImages(p), n.repeats()));
                    }
                }
            }
        }
        if (subsets == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Subsets in ").append(dir.relativize(train).toString().isEmpty() ? "the folder itself" : layout.trainDir()).append(":\n");
        lines.forEach(l -> sb.append(l).append('\n'));
        if (subsets > lines.size()) {
            sb.append("  … and ").append(subsets - lines.size()).append(" more\n");
        }
        sb.append("Captions: *").append(layout.captionExtension());
        if (layout.regDir() != null) {
            sb.append(" · regularisation folder: ").append(layout.regDir());
        }
        if (!layout.triggerWords().isEmpty()) {
            sb.append(" · trigger: ").append(String.join(", ", layout.triggerWords()));
        }
        return sb.toString();
    }

    private static int countImages(Path dir) throws IOException {
        int n = 0;
        try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
            for (Path p : in) {
                if (ImageHeaders.isImageName(p.getFileName().toString())) {
                    n++;
                }
            }
        }
        return n;
    }

    private void validate() {
        String problem = layoutProblem;
        if (problem == null) {
            problem = name.getText().isBlank() ? "Enter a name for the dataset" : DatasetProjects.validate(name(), folder());
        }
        setErrorMessage(problem == null || problem.startsWith("Looking") ? null : problem);
        setPageComplete(problem == null);
    }

    Path folder() {
        return Path.of(folder.getText().strip());
    }

    String name() {
        return name.getText().strip();
    }

    /** Fills the page (for tests); the folder is looked into in the background. */
    void fill(Path dir, String datasetName) {
        folder.setText(dir.toString());
        name.setText(datasetName);
    }
}
