package io.tagwright.ui.tags;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.tags.TagInfo;
import io.tagwright.core.tags.TagList;
import io.tagwright.index.DatasetIndex;
import io.tagwright.index.TagCount;
import io.tagwright.index.query.QuerySyntaxException;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.parts.UndoRedoActions;
import io.tagwright.ui.commands.Open;
import io.tagwright.ui.gallery.GalleryEditor;
import io.tagwright.ui.refactor.TagRefactoringWizard;
import io.tagwright.ui.search.DatasetChooser;
import io.tagwright.ui.search.GalleryFilters;
import io.tagwright.ui.search.Indexes;
import io.tagwright.ui.search.QueryField;
import io.tagwright.ui.search.TagResources;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * How often each tag occurs, for the whole dataset or the images matching a query; sortable, narrowed by a
 * filter text. Selecting a tag shows its images in the gallery; the context menu renames, removes, adds or
 * replaces tags across the dataset (refactorings with a preview).
 */
public final class TagsView extends ViewPart {

    public static final String ID = "io.tagwright.ui.tagsView";

    private DatasetChooser dataset;
    private UndoRedoActions undoRedo;
    private QueryField query;
    private Text narrow;
    private Label status;
    private TableViewer table;
    private List<TagCount> all = List.of();
    private List<TagCount> shown = List.of();
    private int images;
    private Comparator<TagCount> order = Comparator.comparingInt(TagCount::count).reversed().thenComparing(TagCount::key);
    private Job counting;
    private final Consumer<DatasetSession> indexChanged = s -> {
        if (dataset != null && s == dataset.current()) {
            recount();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(c);
        undoRedo = new UndoRedoActions(() -> dataset == null ? null : dataset.current());
        undoRedo.install(getViewSite().getActionBars());
        dataset = new DatasetChooser(c, getSite().getPage(), s -> {
            undoRedo.update();
            recount();
        });
        query = new QueryField(c, "Count tags over the images matching a query (Enter); empty: the whole dataset\n\n" + QueryField.syntaxHelp(),
                "Query (empty: all)");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query.control());
        query.onRun(q -> recount());
        narrow = new Text(c, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        narrow.setMessage("Narrow the list (part of a tag)");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(narrow);
        narrow.addListener(SWT.Modify, e -> show());
        status = new Label(c, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
        table = new TableViewer(c, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.setUseHashlookup(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table.getControl());
        column("Tag", 190, TagCount::tag, Comparator.comparing(TagCount::key));
        column("Images", 70, t -> String.format(Locale.ROOT, "%,d", t.count()),
                Comparator.comparingInt(TagCount::count).reversed().thenComparing(TagCount::key));
        column("Share", 60, t -> images == 0 ? "" : String.format(Locale.ROOT, "%.0f%%", 100.0 * t.count() / images),
                Comparator.comparingInt(TagCount::count).reversed().thenComparing(TagCount::key));
        column("Category", 80, t -> category(t.tag()), Comparator.comparing((TagCount t) -> category(t.tag())).thenComparing(TagCount::key));
        table.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < shown.size()) {
                    table.replace(shown.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
                // the list is set with setItemCount
            }
        });
        table.setInput(this);
        table.addPostSelectionChangedListener(e -> filterGallery());
        table.addDoubleClickListener(e -> filterGallery());
        getSite().setSelectionProvider(table);
        MenuManager menu = new MenuManager("#TagsPopup");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
        table.getControl().setMenu(menu.createContextMenu(table.getControl()));
        getSite().registerContextMenu(menu, table);
        Indexes.addListener(indexChanged);
        recount();
    }

    private void column(String title, int width, java.util.function.Function<TagCount, String> text, Comparator<TagCount> by) {
        TableViewerColumn col = new TableViewerColumn(table, SWT.LEFT);
        TableColumn c = col.getColumn();
        c.setText(title);
        c.setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof TagCount t ? text.apply(t) : "";
            }
        });
        c.addListener(SWT.Selection, e -> {
            order = by;
            table.getTable().setSortColumn(c);
            table.getTable().setSortDirection(SWT.DOWN);
            show();
        });
    }

    private static String category(String tag) {
        TagList list = TagResources.tagList();
        TagInfo info = list == null ? null : list.resolve(tag);
        return info == null ? "" : info.categoryName();
    }

    private void fillMenu(IMenuManager menu) {
        DatasetSession s = dataset.current();
        List<String> tags = selectedTags();
        if (s != null) {
            for (TagRefactoringWizard.Kind kind : TagRefactoringWizard.Kind.values()) {
                menu.add(new org.eclipse.jface.action.Action(kind.menuLabel(tags)) {
                    @Override
                    public void run() {
                        TagRefactoringWizard.open(getSite().getShell(), s, kind, tags, query.query());
                    }
                });
            }
        }
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** The selected tags, in table order. */
    public List<String> selectedTags() {
        List<String> out = new ArrayList<>();
        for (Object o : table.getStructuredSelection().toList()) {
            out.add(((TagCount) o).tag());
        }
        return out;
    }

    /** Counts again (the dataset, the query or the index changed). */
    public void recount() {
        DatasetSession s = dataset == null ? null : dataset.current();
        DatasetIndex index = Indexes.of(s);
        if (counting != null) {
            counting.cancel();
        }
        if (s == null || index == null) {
            all = List.of();
            show();
            status.setText(s == null ? "No dataset is open" : "Indexing " + s.dataset().getName() + "…");
            return;
        }
        String q = query.query();
        counting = Job.create("Counting tags of " + s.dataset().getName(), monitor -> {
            List<TagCount> counts;
            int n;
            String problem = null;
            try {
                counts = index.tagFrequencies(q, 0);
                n = q.isBlank() ? s.imageCount() : index.count(q);
            } catch (QuerySyntaxException e) {
                counts = List.of();
                n = 0;
                problem = "Column " + (e.position() + 1) + ": " + e.reason();
            } catch (IOException e) {
                counts = List.of();
                n = 0;
                problem = "Cannot count: " + e.getMessage();
            }
            List<TagCount> c = counts;
            int total = n;
            String p = problem;
            if (!monitor.isCanceled()) {
                DatasetRegistry.asyncOnUi(() -> {
                    if (table.getControl().isDisposed() || dataset.current() != s) {
                        return;
                    }
                    query.showMessage(p);
                    all = c;
                    images = total;
                    show();
                });
            }
            return Status.OK_STATUS;
        });
        counting.setSystem(true);
        counting.schedule();
    }

    private void show() {
        String part = narrow.getText().strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        List<TagCount> list = new ArrayList<>();
        for (TagCount t : all) {
            if (part.isEmpty() || t.key().contains(part)) {
                list.add(t);
            }
        }
        list.sort(order);
        shown = list;
        table.setItemCount(shown.size());
        table.refresh();
        DatasetSession s = dataset.current();
        status.setText(s == null ? "" : String.format(Locale.ROOT, "%,d tags in %,d images%s", all.size(), images,
                query.query().isBlank() ? "" : " matching the query"));
    }

    /** Shows the images with the selected tags (and the view's query) in the gallery. */
    private void filterGallery() {
        DatasetSession s = dataset.current();
        List<String> tags = selectedTags();
        if (s == null || tags.isEmpty()) {
            return;
        }
        String either = String.join(" OR ", tags.stream().map(GalleryFilters::tagQuery).toList());
        String tagsPart = tags.size() == 1 ? either : "(" + either + ")";
        String q = query.query().isBlank() ? tagsPart : "(" + query.query() + ") " + tagsPart;
        try {
            GalleryEditor g = Open.gallery(getSite().getPage(), DatasetRegistry.getDefault().project(s));
            g.filter(q);
            getSite().getPage().activate(this);
        } catch (PartInitException e) {
            TagwrightUi.log("cannot open the gallery", e);
        }
    }

    // ---------------------------------------------------------------- for tests

    public List<TagCount> counts() {
        return shown;
    }

    public DatasetSession currentDataset() {
        return dataset.current();
    }

    public void setDataset(DatasetSession s) {
        dataset.choose(s);
    }

    public QueryField queryField() {
        return query;
    }

    public void selectTag(String tag) {
        for (TagCount t : shown) {
            if (t.tag().equals(tag)) {
                table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(t), true);
                return;
            }
        }
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        undoRedo.dispose();
        Indexes.removeListener(indexChanged);
        if (counting != null) {
            counting.cancel();
        }
        super.dispose();
    }
}
