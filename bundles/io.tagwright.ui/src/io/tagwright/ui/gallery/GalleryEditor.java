package io.tagwright.ui.gallery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.MultiPageEditorPart;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.ImageEntry;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.dnd.ImageDrop;
import io.tagwright.ui.editor.CaptionEditor;
import io.tagwright.ui.editor.ImageEditorInput;
import io.tagwright.ui.overview.OverviewPage;
import io.tagwright.ui.parts.DatasetPart;
import io.tagwright.ui.parts.DirtyTracker;
import io.tagwright.ui.parts.ImageSequence;
import io.tagwright.ui.parts.SimpleSelectionProvider;
import io.tagwright.ui.parts.UndoRedoActions;
import io.tagwright.ui.problems.ProblemIndex;
import io.tagwright.ui.search.GalleryFilters;
import io.tagwright.ui.search.QueryField;
import io.tagwright.ui.workspace.DatasetRegistry;
import io.tagwright.ui.workspace.DatasetSaveable;
import io.tagwright.ui.workspace.DatasetSaver;

/**
 * A dataset as a document: its gallery (every image as a thumbnail, filtered by a query and sorted) and its
 * overview (counts, aspect ratios, view coverage, steps). The input is the dataset's project file, so it
 * opens from the explorer or from any resource view. An editor rather than a view because a dataset is
 * what the user edits and saves: it has dirty state, Save and Undo/Redo like any document, and several
 * datasets can be open side by side.
 */
