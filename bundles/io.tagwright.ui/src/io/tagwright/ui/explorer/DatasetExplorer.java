package io.tagwright.ui.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.ISaveablesLifecycleListener;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.SaveablesLifecycleEvent;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.Dataset;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.Subset;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.commands.Open;
import io.tagwright.ui.dnd.ImageDrop;
import io.tagwright.ui.editor.CaptionEditor;
import io.tagwright.ui.emf.LazyItemProviderTree;
import io.tagwright.ui.parts.DirtyTracker;
import io.tagwright.ui.parts.UndoRedoActions;
import io.tagwright.ui.problems.ProblemIndex;
import io.tagwright.ui.workspace.DatasetRegistry;
import io.tagwright.ui.workspace.DatasetSaveable;
import io.tagwright.ui.workspace.DatasetSaver;

/**
 * The dataset tree: datasets → subsets (with their repeats) → images (with annotation badges, a caption
 * preview and problem decorations). The tree is virtual, so a subset of 100,000 images costs only the rows
 * on screen. Double-click opens (a dataset in its gallery, an image in the caption editor); image files
 * dropped on a subset are copied into it.
 *
 * <p>The explorer holds every open dataset, so it is also where unsaved datasets are remembered: the
 * workbench asks to save them on exit even when no editor shows them.
 */
