package io.tagwright.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.ImageEntry;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.parts.UndoRedoActions;
import io.tagwright.ui.commands.Open;
import io.tagwright.ui.gallery.GalleryEditor;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * Search a dataset with the query language: mistakes are underlined as you type, with the reason below;
 * results are listed (double-click opens an image) and can be shown in the gallery, as a filter or as a
 * selection.
 */
public final class SearchView extends ViewPart {

    public static final String ID = "io.tagwright.ui.searchView";

    private DatasetChooser dataset;
    private UndoRedoActions undoRedo;
    private QueryField query;
    private Label status;
    private Label help;
    private TableViewer results;
    private List<ImageEntry> found = List.of();
    private String lastQuery;
    private boolean searching;

    @Override
    public void createPartControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(c);
        undoRedo = new UndoRedoActions(() -> dataset == null ? null : dataset.current());
        undoRedo.install(getViewSite().getActionBars());
        dataset = new DatasetChooser(c, getSite().getPage(), s -> {
            undoRedo.update();
            clear();
        });
        query = new QueryField(c, "A query, e.g. smile -earrings view:from_behind (Enter searches)",
                "Query, e.g. smile -earrings view:from_behind");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query.control());
        query.onRun(this::search);
        Button run = new Button(c, SWT.PUSH);
        run.setText("Search");
        run.addListener(SWT.Selection, e -> query.run());
        Link syntax = new Link(c, SWT.NONE);
        syntax.setText("<a>Syntax</a>");
        help = new Label(c, SWT.NONE);
        help.setText(QueryField.syntaxHelp());
        help.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().span(4, 1).exclude(true).applyTo(help);
        help.setVisible(false);
        syntax.addListener(SWT.Selection, e -> {
            help.setVisible(!help.getVisible());
            ((org.eclipse.swt.layout.GridData) help.getLayoutData()).exclude = !help.getVisible();
            c.layout(true, true);
        });
        status = new Label(c, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
        Button show = new Button(c, SWT.PUSH);
        show.setText("Filter Gallery");
        show.setToolTipText("Show only the results in the dataset's gallery");
        show.addListener(SWT.Selection, e -> showInGallery(false));
        Button select = new Button(c, SWT.PUSH);
        select.setText("Select in Gallery");
        select.setToolTipText("Select the results (or the ones selected here) in the dataset's gallery");
        select.addListener(SWT.Selection, e -> showInGallery(true));
        results = new TableViewer(c, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER | SWT.VIRTUAL);
        results.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(results.getControl());
        column("Image", 330, e -> e.getSubset().getFolder() + "/" + e.getPath());
        column("Caption", 600, e -> String.join(", ", e.getTags()));
        results.setContentProvider(ArrayContentProvider.getInstance());
        results.setUseHashlookup(true);
        results.addDoubleClickListener(e -> {
            for (Object o : ((IStructuredSelection) e.getSelection()).toList()) {
                try {
                    Open.element(getSite().getPage(), o);
                } catch (PartInitException ex) {
                    TagwrightUi.log("cannot open " + o, ex);
                }
            }
        });
        getSite().setSelectionProvider(results);
    }

    private void column(String title, int width, java.util.function.Function<ImageEntry, String> text) {
        TableViewerColumn col = new TableViewerColumn(results, SWT.LEFT);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ImageEntry e && e.getSubset() != null ? text.apply(e) : "";
            }
        });
    }

    private void clear() {
        found = List.of();
        if (results != null) {
            results.setInput(found);
            status.setText("");
        }
    }

    /** Runs a query on the chosen dataset (the field's Enter does this). */
    public void search(String q) {
        DatasetSession s = dataset.current();
        if (s == null) {
            query.showMessage("No dataset is open");
            return;
        }
        searching = true;
        status.setText("Searching…");
        GalleryFilters.run(s, q, (text, r) -> {
            if (results.getControl().isDisposed() || dataset.current() != s) {
                return;
            }
            searching = false;
            query.showMessage(r.problem());
            if (r.problem() != null) {
                status.setText("");
                return;
            }
            lastQuery = text;
            List<ImageEntry> list = new ArrayList<>(r.images().size());
            for (String k : r.keys()) {
                ImageEntry e = s.entry(k);
                if (e != null) {
                    list.add(e);
                }
            }
            found = list;
            results.setInput(found);
            status.setText(String.format(Locale.ROOT, "%,d of %,d images match%s (%.1f ms)", r.total(), s.imageCount(),
                    text.isBlank() ? "" : " " + text, r.nanos() / 1e6));
        });
    }

    private void showInGallery(boolean select) {
        DatasetSession s = dataset.current();
        if (s == null || lastQuery == null) {
            return;
        }
        try {
            GalleryEditor g = Open.gallery(getSite().getPage(), DatasetRegistry.getDefault().project(s));
            if (select) {
                List<?> sel = results.getStructuredSelection().toList();
                List<ImageEntry> chosen = new ArrayList<>();
                for (Object o : sel.isEmpty() ? found : sel) {
                    chosen.add((ImageEntry) o);
                }
                g.select(chosen);
            } else {
                g.filter(lastQuery);
            }
        } catch (PartInitException e) {
            TagwrightUi.log("cannot open the gallery", e);
        }
    }

    // ---------------------------------------------------------------- for tests

    public QueryField queryField() {
        return query;
    }

    public List<ImageEntry> results() {
        return found;
    }

    public boolean isSearching() {
        return searching;
    }

    public DatasetSession dataset() {
        return dataset.current();
    }

    public void setDataset(DatasetSession s) {
        dataset.choose(s);
    }

    @Override
    public void setFocus() {
        query.text().setFocus();
    }

    @Override
    public void dispose() {
        undoRedo.dispose();
        super.dispose();
    }
}
