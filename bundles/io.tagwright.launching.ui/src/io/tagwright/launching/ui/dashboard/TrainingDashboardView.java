package io.tagwright.launching.ui.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import io.tagwright.core.dataset.ProjectFile;
import io.tagwright.launching.session.TensorBoardHistory;
import io.tagwright.launching.session.TrainingSession;
import io.tagwright.launching.session.TrainingSessions;
import io.tagwright.trainer.protocol.event.TrainerEvent;

/**
 * The training dashboard: pick a run (running now, any earlier run of a dataset, or a kohya TensorBoard log
 * folder), see its loss chart live, its epochs with the recommended one, and its samples per epoch.
 */
public final class TrainingDashboardView extends ViewPart implements TrainingSessions.Listener, TrainingSession.Listener {

    public static final String ID = "io.tagwright.launching.ui.dashboard";

    /** One entry of the run chooser: a live session, or a run folder / log folder loaded on demand. */
    private record RunChoice(String label, TrainingSession live, Path runDir, boolean tensorBoard) {
    }

    private Combo runs;
    private Label status;
    private Button stop;
    private LossChart chart;
    private EpochTable epochTable;
    private SampleGrid samples;
    private final List<RunChoice> choices = new ArrayList<>();
    private TrainingSession shown;
    private boolean refreshPending;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        new Label(top, SWT.NONE).setText("Run:");
        runs = new Combo(top, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(runs);
        runs.addListener(SWT.Selection, e -> select(runs.getSelectionIndex()));
        Button reload = new Button(top, SWT.PUSH);
        reload.setText("Refresh list");
        reload.addListener(SWT.Selection, e -> fillChoices());
        Button tb = new Button(top, SWT.PUSH);
        tb.setText("Open TensorBoard log...");
        tb.setToolTipText("Chart an existing kohya (or Tagwright) TensorBoard log folder");
        tb.addListener(SWT.Selection, e -> openTensorBoard());
        stop = new Button(top, SWT.PUSH);
        stop.setText("Stop");
        stop.setToolTipText("Stop cleanly: the trainer saves what it has; press Terminate in the console again to kill it");
        stop.addListener(SWT.Selection, e -> stopShown());
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        chart = new LossChart(sash);
        CTabFolder tabs = new CTabFolder(sash, SWT.BORDER);
        CTabItem epochs = new CTabItem(tabs, SWT.NONE);
        epochs.setText("Epochs");
        epochTable = new EpochTable(tabs);
        epochs.setControl(epochTable);
        CTabItem sampleTab = new CTabItem(tabs, SWT.NONE);
        sampleTab.setText("Samples");
        samples = new SampleGrid(tabs);
        sampleTab.setControl(samples);
        tabs.setSelection(epochs);
        sash.setWeights(55, 45);

        TrainingSessions.getDefault().addListener(this);
        fillChoices();
        if (!choices.isEmpty()) {
            select(0);
        }
    }

