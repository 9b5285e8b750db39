package io.tagwright.ui.refactor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.refactor.Change;
import io.tagwright.core.refactor.ChangeSet;

/**
 * The preview: every caption that changes, and for the chosen one its text before (removed tags struck out
 * in red) and after (added tags in green), like a refactoring's compare pane.
 */
final class RefactoringPreviewPage extends WizardPage {

    private Label summary;
    private TableViewer files;
    private StyledText before;
    private StyledText after;
    private Color removedBg;
    private Color addedBg;

    RefactoringPreviewPage() {
        super("preview");
        setTitle("Preview");
        setDescription("Each caption that will change. Finish writes them all as one batch; Undo takes it back.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(c);
        removedBg = new Color(c.getDisplay(), new RGB(0xfb, 0xd8, 0xd4));
        addedBg = new Color(c.getDisplay(), new RGB(0xd4, 0xf2, 0xd8));
        c.addListener(SWT.Dispose, e -> {
            removedBg.dispose();
            addedBg.dispose();
        });
        summary = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(summary);
        SashForm sash = new SashForm(c, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 380).applyTo(sash);
        files = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.VIRTUAL);
        files.getTable().setHeaderVisible(true);
        column("Caption of", 240, ch -> ch.key().substring(ch.key().lastIndexOf('/') + 1));
        column("Subset", 140, ch -> {
            String k = ch.key();
            int end = k.lastIndexOf('/');
            return end < 0 ? "" : k.substring(k.lastIndexOf('/', end - 1) + 1, end);
        });
        column("Change", 300, RefactoringPreviewPage::describe);
        files.setContentProvider(ArrayContentProvider.getInstance());
        files.addSelectionChangedListener(e -> show((Change) files.getStructuredSelection().getFirstElement()));
        Composite compare = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(compare);
        new Label(compare, SWT.NONE).setText("Before:");
        new Label(compare, SWT.NONE).setText("After:");
        before = text(compare);
        after = text(compare);
        sash.setWeights(55, 45);
        setControl(c);
        setPageComplete(false);
    }

    private void column(String title, int width, java.util.function.Function<Change, String> text) {
        TableViewerColumn col = new TableViewerColumn(files, SWT.LEFT);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Change) element);
            }
        });
    }

    private static StyledText text(Composite c) {
        StyledText t = new StyledText(c, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
        t.setMargins(4, 4, 4, 4);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(t);
        return t;
    }

    static String describe(Change ch) {
        List<String> parts = new ArrayList<>();
        if (!ch.removed().isEmpty()) {
            parts.add("− " + String.join(", ", ch.removed()));
        }
        if (!ch.added().isEmpty()) {
            parts.add("+ " + String.join(", ", ch.added()));
        }
        if (ch.removed().isEmpty() && ch.added().isEmpty() && ch.tagsChanged()) {
            parts.add("order");
        }
        if (ch.annotationsChanged()) {
            parts.add("annotations");
        }
        return String.join("   ", parts);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            setErrorMessage(null);
            summary.setText("Computing the preview…");
            ChangeSet cs = ((TagRefactoringWizard) getWizard()).computePreview();
            show(cs);
        }
    }

    private void show(ChangeSet cs) {
        if (cs == null) {
            summary.setText("");
            files.setInput(List.of());
            setPageComplete(false);
            return;
        }
        summary.setText(cs.isEmpty() ? "Nothing to change: no caption in " + cs.scope().description() + " is affected."
                : String.format(Locale.ROOT, "%s: %,d of %,d caption(s) change (%,d tag(s) removed, %,d added).", cs.label(), cs.size(),
                        cs.scanned(), cs.tagsRemoved(), cs.tagsAdded()));
        files.setInput(cs.changes());
        if (!cs.isEmpty()) {
            files.setSelection(new StructuredSelection(cs.changes().get(0)));
        }
        summary.getParent().layout();
        setPageComplete(!cs.isEmpty());
        getContainer().updateButtons();
    }

    private void show(Change ch) {
        if (ch == null) {
            before.setText("");
            after.setText("");
            return;
        }
        mark(before, ch.before(), keys(ch.removed()), removedBg, true);
        mark(after, ch.after(), keys(ch.added()), addedBg, false);
    }

    private static Set<String> keys(List<String> tags) {
        Set<String> k = new HashSet<>();
        for (String t : tags) {
            k.add(CaptionSyntax.key(t));
        }
        return k;
    }

    /** Shows a caption with the given tags highlighted (and struck out, for removals). */
    private static void mark(StyledText text, List<String> tags, Set<String> highlight, Color bg, boolean strike) {
        StringBuilder sb = new StringBuilder();
        List<StyleRange> ranges = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            String t = tags.get(i);
            if (highlight.contains(CaptionSyntax.key(t))) {
                StyleRange r = new StyleRange(sb.length(), t.length(), null, bg);
                r.strikeout = strike;
                ranges.add(r);
            }
            sb.append(t);
        }
        text.setText(sb.toString());
        text.setStyleRanges(ranges.toArray(StyleRange[]::new));
    }

    /** The change set shown (for tests). */
    List<Change> shown() {
        @SuppressWarnings("unchecked")
        List<Change> list = (List<Change>) files.getInput();
        return list == null ? List.of() : list;
    }
}
