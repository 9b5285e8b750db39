package io.tagwright.ui.search;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.ui.parts.DatasetPart;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * Which dataset a view works on: a drop-down of the open datasets that follows the dataset of the active
 * editor (gallery or caption editor), as the Outline follows the active editor.
 */
public final class DatasetChooser implements DatasetRegistry.Listener, IPartListener2 {

    private final Combo combo;
    private final IWorkbenchPage page;
    private final Consumer<DatasetSession> onChange;
    private List<DatasetSession> sessions = List.of();
    private DatasetSession current;

    public DatasetChooser(Composite parent, IWorkbenchPage page, Consumer<DatasetSession> onChange) {
        this.page = page;
        this.onChange = onChange;
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setToolTipText("The dataset (follows the active gallery or caption editor)");
        combo.addListener(SWT.Selection, e -> {
            int i = combo.getSelectionIndex();
            choose(i >= 0 && i < sessions.size() ? sessions.get(i) : null);
        });
        DatasetRegistry.getDefault().addListener(this);
        page.addPartListener(this);
        combo.addListener(SWT.Dispose, e -> {
            DatasetRegistry.getDefault().removeListener(this);
            page.removePartListener(this);
        });
        datasetsChanged();
        follow(page.getActiveEditor());
    }

    public Combo control() {
        return combo;
    }

    public DatasetSession current() {
        return current;
    }

    public void choose(DatasetSession s) {
        if (s == current) {
            return;
        }
        current = s;
        int i = sessions.indexOf(s);
        if (i >= 0 && combo.getSelectionIndex() != i) {
            combo.select(i);
        }
        onChange.accept(s);
    }

    @Override
    public void datasetsChanged() {
        if (combo.isDisposed()) {
            return;
        }
        sessions = DatasetRegistry.getDefault().sessions();
        combo.setItems(sessions.stream().map(s -> s.dataset().getName()).toArray(String[]::new));
        if (current != null && !sessions.contains(current)) {
            current = null;
        }
        if (current == null && !sessions.isEmpty()) {
            choose(sessions.get(0));
        } else if (current != null) {
            combo.select(sessions.indexOf(current));
        }
        combo.getParent().layout();
    }

    private void follow(IWorkbenchPart part) {
        if (part instanceof DatasetPart d && d.activeSession() != null) {
            choose(d.activeSession());
        }
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        follow(ref.getPart(false));
    }
}
