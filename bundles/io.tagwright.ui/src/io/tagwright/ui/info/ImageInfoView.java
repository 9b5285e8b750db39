package io.tagwright.ui.info;

import java.io.IOException;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.DatasetProblem;
import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintReport;
import io.tagwright.core.lint.Severity;
import io.tagwright.model.ImageEntry;
import io.tagwright.ui.problems.LintScheduler;
import io.tagwright.ui.problems.ProblemIndex;
import io.tagwright.ui.widgets.ScaledImages;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * Shows the selected image: a preview, its caption as kohya will read it, and the facts that matter for
 * training (pixel size, aspect ratio, format, file size, annotations, problems).
 */
public final class ImageInfoView extends ViewPart implements ISelectionListener {

    public static final String ID = "io.tagwright.ui.imageInfo";

    private Canvas preview;
    private static final int PREVIEW_EDGE = 1024;

    private Image image;
    private final ScaledImages.Cache scaled = new ScaledImages.Cache();
    private Label title;
    private Text caption;
    private Table facts;
    private ImageEntry shown;
    /** The problem rows on display, so a new lint result that says the same about this image changes nothing. */
    private List<String[]> shownProblems = List.of();
    private final ProblemIndex.Listener problemsChanged = s -> {
        if (shown != null && caption != null && !caption.isDisposed() && DatasetRegistry.getDefault().sessionOf(shown) == s
                && !java.util.Arrays.deepEquals(problemRows(s, shown).toArray(), shownProblems.toArray())) {
            show(shown, false);
        }
    };
    private Job loading;
    private final AdapterImpl follower = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification msg) {
            if (!msg.isTouch() && caption != null && !caption.isDisposed()) {
                caption.getDisplay().asyncExec(() -> show(shown, false));
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        preview = new Canvas(sash, SWT.DOUBLE_BUFFERED);
        preview.addPaintListener(e -> {
            Rectangle area = preview.getClientArea();
            if (image == null || image.isDisposed()) {
                e.gc.drawText(shown == null ? "Select an image" : "No preview", 8, 8, true);
                return;
            }
            Rectangle b = image.getBounds();
            double scale = Math.min((double) area.width / b.width, (double) area.height / b.height);
            int w = (int) (b.width * scale);
            int h = (int) (b.height * scale);
            e.gc.drawImage(scaled.get(preview.getDisplay(), image, w, h), (area.width - w) / 2, (area.height - h) / 2);
        });
        Composite details = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(details);
        title = new Label(details, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        caption = new Text(details, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 60).applyTo(caption);
        facts = new Table(details, SWT.BORDER | SWT.FULL_SELECTION);
        facts.setHeaderVisible(true);
        new TableColumn(facts, SWT.NONE).setText("Fact");
        new TableColumn(facts, SWT.NONE).setText("Value");
        facts.getColumn(0).setWidth(130);
        facts.getColumn(1).setWidth(320);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(facts);
        sash.setWeights(55, 45);
        getSite().getPage().addPostSelectionListener(this);
        ProblemIndex.addListener(problemsChanged);
        selectionChanged(null, getSite().getPage().getSelection());
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof ImageEntry e && e != shown) {
            show(e, true);
        }
    }

    /** The image shown now, or null. */
    public ImageEntry shown() {
        return shown;
    }

    /** The facts on display, one "fact: value" per row. */
    public List<String> facts() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : facts.getItems()) {
            rows.add(item.getText(0) + ": " + item.getText(1));
        }
        return rows;
    }

    /** The caption text on display. */
    public String captionText() {
        return caption.getText();
    }

    private void show(ImageEntry entry, boolean reloadPreview) {
        if (caption.isDisposed() || entry == null) {
            return;
        }
        if (shown != entry) {
            if (shown != null) {
                shown.eAdapters().remove(follower);
            }
            entry.eAdapters().add(follower);
        }
        shown = entry;
        DatasetSession session = sessionOf(entry);
        title.setText(entry.getPath());
        caption.setText(switch (entry.getCaptionStatus()) {
            case MISSING -> "(no caption file: kohya trains this image with the class tokens only)";
            default -> String.join(", ", entry.getTags());
        });
        facts.removeAll();
        row("Size", entry.getWidth() + " × " + entry.getHeight() + " px");
        row("Aspect ratio", entry.getHeight() == 0 ? "?" : String.format(Locale.ROOT, "%.3f (%s)",
                (double) entry.getWidth() / entry.getHeight(), orientation(entry)));
        row("Format", entry.getFormat().getLiteral().toUpperCase(Locale.ROOT));
        row("File size", String.format(Locale.ROOT, "%,d bytes", entry.getBytes()));
        row("Modified", DateFormat.getDateTimeInstance().format(new Date(entry.getMtime())));
        row("Tags", Integer.toString(entry.getTags().size()));
        row("Caption", entry.getCaptionStatus().getLiteral());
        row("View", entry.getView().getLiteral());
        row("Framing", entry.getFraming().getLiteral());
        if (entry.getSubset() != null) {
            row("Subset", entry.getSubset().getFolder() + " (" + entry.getSubset().getRepeats() + " repeats)");
        }
        shownProblems = session == null ? List.of() : problemRows(session, entry);
        for (String[] problem : shownProblems) {
            row(problem[0], problem[1]);
        }
        if (session != null) {
            if (reloadPreview) {
                loadPreview(session.imagePath(entry));
            }
        }
        facts.getColumn(1).pack();
        title.getParent().layout();
    }

    /** (severity, message) of an image's problems: lint's findings, or the scan's problems before lint has run. */
    private static List<String[]> problemRows(DatasetSession session, ImageEntry entry) {
        List<String[]> rows = new ArrayList<>();
        String key = session.keyOf(entry);
        String stem = key.substring(0, key.lastIndexOf('.'));
        LintReport report = LintScheduler.report(session);
        if (report != null) { // lint's findings include the problems of reading the files
            for (Finding f : report.ofImage(key)) {
                rows.add(new String[] { f.severity() == Severity.ERROR ? "Error" : f.severity() == Severity.WARNING ? "Warning" : "Note",
                        f.message() });
            }
        } else {
            for (DatasetProblem p : session.problems()) {
                if (p.file().equals(key) || p.file().startsWith(stem + ".")) {
                    rows.add(new String[] { p.severity() == DatasetProblem.Severity.ERROR ? "Error" : "Warning", p.message() });
                }
            }
        }
        return rows;
    }

    private static String orientation(ImageEntry e) {
        return e.getWidth() == e.getHeight() ? "square" : e.getWidth() > e.getHeight() ? "landscape" : "portrait";
    }

    private void row(String fact, String value) {
        TableItem item = new TableItem(facts, SWT.NONE);
        item.setText(new String[] { fact, value });
    }

    private void loadPreview(Path file) {
        if (loading != null) {
            loading.cancel();
        }
        Rectangle area = preview.getClientArea();
        int edge = Math.max(64, Math.min(PREVIEW_EDGE, Math.max(area.width, area.height)));
        loading = Job.create("Loading preview of " + file.getFileName(), monitor -> {
            ImageData data;
            try {
                // a preview, not the picture: decoded and scaled down here so the UI thread only shows it
                data = ScaledImages.read(file, edge);
            } catch (IOException | RuntimeException e) { // no decoder (e.g. WebP) or a broken file
                data = null;
            }
            ImageData loaded = data;
            if (!monitor.isCanceled() && !preview.isDisposed()) {
                preview.getDisplay().asyncExec(() -> setPreview(loaded));
            }
            return Status.OK_STATUS;
        });
        loading.setSystem(true);
        loading.schedule();
    }

    private void setPreview(ImageData data) {
        if (preview.isDisposed()) {
            return;
        }
        if (image != null) {
            image.dispose();
        }
        image = data == null ? null : new Image(preview.getDisplay(), data);
        preview.redraw();
    }

    private static DatasetSession sessionOf(ImageEntry entry) {
        return DatasetRegistry.getDefault().sessionOf(entry);
    }

    @Override
    public void setFocus() {
        caption.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(this);
        ProblemIndex.removeListener(problemsChanged);
        if (shown != null) {
            shown.eAdapters().remove(follower);
        }
        if (image != null) {
            image.dispose();
        }
        scaled.dispose();
        super.dispose();
    }
}
