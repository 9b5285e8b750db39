package io.tagwright.launching.ui.dashboard;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.tagwright.launching.session.TrainingSession;
import io.tagwright.launching.session.TrainingSession.EpochRow;
import io.tagwright.launching.session.TrainingSession.Recommendation;

/**
 * One row per epoch (loss, validation loss, LoRA file and size) with the epoch to try first: the lowest
 * validation loss when the run had a validation split, otherwise the lowest epoch loss, and it says which.
 * Copy the file path, reveal it, or copy the A1111 prompt snippet {@code <lora:name-000006:0.8>}.
 */
public final class EpochTable extends Composite {

    private final Label recommendation;
    private final TableViewer table;
    private TrainingSession session;
    private Recommendation recommended;

    public EpochTable(Composite parent) {
        super(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(this);
        recommendation = new Label(this, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(recommendation);
        button("Copy path", () -> copy(selectedFile()));
        button("Reveal", this::reveal);
        button("Copy A1111 snippet", () -> {
            String f = selectedFile();
            copy(f == null ? null : TrainingSession.a1111Snippet(f, 0.8));
        });
        table = new TableViewer(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Epoch", 60, r -> (isRecommended(r) ? "★ " : "") + r.epoch());
        column("Loss", 90, r -> Double.isNaN(r.loss()) ? "" : String.format(Locale.ROOT, "%.5f", r.loss()));
        column("Validation loss", 110, r -> r.validationLoss() == null ? "" : String.format(Locale.ROOT, "%.5f", r.validationLoss()));
        column("File", 280, r -> r.file() == null ? "" : Path.of(r.file()).getFileName().toString());
        column("Size", 90, r -> r.file() == null ? "" : String.format(Locale.ROOT, "%.1f MiB", r.sizeBytes() / 1048576.0));
        MenuManager menu = new MenuManager();
        menu.add(action("Copy Path", () -> copy(selectedFile())));
        menu.add(action("Reveal in File Manager", this::reveal));
        menu.add(action("Copy A1111 Prompt Snippet", () -> {
            String f = selectedFile();
            copy(f == null ? null : TrainingSession.a1111Snippet(f, 0.8));
        }));
        table.getControl().setMenu(menu.createContextMenu(table.getControl()));
    }

    private void button(String label, Runnable r) {
        Button b = new Button(this, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> r.run());
    }

    private static Action action(String label, Runnable r) {
        return new Action(label) {
            @Override
            public void run() {
                r.run();
            }
        };
    }

    private void column(String title, int width, java.util.function.Function<EpochRow, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((EpochRow) element);
            }

            @Override
            public Font getFont(Object element) {
                return isRecommended((EpochRow) element) ? JFaceResources.getBannerFont() : null;
            }
        });
    }

    private boolean isRecommended(EpochRow r) {
        return recommended != null && recommended.epoch() == r.epoch();
    }

    public void show(TrainingSession s) {
        session = s;
        refresh();
    }

    public void refresh() {
        if (isDisposed()) {
            return;
        }
        List<EpochRow> rows = session == null ? List.of() : session.epochs();
        recommended = session == null ? null : session.recommendation();
        recommendation.setText(recommendationText(recommended));
        table.setInput(rows);
        if (recommended != null && table.getStructuredSelection().isEmpty()) {
            rows.stream().filter(this::isRecommended).findFirst().ifPresent(r -> table.setSelection(new StructuredSelection(r), true));
        }
        layout();
    }

    /** The sentence above the table (tests read it). */
    public static String recommendationText(Recommendation r) {
        if (r == null) {
            return "No epoch to recommend yet (an epoch needs a loss and a saved LoRA file).";
        }
        String why = r.basis() == Recommendation.Basis.VALIDATION_LOSS ? "lowest validation loss"
                : "lowest epoch loss (no validation split, so this is training loss: also look at the samples)";
        return "Try epoch " + r.epoch() + " first: " + Path.of(r.file()).getFileName() + " — " + why + ".";
    }

    public String recommendationLabel() {
        return recommendation.getText();
    }

    private String selectedFile() {
        Object o = table.getStructuredSelection().getFirstElement();
        return o instanceof EpochRow r ? r.file() : null;
    }

    private void copy(String text) {
        if (text == null) {
            return;
        }
        Clipboard cb = new Clipboard(getDisplay());
        try {
            cb.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            cb.dispose();
        }
    }

    private void reveal() {
        String f = selectedFile();
        if (f != null) {
            Program.launch(Path.of(f).getParent().toString());
        }
    }
}
