package io.tagwright.ui.explorer;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.Dataset;
import io.tagwright.ui.emf.LazyItemProviderTree;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * The dataset tree: datasets → subsets (with their repeats) → images (with annotation badges and a caption
 * preview). The tree is virtual, so a subset of 100,000 images costs only the rows on screen.
 */
public final class DatasetExplorer extends ViewPart implements DatasetRegistry.Listener {

    public static final String ID = "io.tagwright.ui.datasetExplorer";

    private TreeViewer viewer;
    private LazyItemProviderTree content;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        content = new LazyItemProviderTree();
        viewer.setContentProvider(content);
        viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new DatasetLabels()));
        getSite().setSelectionProvider(viewer);
        DatasetRegistry registry = DatasetRegistry.getDefault();
        registry.addListener(this);
        datasetsChanged();
        registry.openAll();
        contributeActions(getViewSite().getActionBars().getToolBarManager());
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

    @Override
    public void datasetsChanged() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<DatasetSession> sessions = DatasetRegistry.getDefault().sessions();
        sessions.forEach(s -> content.listenTo(s.adapterFactory()));
        List<Dataset> datasets = sessions.stream().map(DatasetSession::dataset).toList();
        Object[] expanded = viewer.getExpandedElements();
        viewer.setInput(new LazyItemProviderTree.Roots(datasets));
        viewer.setChildCount(viewer.getInput(), datasets.size());
        viewer.setExpandedElements(expanded);
        if (expanded.length == 0 && datasets.size() == 1) {
            viewer.expandToLevel(datasets.get(0), 2);
        }
    }

    /** The tree, for tests and for other parts that want to drive the selection. */
    public TreeViewer viewer() {
        return viewer;
    }

    public void select(Object element) {
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
        super.dispose();
    }
}