public final class GalleryEditor extends MultiPageEditorPart
        implements DatasetPart, ISaveablesSource, DatasetRegistry.Listener, ProblemIndex.Listener {

    public static final String ID = "io.tagwright.ui.galleryEditor";
    public static final String CONTEXT = "io.tagwright.ui.contexts.gallery";

    private DatasetSession session;
    private IProject project;
    private UndoRedoActions undoRedo;
    private DirtyTracker dirty;
    private final SimpleSelectionProvider selection = new SimpleSelectionProvider();
    private Composite galleryHolder;
    private Composite overviewHolder;
    private GalleryPage gallery;
    private OverviewPage overview;
    private final Supplier<List<ImageEntry>> order = () -> gallery == null ? List.of() : gallery.canvas().items();
    private final List<Runnable> whenBound = new ArrayList<>();
    private Action selectAll;
    private QueryField filterField;
    /** The gallery page, its filter field and its menus are in place (see {@link #whenReady}). */
    private boolean ready;
    private boolean filterPending;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput file)) {
            throw new PartInitException("The dataset editor opens a dataset's project file, not " + input.getName());
        }
        super.init(site, input);
        project = file.getFile().getProject();
        setPartName(project.getName());
        site.setSelectionProvider(selection);
        undoRedo = new UndoRedoActions(() -> session);
        dirty = new DirtyTracker(this, () -> {
            firePropertyChange(PROP_DIRTY);
            undoRedo.update();
        });
        selectAll = new Action("Select &All") {
            @Override
            public void run() {
                // in the filter field, Ctrl+A selects its text, as in any text field
                var focus = site.getShell().getDisplay().getFocusControl();
                if (focus instanceof org.eclipse.swt.custom.StyledText t) {
                    t.selectAll();
                } else if (focus instanceof org.eclipse.swt.widgets.Text t) {
                    t.selectAll();
                } else if (gallery != null) {
                    gallery.canvas().selectAll();
                }
            }
        };
        selectAll.setActionDefinitionId("org.eclipse.ui.edit.selectAll");
        DatasetRegistry.getDefault().addListener(this);
        ProblemIndex.addListener(this);
        IContextService contexts = site.getService(IContextService.class);
        contexts.activateContext(CONTEXT);
        contexts.activateContext(CaptionEditor.IMAGES_CONTEXT);
    }

    @Override
    protected void createPages() {
        galleryHolder = new Composite(getContainer(), SWT.NONE);
        galleryHolder.setLayout(new FillLayout());
        setPageText(addPage(galleryHolder), "Gallery");
        setPageImage(0, TagwrightUi.image("icons/gallery.png"));
        overviewHolder = new Composite(getContainer(), SWT.NONE);
        overviewHolder.setLayout(new FillLayout());
        setPageText(addPage(overviewHolder), "Overview");
        setPageImage(1, TagwrightUi.image("icons/overview.png"));
        // the pages' contents come on the next turn of the event loop: the workbench's own work to open and
        // activate an editor and building a gallery over 10,000 images were one stall of twice the length
        galleryHolder.getDisplay().asyncExec(() -> {
            if (!galleryHolder.isDisposed()) {
                bind();
            }
        });
    }

    /** Builds the pages once the dataset is open (editors are restored before datasets finish opening). */
    private void bind() {
        DatasetSession s = DatasetRegistry.getDefault().session(project);
        if (s == null && !project.isOpen()) {
            closeLater(); // its project was closed or deleted: its editors go, as in the Eclipse IDE
            return;
        }
        if (s == session) {
            return;
        }
        for (var c : galleryHolder.getChildren()) {
            c.dispose();
        }
        for (var c : overviewHolder.getChildren()) {
            c.dispose();
        }
        if (session != null) {
            ImageSequence.unregister(session, order);
        }
        boolean wasDirty = isDirty();
        session = s;
        gallery = null;
        ready = false;
        overview = null;
        dirty.track(s);
        undoRedo.update();
        if (s == null) {
            new Label(galleryHolder, SWT.NONE).setText("Waiting for dataset " + project.getName() + " to open…");
            galleryHolder.layout();
            if (wasDirty) {
                firePropertyChange(PROP_DIRTY);
            }
            return;
        }
        setPartName(s.dataset().getName() == null ? project.getName() : s.dataset().getName());
        setTitleToolTip(s.root().toString());
        GalleryPage page = new GalleryPage(galleryHolder, s);
        gallery = page;
        if (getActivePage() == 1) {
            overview = new OverviewPage(overviewHolder, s);
        }
        ImageSequence.register(s, order);
        galleryHolder.layout(true, true);
        overviewHolder.layout(true, true);
        if (isDirty() != wasDirty) { // the workbench updates tabs, Save and saveables on this: not for nothing
            firePropertyChange(PROP_DIRTY);
        }
        if (getSite().getPage().getActivePart() == this && getActivePage() == 0) {
            gallery.setFocus();
        }
        // the filter field, the context menu and dropping come on the next turn: the first screen needs none of
        // them, and they were about a third of binding (a profile at 10,000 images), all in one long turn
        galleryHolder.getDisplay().asyncExec(() -> {
            if (gallery == page && !page.control().isDisposed()) {
                finishBinding(page);
            }
        });
    }

    private void finishBinding(GalleryPage page) {
        filterField = new QueryField(page.filterRow(), "Filter the gallery with a query (Enter), e.g. smile -earrings view:front\n\n"
                + QueryField.syntaxHelp(), "Filter: a query, then Enter");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterField.control());
        filterField.onRun(this::runFilter);
        page.canvas().addSelectionListener(e -> selection.setSelection(new StructuredSelection(page.canvas().selection())));
        page.canvas().addOpenListener(e -> openFocused());
        ImageDrop.install(page.canvas(), this::dropTarget);
        createContextMenu();
        page.filterRow().getParent().layout(true, true);
        ready = true;
        List<Runnable> pending = List.copyOf(whenBound);
        whenBound.clear();
        pending.forEach(Runnable::run);
    }

    private void closeLater() {
        galleryHolder.getDisplay().asyncExec(() -> {
            if (!galleryHolder.isDisposed()) {
                getSite().getPage().closeEditor(this, false);
            }
        });
    }

    private ImageDrop.Target dropTarget(DropTargetEvent event) {
        if (session == null) {
            return null;
        }
        Point p = gallery.canvas().toControl(event.x, event.y);
        ImageEntry under = gallery.canvas().entryAt(p.x, p.y);
        return new ImageDrop.Target(session, under == null ? null : under.getSubset());
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager("#GalleryPopup");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        gallery.canvas().setMenu(menu.createContextMenu(gallery.canvas()));
        getSite().registerContextMenu(ID + ".popup", menu, selection);
    }

    private void fillContextMenu(IMenuManager menu) {
        Action open = new Action("Open Caption Editor") {
            @Override
            public void run() {
                openFocused();
            }
        };
        open.setEnabled(!gallery.canvas().selection().isEmpty());
        menu.add(open);
        menu.add(new Separator("annotate"));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** Opens the caption editor on the focused (or first selected) image. */
    public void openFocused() {
        if (gallery == null) {
            return;
        }
        List<ImageEntry> sel = gallery.canvas().selection();
        ImageEntry e = gallery.canvas().focused();
        if (e == null || (!sel.isEmpty() && !sel.contains(e))) {
            e = sel.isEmpty() ? null : sel.get(0);
        }
        if (e == null) {
            return;
        }
        try {
            getSite().getPage().openEditor(ImageEditorInput.of(session, e), CaptionEditor.ID);
        } catch (PartInitException ex) {
            TagwrightUi.log("cannot open the caption editor", ex);
        }
    }

    // ---------------------------------------------------------------- API for other parts and tests

    /** Runs {@code r} now if the dataset is open in this editor, otherwise once it is. */
    public void whenReady(Runnable r) {
        if (ready) {
            r.run();
        } else {
            whenBound.add(r);
        }
    }

    public boolean isReady() {
        return ready;
    }

    /** Shows only the images matching a query (blank: all), as if typed into the filter field. */
    public void filter(String query) {
        whenReady(() -> {
            filterField.setQuery(query);
            if (!filterField.run()) {
                filterPending = false;
            }
        });
    }

    private void runFilter(String query) {
        if (query.isBlank()) {
            gallery.setFilter(null, null);
            filterField.showMessage(null);
            return;
        }
        filterPending = true;
        GalleryFilters.run(session, query, (q, result) -> {
            if (gallery == null || gallery.control().isDisposed() || !q.equals(filterField.query())) {
                return;
            }
            filterPending = false;
            filterField.showMessage(result.problem());
            if (result.problem() == null) {
                gallery.setFilter(q, result.images()::contains);
            }
        });
    }

    /** The query the gallery is filtered by, or null. */
    public String filterQuery() {
        return gallery == null ? null : gallery.filterText();
    }

    /** True while a filter query is being run. */
    public boolean isFiltering() {
        return filterPending;
    }

    /** Selects (and reveals) these images. */
    public void select(List<ImageEntry> entries) {
        whenReady(() -> {
            setActivePage(0);
            gallery.canvas().select(entries);
        });
    }

    public List<ImageEntry> shownImages() {
        return gallery == null ? List.of() : gallery.canvas().items();
    }

    public List<ImageEntry> selectedImages() {
        return gallery == null ? List.of() : gallery.canvas().selection();
    }

    /** Number of thumbnails turned into SWT images so far (for tests). */
    public int thumbnailsShown() {
        return gallery == null ? 0 : gallery.canvas().thumbnailsHeld();
    }

    public void showOverview() {
        setActivePage(1);
        pageChange(1);
    }

    public OverviewPage overview() {
        return overview;
    }

    public void sortBy(String orderName, boolean descending) {
        whenReady(() -> gallery.sortBy(GallerySort.valueOf(orderName), descending));
    }

    // ---------------------------------------------------------------- events

    @Override
    public void datasetsChanged() {
        if (DatasetRegistry.getDefault().session(project) != session) {
            bind();
        }
    }

    @Override
    public void datasetRefreshed(DatasetSession refreshed, DatasetSession.RefreshReport report) {
        if (refreshed == session && gallery != null) {
            if (gallery.filterText() != null) {
                runFilter(gallery.filterText()); // the images on disk changed: ask the index again
            }
            gallery.reload();
            if (overview != null) {
                overview.refresh();
            }
        }
    }

    @Override
    public void datasetClosed(DatasetSession closed) {
        if (closed == session) {
            galleryHolder.getDisplay().asyncExec(() -> {
                if (!galleryHolder.isDisposed()) {
                    bind();
                }
            });
        }
    }

    @Override
    public void problemsChanged(DatasetSession changed) {
        if (changed == session && gallery != null) {
            gallery.canvas().redraw();
            if (overview != null) {
                overview.refresh();
            }
        }
    }

    /** The overview is built the first time it is shown (it counts every image), then refreshed on each visit. */
    @Override
    protected void pageChange(int newPageIndex) {
        super.pageChange(newPageIndex);
        if (newPageIndex == 1 && session != null) {
            if (overview == null) {
                overview = new OverviewPage(overviewHolder, session);
                overviewHolder.layout(true, true);
            } else {
                overview.refresh();
            }
        }
    }

    // ---------------------------------------------------------------- saving, undo

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (session != null) {
            DatasetSaver.save(session, monitor);
        }
    }

    @Override
    public void doSaveAs() {
        // a dataset is its folder: there is nothing to save "as"
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return session != null && session.isDirty();
    }

    @Override
    public Saveable[] getSaveables() {
        return session == null ? new Saveable[0] : new Saveable[] { new DatasetSaveable(session) };
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    @Override
    public DatasetSession activeSession() {
        return session;
    }

    @Override
    public UndoRedoActions undoRedo() {
        return undoRedo;
    }

    @Override
    public IAction selectAllAction() {
        return selectAll;
    }

    public IFile projectFile() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    @Override
    public void setFocus() {
        if (getActivePage() == 0 && gallery != null) {
            gallery.setFocus();
        } else {
            super.setFocus();
        }
    }

    @Override
    public void dispose() {
        DatasetRegistry.getDefault().removeListener(this);
        ProblemIndex.removeListener(this);
        if (session != null) {
            ImageSequence.unregister(session, order);
        }
        dirty.dispose();
        undoRedo.dispose();
        super.dispose();
    }
}