public final class DatasetExplorer extends ViewPart
        implements DatasetRegistry.Listener, ISaveablesSource, ISaveablePart, ProblemIndex.Listener {

    public static final String ID = "io.tagwright.ui.datasetExplorer";

    private TreeViewer viewer;
    private LazyItemProviderTree content;
    private DatasetLabels labels;
    private UndoRedoActions undoRedo;
    private DirtyTracker dirty;
    private List<DatasetSession> known = List.of();
    private List<Dataset> rootList = new ArrayList<>();
    private LazyItemProviderTree.Roots roots;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
        viewer.setUseHashlookup(true);
        content = new LazyItemProviderTree();
        viewer.setContentProvider(content);
        // One explicit column as wide as the view: without columns, GTK measures every row of an expanded
        // subset (materialising all of them) whenever a row changes, which takes seconds at 10,000 images.
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        labels = new DatasetLabels();
        column.setLabelProvider(new DelegatingStyledCellLabelProvider(labels) {
            // The styles here only colour text, so JFace's measuring (laying out the row's whole text) always adds
            // nothing to the width GTK measured. GTK sizes rows far more often than it paints them (every row of
            // the expanded nodes when an editor opens into an empty editor area), so the layout is made only for
            // painting; JFace's painting draws the layout its measuring prepared, hence the call before it.
            @Override
            protected void measure(Event event, Object element) {
            }

            @Override
            protected void paint(Event event, Object element) {
                super.measure(event, element);
                super.paint(event, element);
            }
        });
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(false);
        tree.addListener(SWT.Resize, e -> column.getColumn().setWidth(Math.max(200, tree.getClientArea().width)));
        getSite().setSelectionProvider(viewer);
        undoRedo = new UndoRedoActions(this::selectedSession);
        undoRedo.install(getViewSite().getActionBars());
        dirty = new DirtyTracker(this, this::dirtyChanged);
        viewer.addSelectionChangedListener(e -> {
            dirty.track(selectedSession());
            undoRedo.update();
        });
        viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).toList()));
        ImageDrop.install(viewer.getControl(), this::dropTarget);
        getSite().getService(IContextService.class).activateContext(CaptionEditor.IMAGES_CONTEXT);
        DatasetRegistry registry = DatasetRegistry.getDefault();
        registry.addListener(this);
        ProblemIndex.addListener(this);
        datasetsChanged();
        registry.openAll();
        contributeActions(getViewSite().getActionBars().getToolBarManager());
        createContextMenu();
    }

    private void contributeActions(IToolBarManager toolbar) {
        Action refresh = new Action("Refresh") {
            @Override
            public void run() {
                DatasetRegistry.getDefault().sessions().forEach(DatasetRegistry.getDefault()::refresh);
            }
        };
        refresh.setToolTipText("Read the dataset folders again (changes are also picked up automatically)");
        refresh.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        Action collapse = new Action("Collapse All") {
            @Override
            public void run() {
                viewer.collapseAll();
            }
        };
        collapse.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_COLLAPSEALL));
        toolbar.add(refresh);
        toolbar.add(collapse);
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager("#DatasetExplorerPopup");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    private void fillContextMenu(IMenuManager menu) {
        List<?> sel = viewer.getStructuredSelection().toList();
        Action open = new Action("Open") {
            @Override
            public void run() {
                open(sel);
            }
        };
        open.setEnabled(!sel.isEmpty());
        open.setActionDefinitionId("io.tagwright.ui.open");
        menu.add(open);
        menu.add(new Separator("new"));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private void open(List<?> elements) {
        for (Object o : elements) {
            try {
                Open.element(getSite().getPage(), o);
            } catch (PartInitException e) {
                TagwrightUi.log("cannot open " + o, e);
            }
        }
    }

    private ImageDrop.Target dropTarget(DropTargetEvent event) {
        Object data = event.item instanceof Item item ? item.getData() : null;
        if (data instanceof LazyItemProviderTree.Range r) {
            data = r.parent();
        }
        if (!(data instanceof EObject object)) {
            return null;
        }
        DatasetSession s = DatasetRegistry.getDefault().sessionOf(object);
        if (s == null) {
            return null;
        }
        Subset subset = data instanceof Subset sub ? sub : data instanceof ImageEntry e ? e.getSubset() : null;
        return new ImageDrop.Target(s, subset);
    }

    /** The dataset of the first selected element, or the only open dataset. */
    private DatasetSession selectedSession() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return null;
        }
        Object first = viewer.getStructuredSelection().getFirstElement();
        DatasetRegistry registry = DatasetRegistry.getDefault();
        if (first instanceof EObject o) {
            return registry.sessionOf(o);
        }
        List<DatasetSession> all = registry.sessions();
        return all.size() == 1 ? all.get(0) : null;
    }

    @Override
    public void datasetsChanged() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<DatasetSession> sessions = DatasetRegistry.getDefault().sessions();
        if (sessions.equals(known)) {
            return; // the same datasets: their rows follow model notifications on their own
        }
        sessions.forEach(s -> content.listenTo(s.adapterFactory()));
        List<Dataset> datasets = sessions.stream().map(DatasetSession::dataset).toList();
        if (roots != null && datasets.subList(0, Math.min(datasets.size(), rootList.size())).equals(rootList)
                && datasets.size() > rootList.size()) {
            // datasets were added: give them rows, leave the others (and their expanded rows) alone
            int from = rootList.size();
            rootList.addAll(datasets.subList(from, datasets.size()));
            viewer.setChildCount(roots, rootList.size());
            for (int i = from; i < rootList.size(); i++) {
                viewer.replace(roots, i, rootList.get(i));
                viewer.setChildCount(rootList.get(i), content.children(rootList.get(i)).size());
            }
        } else if (roots != null && datasets.size() < rootList.size() && rootList.containsAll(datasets)
                && rootList.stream().filter(datasets::contains).toList().equals(datasets)) {
            // datasets were closed: take their rows out, leave the others (and their expanded rows) alone; a new
            // input would build every remaining row again and re-expand what was open, on the UI thread
            for (int i = rootList.size() - 1; i >= 0; i--) {
                if (!datasets.contains(rootList.get(i))) {
                    rootList.remove(i);
                    viewer.remove(roots, i);
                }
            }
            viewer.setChildCount(roots, rootList.size());
        } else {
            Object[] expanded = viewer.getExpandedElements();
            rootList = new ArrayList<>(datasets);
            roots = new LazyItemProviderTree.Roots(rootList);
            viewer.setInput(roots);
            viewer.setChildCount(roots, datasets.size());
            viewer.setExpandedElements(expanded);
            if (expanded.length == 0 && datasets.size() == 1) {
                viewer.expandToLevel(datasets.get(0), 2);
            }
        }
        savablesChanged(sessions);
        dirty.track(selectedSession());
        undoRedo.update();
    }

    /** Tells the workbench which datasets this view now holds. */
    private void savablesChanged(List<DatasetSession> sessions) {
        ISaveablesLifecycleListener l = getSite().getService(ISaveablesLifecycleListener.class);
        List<Saveable> closed = new ArrayList<>();
        for (DatasetSession s : known) {
            if (!sessions.contains(s)) {
                closed.add(new DatasetSaveable(s));
            }
        }
        List<Saveable> opened = new ArrayList<>();
        for (DatasetSession s : sessions) {
            if (!known.contains(s)) {
                opened.add(new DatasetSaveable(s));
            }
        }
        known = List.copyOf(sessions);
        if (l != null && !closed.isEmpty()) {
            l.handleLifecycleEvent(new SaveablesLifecycleEvent(this, SaveablesLifecycleEvent.POST_CLOSE,
                    closed.toArray(Saveable[]::new), false));
        }
        if (l != null && !opened.isEmpty()) {
            l.handleLifecycleEvent(new SaveablesLifecycleEvent(this, SaveablesLifecycleEvent.POST_OPEN,
                    opened.toArray(Saveable[]::new), false));
        }
    }

    private void dirtyChanged() {
        firePropertyChange(PROP_DIRTY);
        for (DatasetSession s : known) {
            viewer.update(s.dataset(), null);
        }
    }

    @Override
    public void datasetSaved(DatasetSession session) {
        firePropertyChange(PROP_DIRTY);
        viewer.update(session.dataset(), null);
        DirtyTracker.fireDirtyChanged(this, session);
    }

    /**
     * Problems only change image rows' overlays, so only the rows on screen whose overlay is now another are
     * updated: relabelling every realised row makes GTK measure them all again (tens of milliseconds per
     * hundred rows of owner-drawn text), and rows not yet shown are labelled when they are.
     */
    @Override
    public void problemsChanged(DatasetSession session) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Object> changed = new ArrayList<>();
        collectChangedOverlays(viewer.getTree().getItems(), changed);
        if (!changed.isEmpty()) {
            viewer.update(changed.toArray(), null);
        }
    }

    private void collectChangedOverlays(TreeItem[] items, List<Object> changed) {
        for (TreeItem item : items) {
            Object data = item.getData(); // null: not shown yet (asking for its image would realise it)
            if (data instanceof ImageEntry e) {
                if (item.getImage() != labels.getImage(e)) {
                    changed.add(e);
                }
            } else if (data != null && item.getExpanded()) {
                collectChangedOverlays(item.getItems(), changed);
            }
        }
    }

    // ---------------------------------------------------------------- saving

    @Override
    public Saveable[] getSaveables() {
        return known.stream().map(DatasetSaveable::new).toArray(Saveable[]::new);
    }

    @Override
    public Saveable[] getActiveSaveables() {
        DatasetSession s = selectedSession();
        return s == null ? new Saveable[0] : new Saveable[] { new DatasetSaveable(s) };
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        for (DatasetSession s : known) {
            if (s.isDirty()) {
                DatasetSaver.save(s, monitor);
            }
        }
    }

    @Override
    public void doSaveAs() {
        // datasets are saved where they are
    }

    @Override
    public boolean isDirty() {
        return known.stream().anyMatch(DatasetSession::isDirty);
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        // the workbench asks only when no other part (a gallery, a caption editor) still shows the dataset
        return true;
    }

    // ---------------------------------------------------------------- for tests and other parts

    /** The tree, for tests and for other parts that want to drive the selection. */
    public TreeViewer viewer() {
        return viewer;
    }

    /**
     * Selects and reveals an element. Only the rows on its path are created (JFace would create a row for
     * every sibling before it).
     */
    public void select(Object element) {
        content.materialize(element);
        viewer.setSelection(new StructuredSelection(element), true);
    }

    public IStructuredSelection selection() {
        return viewer.getStructuredSelection();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        DatasetRegistry.getDefault().removeListener(this);
        ProblemIndex.removeListener(this);
        dirty.dispose();
        undoRedo.dispose();
        super.dispose();
    }
}
