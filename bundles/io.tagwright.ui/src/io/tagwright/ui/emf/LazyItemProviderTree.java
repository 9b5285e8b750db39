package io.tagwright.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * A lazy (SWT.VIRTUAL) tree content provider over EMF.Edit item providers: only the rows that scroll into
 * view are created, so a subset of 100,000 images opens instantly. Model notifications arrive through the
 * item providers and refresh exactly the affected rows.
 *
 * <p>The input is a {@link Roots} list (the top-level objects); their children come from the item providers
 * of each element's editing domain.
 */
public class LazyItemProviderTree implements ILazyTreeContentProvider, INotifyChangedListener {

    /** The viewer input: top-level elements shown without a common parent. */
    public record Roots(List<?> elements) {
    }

    private final Set<IChangeNotifier> notifiers = new HashSet<>();
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
        if (roots.elements().contains(element)) {
            return roots;
        }
        ITreeItemContentProvider p = provider(element);
        return p == null ? null : p.getParent(element);
    }

    /** The children of an element, as a random-access list where the model allows it. */
    public List<?> children(Object element) {
        if (element instanceof Roots r) {
            return r.elements();
        }
        ITreeItemContentProvider p = provider(element);
        if (p == null) {
            return List.of();
        }
        Collection<?> c = p.getChildren(element);
        return c instanceof List<?> l ? l : new ArrayList<>(c);
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
    }
}