    /** Lists live runs first, then every recorded run of every dataset project, newest first. */
    private void fillChoices() {
        choices.clear();
        List<TrainingSession> live = new ArrayList<>(TrainingSessions.getDefault().sessions());
        java.util.Collections.reverse(live);
        List<Path> liveDirs = new ArrayList<>();
        for (TrainingSession s : live) {
            choices.add(new RunChoice(label(s), s, s.runDir(), false));
            liveDirs.add(s.runDir());
        }
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (!p.isOpen() || p.getLocation() == null || !Files.exists(p.getLocation().toPath().resolve(ProjectFile.DEFAULT_NAME))) {
                continue;
            }
            try {
                for (Path run : TrainingSessions.history(p.getLocation().toPath())) {
                    if (!liveDirs.contains(run)) {
                        choices.add(new RunChoice(p.getName() + " · " + run.getFileName(), null, run, false));
                    }
                }
            } catch (IOException e) {
                // a dataset without readable history just has no entries
            }
        }
        runs.setItems(choices.stream().map(RunChoice::label).toArray(String[]::new));
        // keep the shown run selected (its label loses the "running" mark when it ends)
        for (int i = 0; shown != null && i < choices.size(); i++) {
            if (choices.get(i).runDir().equals(shown.runDir())) {
                runs.select(i);
                break;
            }
        }
    }

    private static String label(TrainingSession s) {
        return (s.isDone() ? "" : "● ") + s.name() + " · " + s.runDir().getFileName();
    }

    private void select(int index) {
        if (index < 0 || index >= choices.size()) {
            return;
        }
        RunChoice c = choices.get(index);
        runs.select(index);
        TrainingSession s = c.live();
        if (s == null) {
            try {
                s = c.tensorBoard() ? TensorBoardHistory.read(c.runDir()) : TrainingSessions.load(c.runDir());
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), "Cannot read the run", e.getMessage());
                return;
            }
        }
        show(s);
    }

    /** Shows a session (tests call it directly). */
    public void show(TrainingSession s) {
        if (shown != null) {
            shown.removeListener(this);
        }
        shown = s;
        s.addListener(this);
        chart.show(s);
        epochTable.show(s);
        samples.show(s);
        updateStatus();
    }

    public TrainingSession shown() {
        return shown;
    }

    /** The run chooser's text (tests check it names the shown run). */
    public String selectedRunLabel() {
        return runs.getText();
    }

    public LossChart chart() {
        return chart;
    }

    public EpochTable epochTable() {
        return epochTable;
    }

    public SampleGrid samples() {
        return samples;
    }

    private void updateStatus() {
        TrainingSession s = shown;
        if (s == null || status.isDisposed()) {
            return;
        }
        StringBuilder sb = new StringBuilder(s.state().name().toLowerCase(Locale.ROOT));
        if (s.totalSteps() > 0) {
            sb.append(String.format(Locale.ROOT, " · epoch %d · step %d / %d", s.currentEpoch(), s.currentStep(), s.totalSteps()));
        }
        if (s.itPerSecond() > 0) {
            sb.append(String.format(Locale.ROOT, " · %.2f it/s", s.itPerSecond()));
        }
        if (s.etaSeconds() > 0 && !s.isDone()) {
            long eta = (long) s.etaSeconds();
            sb.append(String.format(Locale.ROOT, " · ETA %dh %02dm %02ds", eta / 3600, (eta / 60) % 60, eta % 60));
        }
        if (s.failure() != null) {
            sb.append(" · ").append(s.failure().kind()).append(": ").append(s.failure().message());
        }
        status.setText(sb.toString());
        stop.setEnabled(!s.isDone() && launchOf(s) != null);
    }

    @Override
    public void runStarted(ILaunch launch, TrainingSession session) {
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (!runs.isDisposed()) {
                fillChoices();
                select(0);
            }
        });
    }

    @Override
    public void eventReceived(TrainingSession session, TrainerEvent event) {
        if (session != shown) {
            return;
        }
        synchronized (this) {
            if (refreshPending) {
                return;
            }
            refreshPending = true;
        }
        // at most a few redraws a second, however fast the trainer reports
        getSite().getShell().getDisplay().asyncExec(() -> getSite().getShell().getDisplay().timerExec(250, this::refreshNow));
    }

    private void refreshNow() {
        synchronized (this) {
            refreshPending = false;
        }
        if (chart.isDisposed() || shown == null) {
            return;
        }
        chart.refresh();
        epochTable.refresh();
        samples.refresh();
        updateStatus();
        if (shown.isDone()) {
            fillChoices();
        }
    }

    private static ILaunch launchOf(TrainingSession s) {
        for (ILaunch l : org.eclipse.debug.core.DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
            if (TrainingSessions.getDefault().session(l) == s) {
                return l;
            }
        }
        return null;
    }

    private void stopShown() {
        ILaunch l = shown == null ? null : launchOf(shown);
        if (l != null) {
            try {
                l.terminate();
            } catch (org.eclipse.debug.core.DebugException e) {
                MessageDialog.openError(getSite().getShell(), "Cannot stop the run", e.getMessage());
            }
        }
    }

    private void openTensorBoard() {
        DirectoryDialog d = new DirectoryDialog(getSite().getShell());
        d.setText("A kohya TensorBoard log folder (logging_dir or one run inside it)");
        String dir = d.open();
        if (dir == null) {
            return;
        }
        RunChoice c = new RunChoice("TensorBoard · " + dir, null, Path.of(dir), true);
        choices.add(0, c);
        runs.add(c.label(), 0);
        select(0);
    }

    @Override
    public void setFocus() {
        runs.setFocus();
    }

    @Override
    public void dispose() {
        TrainingSessions.getDefault().removeListener(this);
        if (shown != null) {
            shown.removeListener(this);
        }
        super.dispose();
    }
}
