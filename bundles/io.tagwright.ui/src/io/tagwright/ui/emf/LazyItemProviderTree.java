package io.tagwright.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * A lazy (SWT.VIRTUAL) tree content provider over EMF.Edit item providers: only the rows that scroll into
 * view are created, so a subset of 100,000 images opens instantly. Model notifications arrive through the
 * item providers and refresh exactly the affected rows.
 *
 * <p>An element with more than {@link #PARTITION} children shows them in {@link Range}s (as a debugger shows a
 * large array), nested so that no row has more than {@link #PARTITION} rows under it: 10,000 images are 100
 * ranges of 100, 100,000 are 10 ranges of 10,000, each 100 ranges of 100. Expanding a row makes SWT create a
 * widget for each of its children and GTK measure each of them, and every row that comes in costs JFace a walk
 * over all expanded rows for the selection it preserves: with flat ranges of 1,000 that stalled the UI thread
 * for up to 200 ms in {@code ResponsivenessTest}. Children lists are cached per element and forgotten when the
 * item provider reports a structural change.
 *
 * <p>The input is a {@link Roots} list (the top-level objects); their children come from the item providers
 * of each element's editing domain.
 */
public class LazyItemProviderTree implements ILazyTreeContentProvider, INotifyChangedListener {

    /** Most rows under a row; more children are grouped in (nested) ranges. */
    public static final int PARTITION = 100;

    /** The viewer input: top-level elements shown without a common parent. */
    public record Roots(List<?> elements) {
    }

    /** Children {@code from} (inclusive) to {@code to} (exclusive) of {@code parent}, as one row. */
    public record Range(Object parent, int from, int to) {
    }

    private final Set<IChangeNotifier> notifiers = new HashSet<>();
    private final Map<Object, List<?>> childrenCache = new HashMap<>();
    private TreeViewer viewer;
    private Roots roots = new Roots(List.of());

    /** Follows the model changes reported through an editing domain's adapter factory. */
    public void listenTo(AdapterFactory adapterFactory) {
        if (adapterFactory instanceof IChangeNotifier notifier && notifiers.add(notifier)) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        viewer = (TreeViewer) v;
        roots = newInput instanceof Roots r ? r : new Roots(List.of());
        childrenCache.clear();
    }

    @Override
    public void updateElement(Object parent, int index) {
        List<?> children = children(parent);
        if (index < children.size()) {
            Object child = children.get(index);
            viewer.replace(parent, index, child);
            viewer.setChildCount(child, children(child).size());
        }
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        int count = children(element).size();
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof Range r) {
            return enclosing(r.parent(), modelChildren(r.parent()).size(), r.from(), r.to());
        }
        if (roots.elements().contains(element)) {
            return roots;
        }
        ITreeItemContentProvider p = provider(element);
        Object parent = p == null ? null : p.getParent(element);
        if (parent != null) {
            List<?> all = modelChildren(parent);
            if (all.size() > PARTITION) {
                int i = all.indexOf(element);
                if (i >= 0) {
                    return enclosing(parent, all.size(), i, i + 1);
                }
            }
        }
        return parent;
    }

    /**
     * The row whose children include the rows {@code from..to} of {@code parent}'s {@code total} children:
     * {@code parent} itself, or the range that holds them one level up.
     */
    public static Object enclosing(Object parent, int total, int from, int to) {
        Object node = parent;
        int nodeFrom = 0;
        int nodeTo = total;
        while (nodeTo - nodeFrom > PARTITION) {
            int step = step(nodeTo - nodeFrom);
            int childFrom = nodeFrom + (from - nodeFrom) / step * step;
            int childTo = Math.min(nodeTo, childFrom + step);
            if (childFrom == from && childTo == to) {
                return node;
            }
            node = new Range(parent, childFrom, childTo);
            nodeFrom = childFrom;
            nodeTo = childTo;
        }
        return node;
    }

    /** The size of the ranges that split {@code span} rows into at most {@link #PARTITION}: a power of it. */
    private static int step(int span) {
        long step = PARTITION;
        while ((span + step - 1) / step > PARTITION) {
            step *= PARTITION;
        }
        return (int) Math.min(Integer.MAX_VALUE, step);
    }

    /** The rows that stand for children {@code from..to} of {@code parent}: ranges of one size, a power of {@link #PARTITION}. */
    public static List<Range> ranges(Object parent, int from, int to) {
        int step = step(to - from);
        List<Range> ranges = new ArrayList<>();
        for (int f = from; f < to; f += step) {
            ranges.add(new Range(parent, f, Math.min(to, f + step)));
        }
        return ranges;
    }

    /** The rows under an element: its children, or ranges of them when there are many. */
    public List<?> children(Object element) {
        if (element instanceof Roots r) {
            return r.elements();
        }
        if (element instanceof Range r) {
            return r.to() - r.from() <= PARTITION ? modelChildren(r.parent()).subList(r.from(), r.to()) : ranges(r.parent(), r.from(), r.to());
        }
        List<?> all = modelChildren(element);
        return all.size() <= PARTITION ? all : ranges(element, 0, all.size());
    }

    /** An element's children as its item provider gives them (cached: item providers copy the list). */
    public List<?> modelChildren(Object element) {
        List<?> cached = childrenCache.get(element);
        if (cached != null) {
            return cached;
        }
        ITreeItemContentProvider p = provider(element);
        if (p == null) {
            return List.of();
        }
        Collection<?> c = p.getChildren(element);
        List<?> list = c instanceof List<?> l ? l : new ArrayList<>(c);
        childrenCache.put(element, list);
        return list;
    }

    /**
     * Creates the row of one element (and the rows of its ancestors) without creating its siblings, so that
     * {@code viewer.setSelection(element, true)} finds it directly: JFace's own reveal would create a row for
     * every sibling before it.
     */
    public void materialize(Object element) {
        if (element == null || element instanceof Roots || viewer.testFindItem(element) != null) {
            return;
        }
        Object parent = getParent(element);
        if (parent == null) {
            return;
        }
        int index = children(parent).indexOf(element);
        if (index < 0) {
            return;
        }
        if (parent instanceof Roots r) {
            if (index < viewer.getTree().getItemCount()) {
                viewer.getTree().getItem(index);
                viewer.replace(r, index, element);
            }
            return;
        }
        materialize(parent);
        Widget w = viewer.testFindItem(parent);
        if (w instanceof TreeItem item) {
            int count = children(parent).size();
            if (item.getItemCount() != count) {
                item.setItemCount(count);
            }
            item.setExpanded(true);
            Item child = item.getItem(index);
            if (child.getData() == null) {
                viewer.replace(parent, index, element);
                viewer.setChildCount(element, children(element).size());
            }
        }
    }

    private static ITreeItemContentProvider provider(Object element) {
        AdapterFactory f = AdapterFactories.of(element);
        return f == null ? null : (ITreeItemContentProvider) f.adapt(element, ITreeItemContentProvider.class);
    }

    @Override
    public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
        if (viewer == null || viewer.getControl().isDisposed() || !(notification instanceof ViewerNotification vn)) {
            return;
        }
        Object element = vn.getElement();
        if (vn.isContentRefresh()) {
            childrenCache.remove(element);
            viewer.setChildCount(element, children(element).size());
            viewer.refresh(element, vn.isLabelUpdate());
        } else if (vn.isLabelUpdate()) {
            viewer.update(element, null);
        }
    }

    @Override
    public void dispose() {
        notifiers.forEach(n -> n.removeListener(this));
        notifiers.clear();
        childrenCache.clear();
    }
}
