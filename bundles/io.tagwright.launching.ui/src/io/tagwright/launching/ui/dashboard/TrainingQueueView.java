package io.tagwright.launching.ui.dashboard;

import java.util.Arrays;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.part.ViewPart;

import io.tagwright.launching.LaunchConstants;
import io.tagwright.launching.TrainingQueue;

/** The training queue: configurations that run one after another; saved, and paused after a restart. */
public final class TrainingQueueView extends ViewPart implements TrainingQueue.Listener {

    public static final String ID = "io.tagwright.launching.ui.queue";

    private List list;
    private Label state;
    private Button run;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
        state = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(state);
        list = new List(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        button(buttons, "Add...", this::add);
        button(buttons, "Remove", () -> {
            if (list.getSelectionIndex() >= 0) {
                TrainingQueue.getDefault().remove(list.getSelectionIndex());
            }
        });
        button(buttons, "Up", () -> move(-1));
        button(buttons, "Down", () -> move(1));
        run = button(buttons, "Run queue", () -> {
            TrainingQueue q = TrainingQueue.getDefault();
            if (q.isRunning()) {
                q.pause();
            } else {
                q.resume();
            }
        });
        TrainingQueue.getDefault().addListener(this);
        update();
    }

    private static Button button(Composite parent, String label, Runnable r) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        GridDataFactory.fillDefaults().applyTo(b);
        b.addListener(SWT.Selection, e -> r.run());
        return b;
    }

    private void move(int delta) {
        int i = list.getSelectionIndex();
        int j = i + delta;
        if (i >= 0 && j >= 0 && j < list.getItemCount()) {
            TrainingQueue.getDefault().move(i, j);
            list.select(j);
        }
    }

    private void add() {
        try {
            ILaunchManager m = DebugPlugin.getDefault().getLaunchManager();
            ILaunchConfiguration[] configs = m.getLaunchConfigurations(m.getLaunchConfigurationType(LaunchConstants.ID_LORA_TRAINING));
            ElementListSelectionDialog d = new ElementListSelectionDialog(getSite().getShell(),
                    new org.eclipse.jface.viewers.LabelProvider() {
                        @Override
                        public String getText(Object element) {
                            return ((ILaunchConfiguration) element).getName();
                        }
                    });
            d.setTitle("Add to the training queue");
            d.setMessage("LoRA Training configurations:");
            d.setMultipleSelection(true);
            d.setElements(configs);
            if (d.open() == Window.OK) {
                Arrays.stream(d.getResult()).forEach(o -> TrainingQueue.getDefault().add((ILaunchConfiguration) o));
            }
        } catch (CoreException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), "Training queue", e.getMessage(), e.getStatus());
        }
    }

    @Override
    public void queueChanged(TrainingQueue queue) {
        if (!list.isDisposed()) {
            list.getDisplay().asyncExec(this::update);
        }
    }

    private void update() {
        if (list.isDisposed()) {
            return;
        }
        TrainingQueue q = TrainingQueue.getDefault();
        int sel = list.getSelectionIndex();
        list.setItems(q.entries().toArray(String[]::new));
        if (sel >= 0 && sel < list.getItemCount()) {
            list.select(sel);
        }
        state.setText(q.isRunning() ? "Running: the next configuration starts when the current run ends."
                : "Paused (" + q.entries().size() + " waiting). A queue never starts on its own after a restart.");
        run.setText(q.isRunning() ? "Pause queue" : "Run queue");
        run.getParent().layout();
    }

    @Override
    public void setFocus() {
        list.setFocus();
    }

    @Override
    public void dispose() {
        TrainingQueue.getDefault().removeListener(this);
        super.dispose();
    }
}
