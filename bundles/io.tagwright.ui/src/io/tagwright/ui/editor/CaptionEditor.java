package io.tagwright.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.edit.CaptionCommands;
import io.tagwright.model.CaptionStatus;
import io.tagwright.model.Dataset;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.HiddenTags;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.ui.commands.Annotations;
import io.tagwright.ui.parts.DatasetPart;
import io.tagwright.ui.parts.DirtyTracker;
import io.tagwright.ui.parts.ImageSequence;
import io.tagwright.ui.parts.SimpleSelectionProvider;
import io.tagwright.ui.parts.UndoRedoActions;
import io.tagwright.ui.workspace.DatasetRegistry;
import io.tagwright.ui.workspace.DatasetSaveable;
import io.tagwright.ui.workspace.DatasetSaver;

/**
 * Captions one image: its picture (fit or zoom) beside its tags as chips (or as raw text), the view and
 * framing annotations, and Previous/Next to walk the dataset without leaving the keyboard. Every change is
 * a command on the dataset's command stack; the editor is dirty while the dataset has unsaved edits, and
 * Save writes the dataset's changed captions as one journalled batch.
 */
public final class CaptionEditor extends EditorPart implements DatasetPart, ISaveablesSource, DatasetRegistry.Listener {

    public static final String ID = "io.tagwright.ui.captionEditor";
    public static final String CONTEXT = "io.tagwright.ui.contexts.captionEditor";
    public static final String IMAGES_CONTEXT = "io.tagwright.ui.contexts.images";

    private DatasetSession session;
    private ImageEntry entry;
    private UndoRedoActions undoRedo;
    private DirtyTracker dirty;
    private final SimpleSelectionProvider selection = new SimpleSelectionProvider();

    private ImagePreview preview;
    private Label title;
    private Label facts;
    private Label position;
    private Label zoom;
    private Button rawToggle;
    private Composite conflictBar;
    private Label conflictText;
    private AnnotationBar annotations;
    private Composite tagStack;
    private StackLayout stackLayout;
    private TagChips chips;
    private RawCaption raw;
    private Text addField;
    private Text inlineEdit;
    private boolean refreshQueued;

    private final AdapterImpl follower = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification msg) {
            if (!msg.isTouch()) {
                queueRefresh();
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput given) throws PartInitException {
        IEditorInput input = given instanceof org.eclipse.ui.IFileEditorInput f ? ImageEditorInput.forFile(f.getFile()) : given;
        if (!(input instanceof ImageEditorInput)) {
            throw new PartInitException("The caption editor opens images of a dataset, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        site.setSelectionProvider(selection);
        undoRedo = new UndoRedoActions(() -> session);
        dirty = new DirtyTracker(this, () -> {
            firePropertyChange(PROP_DIRTY);
            undoRedo.update();
        });
        DatasetRegistry.getDefault().addListener(this);
        IContextService contexts = site.getService(IContextService.class);
        contexts.activateContext(CONTEXT);
        contexts.activateContext(IMAGES_CONTEXT);
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        preview = new ImagePreview(sash);
        preview.onZoomChange(() -> zoom.setText(preview.zoomLabel()));
        Composite side = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 6).spacing(4, 6).applyTo(side);
        createHeader(side);
        createConflictBar(side);
        annotations = new AnnotationBar(side, this::setView, this::setFraming);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(annotations.control());
        tagStack = new Composite(side, SWT.NONE);
        stackLayout = new StackLayout();
        tagStack.setLayout(stackLayout);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 120).applyTo(tagStack);
        chips = new TagChips(tagStack, new TagChips.Listener() {
            @Override
            public void delete(int index) {
                run(CaptionCommands.removeTag(domainOrNull(), entry, index));
            }

            @Override
            public void move(int from, int to) {
                run(CaptionCommands.moveTag(domainOrNull(), entry, from, to));
            }

            @Override
            public void edit(int index) {
                startInlineEdit(index);
            }
        });
        raw = new RawCaption(tagStack, text -> run(CaptionCommands.setCaptionText(domainOrNull(), entry, text)));
        stackLayout.topControl = chips;
        addField = new Text(side, SWT.BORDER | SWT.SEARCH);
        addField.setMessage("Add tags (comma-separated), Enter to add");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(addField);
        addField.addListener(SWT.DefaultSelection, e -> addTyped());
        TagAssist.attach(addField, () -> session);
        TagAssist.attach(raw.control(), () -> session);
        sash.setWeights(58, 42);
        bind();
    }

    private void createHeader(Composite side) {
        Composite header = new Composite(side, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 2).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        title = new Label(header, SWT.NONE);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(title);
        position = new Label(header, SWT.RIGHT);
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(position);
        facts = new Label(header, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(facts);
        zoom = new Label(header, SWT.RIGHT);
        zoom.setToolTipText("Zoom: Ctrl+= in, Ctrl+- out, Ctrl+0 fit; Ctrl+wheel");
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(zoom);
        Composite buttons = new Composite(header, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        buttons.setLayout(new org.eclipse.swt.layout.RowLayout());
        Button prev = new Button(buttons, SWT.PUSH);
        prev.setText("◀ Previous");
        prev.setToolTipText("Previous image (Alt+Page Up)");
        prev.addListener(SWT.Selection, e -> step(-1));
        Button next = new Button(buttons, SWT.PUSH);
        next.setText("Next ▶");
        next.setToolTipText("Next image (Alt+Page Down)");
        next.addListener(SWT.Selection, e -> step(1));
        rawToggle = new Button(buttons, SWT.TOGGLE);
        rawToggle.setText("Raw text");
        rawToggle.setImage(io.tagwright.ui.TagwrightUi.image("icons/raw.png"));
        rawToggle.setToolTipText("Edit the caption as text (Ctrl+R)");
        rawToggle.addListener(SWT.Selection, e -> setRawMode(rawToggle.getSelection()));
    }

    private void createConflictBar(Composite side) {
        conflictBar = new Composite(side, SWT.BORDER);
        conflictBar.setBackground(side.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
        GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).applyTo(conflictBar);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(conflictBar);
        conflictBar.setVisible(false);
        conflictText = new Label(conflictBar, SWT.WRAP);
        conflictText.setBackground(conflictBar.getBackground());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(conflictText);
        Button mine = new Button(conflictBar, SWT.PUSH);
        mine.setText("Keep Mine");
        mine.addListener(SWT.Selection, e -> resolveConflict(true));
        Button theirs = new Button(conflictBar, SWT.PUSH);
        theirs.setText("Take Theirs");
        theirs.addListener(SWT.Selection, e -> resolveConflict(false));
    }

    // ------------------------------------------------------------------ binding to the image

    /** Finds the input's image in its (open) dataset and shows it, or says why it cannot. */
    private void bind() {
        ImageEditorInput in = (ImageEditorInput) getEditorInput();
        DatasetSession s = in.session();
        if (s == null && !ResourcesPlugin.getWorkspace().getRoot().getProject(in.project()).isOpen()) {
            // its project was closed or deleted: its editors go, as in the Eclipse IDE
            chips.getDisplay().asyncExec(() -> {
                if (!chips.isDisposed()) {
                    getSite().getPage().closeEditor(this, false);
                }
            });
            return;
        }
        ImageEntry e = s == null ? null : s.entry(in.key());
        if (entry != e && entry != null) {
            entry.eAdapters().remove(follower);
        }
        session = s;
        entry = e;
        dirty.track(s);
        undoRedo.update();
        firePropertyChange(PROP_DIRTY);
        if (e == null) {
            preview.showMessage(s == null ? "Waiting for dataset " + in.project() + " to open…"
                    : in.key() + " is no longer in the dataset.");
            title.setText(in.getName());
            facts.setText(s == null ? "" : "The file was moved or deleted.");
            chips.setTags(List.of(), List.of());
            setEditable(false);
            return;
        }
        if (!e.eAdapters().contains(follower)) {
            e.eAdapters().add(follower);
        }
        setEditable(true);
        preview.show(s.imagePath(e));
        selection.setSelection(new StructuredSelection(e));
        refresh();
    }

    private void setEditable(boolean editable) {
        annotations.setEnabled(editable);
        addField.setEnabled(editable);
        raw.control().setEditable(editable);
        chips.setEnabled(editable);
    }

    private void queueRefresh() {
        if (!refreshQueued && !chips.isDisposed()) {
            refreshQueued = true;
            chips.getDisplay().asyncExec(() -> {
                refreshQueued = false;
                if (!chips.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    private void refresh() {
        if (entry == null || session == null) {
            return;
        }
        Dataset dataset = session.dataset();
        title.setText(entry.getPath());
        facts.setText(factsLine(entry));
        int[] pos = ImageSequence.position(session, entry);
        position.setText(pos[0] > 0 ? pos[0] + " / " + pos[1] : "– / " + pos[1]);
        annotations.show(entry.getView(), entry.getFraming());
        List<String> annotationTags = new ArrayList<>(CaptionCommands.viewTags(dataset, entry.getView()));
        annotationTags.addAll(CaptionCommands.framingTags(dataset, entry.getFraming()));
        List<String> hidden = new ArrayList<>();
        for (HiddenTags h : dataset.getHiddenTags()) {
            if (h.getView() == entry.getView() && entry.getView() != ViewAnnotation.UNSET) {
                hidden.addAll(h.getTags());
            }
        }
        chips.setTags(entry.getTags(), TagChips.classify(entry.getTags(), dataset.getTriggerWords(), annotationTags, hidden));
        raw.show(entry.getTags(), dataset.getTriggerWords());
        var conflict = session.conflictingFile(entry);
        boolean showConflict = conflict != null;
        if (showConflict) {
            conflictText.setText("Another program changed this caption while it has unsaved edits here. On disk: "
                    + String.join(", ", conflict.tags()));
        }
        if (conflictBar.getVisible() != showConflict) {
            conflictBar.setVisible(showConflict);
            ((org.eclipse.swt.layout.GridData) conflictBar.getLayoutData()).exclude = !showConflict;
        }
        title.getParent().layout(true, true);
        conflictBar.getParent().layout(true, true);
        zoom.setText(preview.zoomLabel());
    }

    private static String factsLine(ImageEntry e) {
        String status = e.getCaptionStatus() == CaptionStatus.OK ? e.getTags().size() + " tags"
                : "caption " + e.getCaptionStatus().getLiteral();
        return String.format(Locale.ROOT, "%d × %d · %s · %s · %s · %s", e.getWidth(), e.getHeight(),
                e.getFormat().getLiteral().toUpperCase(Locale.ROOT), bytes(e.getBytes()), e.getSubset().getFolder(), status);
    }

    static String bytes(long b) {
        if (b < 1024) {
            return b + " B";
        }
        if (b < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", b / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", b / (1024.0 * 1024));
    }

    // ------------------------------------------------------------------ editing

    private org.eclipse.emf.edit.domain.EditingDomain domainOrNull() {
        return session == null ? null : session.editingDomain();
    }

    private void run(Command command) {
        if (session != null && entry != null && command.canExecute()) {
            session.editingDomain().getCommandStack().execute(command);
        }
    }

    private void setView(ViewAnnotation view) {
        if (entry != null) {
            Annotations.set(session, List.of(entry), view, null);
        }
    }

    private void setFraming(FramingAnnotation framing) {
        if (entry != null) {
            Annotations.set(session, List.of(entry), null, framing);
        }
    }

    private void addTyped() {
        String text = addField.getText();
        if (entry == null || text.isBlank()) {
            return;
        }
        run(CaptionCommands.addTags(session.editingDomain(), entry, entry.getTags().size(), text));
        addField.setText("");
    }

    private void startInlineEdit(int index) {
        if (entry == null || index < 0 || index >= entry.getTags().size()) {
            return;
        }
        finishInlineEdit(false);
        Rectangle r = chips.chipBounds(index);
        inlineEdit = new Text(chips, SWT.BORDER | SWT.SINGLE);
        inlineEdit.setText(entry.getTags().get(index));
        inlineEdit.setBounds(r.x, r.y, Math.max(r.width + 40, 160), r.height + 4);
        inlineEdit.selectAll();
        inlineEdit.setFocus();
        TagAssist.attach(inlineEdit, () -> session);
        Text field = inlineEdit;
        field.addListener(SWT.DefaultSelection, e -> {
            if (TagAssist.isPopupOpen(field)) {
                return;
            }
            commitInlineEdit(field, index);
        });
        field.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                finishInlineEdit(false);
            }
        });
        field.addListener(SWT.FocusOut, e -> field.getDisplay().asyncExec(() -> {
            if (!field.isDisposed() && !TagAssist.isPopupOpen(field)) {
                commitInlineEdit(field, index);
            }
        }));
    }

    private void commitInlineEdit(Text field, int index) {
        if (field.isDisposed()) {
            return;
        }
        String text = field.getText();
        finishInlineEdit(true);
        if (entry != null && index < entry.getTags().size() && !text.isBlank() && !text.strip().equals(entry.getTags().get(index))) {
            run(CaptionCommands.renameTag(session.editingDomain(), entry, index, text));
        }
    }

    private void finishInlineEdit(boolean focusChips) {
        if (inlineEdit != null && !inlineEdit.isDisposed()) {
            inlineEdit.dispose();
        }
        inlineEdit = null;
        if (focusChips && !chips.isDisposed()) {
            chips.setFocus();
        }
    }

    /** Whether the editor shows that the caption file changed on disk under unsaved edits. */
    public boolean conflictShown() {
        return conflictBar.getVisible();
    }

    /** Resolves a conflict as the bar's buttons do: keep the edits here, or take the file's caption. */
    public void resolveConflict(boolean keepMine) {
        if (entry == null) {
            return;
        }
        try {
            if (keepMine) {
                session.keepMine(entry);
            } else {
                session.takeTheirs(entry);
            }
        } catch (java.io.IOException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), "Conflict", "Cannot read " + entry.getPath(),
                    io.tagwright.ui.TagwrightUi.error(e.getMessage(), e));
        }
        refresh();
    }

    // ------------------------------------------------------------------ commands (see plugin.xml)

    /** Shows the image {@code delta} steps away in the current order (the gallery's, when one is open). */
    public void step(int delta) {
        if (session == null) {
            return;
        }
        raw.applyNow();
        ImageEntry from = entry;
        ImageEntry next = from == null ? null : ImageSequence.neighbour(session, from, delta);
        if (next == null || next == from) {
            return;
        }
        setInputWithNotify(ImageEditorInput.of(session, next));
        setPartName(getEditorInput().getName());
        bind();
    }

    public void setRawMode(boolean on) {
        if (on == isRawMode()) {
            return;
        }
        if (!on) {
            raw.applyNow();
        }
        stackLayout.topControl = on ? raw.control() : chips;
        tagStack.layout();
        rawToggle.setSelection(on);
        (on ? raw.control() : chips).setFocus();
    }

    public boolean isRawMode() {
        return stackLayout.topControl == raw.control();
    }

    public void focusAddField() {
        addField.setFocus();
    }

    public void zoom(String how) {
        switch (how) {
            case "in" -> preview.zoomIn();
            case "out" -> preview.zoomOut();
            case "actual" -> preview.actualSize();
            default -> preview.fit();
        }
    }

    // ------------------------------------------------------------------ for tests and handlers

    public ImageEntry entry() {
        return entry;
    }

    public DatasetSession session() {
        return session;
    }

    /** Types tags into the add field and presses Enter. */
    public void addTags(String text) {
        addField.setText(text);
        addTyped();
    }

    /** Deletes the chip at {@code index} as a click on its × would. */
    public void deleteTag(int index) {
        run(CaptionCommands.removeTag(session.editingDomain(), entry, index));
    }

    public List<String> chipTexts() {
        return chips.tags();
    }

    /** The tag of the selected chip, or null. */
    public String selectedTag() {
        int i = chips.selection();
        return i >= 0 && i < chips.tags().size() ? chips.tags().get(i) : null;
    }

    // ------------------------------------------------------------------ registry events

    @Override
    public void datasetsChanged() {
        ImageEditorInput in = (ImageEditorInput) getEditorInput();
        DatasetSession s = in.session();
        if (s != session || (s != null && s.entry(in.key()) != entry)) {
            bind();
        } else if (entry != null) {
            queueRefresh();
        }
    }

    @Override
    public void datasetClosed(DatasetSession closed) {
        if (closed == session) {
            chips.getDisplay().asyncExec(() -> {
                if (!chips.isDisposed()) {
                    bind();
                }
            });
        }
    }

    // ------------------------------------------------------------------ saving

    @Override
    public void doSave(IProgressMonitor monitor) {
        raw.applyNow();
        if (session != null) {
            DatasetSaver.save(session, monitor);
        }
    }

    @Override
    public void doSaveAs() {
        // a caption belongs to its image: there is nothing to save "as"
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

    public ISelectionProvider selectionProvider() {
        return selection;
    }

    @Override
    public void setFocus() {
        if (isRawMode()) {
            raw.control().setFocus();
        } else {
            chips.setFocus();
        }
    }

    @Override
    public void dispose() {
        DatasetRegistry.getDefault().removeListener(this);
        if (entry != null) {
            entry.eAdapters().remove(follower);
        }
        dirty.dispose();
        undoRedo.dispose();
        super.dispose();
    }
}
