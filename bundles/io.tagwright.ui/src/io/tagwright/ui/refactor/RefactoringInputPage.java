package io.tagwright.ui.refactor;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.tagwright.core.caption.CaptionSyntax;
import io.tagwright.core.refactor.AddTags;
import io.tagwright.core.refactor.Refactoring;
import io.tagwright.core.refactor.RemoveTags;
import io.tagwright.core.refactor.RenameTag;
import io.tagwright.core.refactor.ReplaceRegex;
import io.tagwright.ui.editor.TagAssist;

/** What the refactoring does (per kind) and to which images. */
final class RefactoringInputPage extends WizardPage {

    enum ScopeChoice {
        ALL, QUERY, SELECTION
    }

    private final TagRefactoringWizard.Kind kind;
    private final List<String> tags;
    private final String query;
    private final int selected;
    private Text first;
    private Text second;
    private Combo option;
    private Button ignoreCase;
    private Button all;
    private Button byQuery;
    private Button bySelection;

    RefactoringInputPage(TagRefactoringWizard.Kind kind, List<String> tags, String query, int selected) {
        super("input");
        this.kind = kind;
        this.tags = tags;
        this.query = query;
        this.selected = selected;
        setTitle(kind.title);
        setDescription(switch (kind) {
            case RENAME -> "Renames a tag in every caption (merging it where the new name is there already).";
            case REMOVE -> "Removes tags from every caption; * matches any text (blue_* removes every blue tag).";
            case ADD -> "Adds tags to every caption that does not have them.";
            case REPLACE -> "Replaces what a regular expression matches, in each tag or in the whole caption line.";
        });
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        String prefill = tags.isEmpty() ? "" : tags.get(0);
        switch (kind) {
            case RENAME -> {
                first = field(c, "&Tag:", prefill);
                second = field(c, "&New name:", prefill);
                hint(c, "Several new tags: separate them with commas (e.g. 'blonde hair, long hair').");
            }
            case REMOVE -> first = field(c, "&Tags:", String.join(", ", tags));
            case ADD -> {
                first = field(c, "&Tags:", "");
                new Label(c, SWT.NONE).setText("&Where:");
                option = new Combo(c, SWT.READ_ONLY);
                option.setItems("After the trigger word", "At the start", "At the end");
                option.select(0);
            }
            case REPLACE -> {
                first = field(c, "&Find (regex):", prefill.isEmpty() ? "" : java.util.regex.Pattern.quote(prefill));
                second = field(c, "&Replace with:", "");
                new Label(c, SWT.NONE).setText("&In:");
                option = new Combo(c, SWT.READ_ONLY);
                option.setItems("Each tag", "The whole caption line");
                option.select(0);
                ignoreCase = new Button(c, SWT.CHECK);
                ignoreCase.setText("Ignore &case");
                ignoreCase.setSelection(true);
                GridDataFactory.fillDefaults().span(2, 1).applyTo(ignoreCase);
                hint(c, "$1, $2 … insert groups; an empty result removes the tag.");
            }
        }
        Group scope = new Group(c, SWT.NONE);
        scope.setText("Images");
        GridLayoutFactory.swtDefaults().applyTo(scope);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 10).applyTo(scope);
        all = radio(scope, "&All images of the dataset", true);
        byQuery = radio(scope, "Images matching the &query: " + query, false);
        byQuery.setEnabled(!query.isBlank());
        bySelection = radio(scope, "The " + selected + " image(s) &selected in the gallery", false);
        bySelection.setEnabled(selected > 0);
        if (!query.isBlank()) {
            all.setSelection(false);
            byQuery.setSelection(true);
        }
        setControl(c);
        validate();
        setErrorMessage(null); // nothing typed yet: say what to do, not what is wrong
        if (!isPageComplete()) {
            setMessage("Enter " + (kind == TagRefactoringWizard.Kind.RENAME ? "the new name" : "what to change") + ".");
        }
        Text focus = second != null && kind == TagRefactoringWizard.Kind.RENAME ? second : first;
        focus.setFocus();
        focus.selectAll();
    }

    private Text field(Composite c, String label, String value) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(t);
        t.addListener(SWT.Modify, e -> validate());
        if (kind != TagRefactoringWizard.Kind.REPLACE) {
            TagAssist.attach(t, ((TagRefactoringWizard) getWizard())::session);
        }
        return t;
    }

    private static void hint(Composite c, String text) {
        Label l = new Label(c, SWT.WRAP);
        l.setText(text);
        l.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(l);
    }

    private static Button radio(Composite c, String text, boolean on) {
        Button b = new Button(c, SWT.RADIO);
        b.setText(text);
        b.setSelection(on);
        return b;
    }

    private void validate() {
        String problem = null;
        try {
            refactoring();
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        setErrorMessage(problem);
        if (problem == null) {
            setMessage(null);
        }
        setPageComplete(problem == null);
    }

    /** The refactoring the fields describe. @throws IllegalArgumentException saying what is missing or wrong */
    Refactoring refactoring() {
        String a = first.getText().strip();
        switch (kind) {
            case RENAME -> {
                String b = second.getText().strip();
                if (a.isEmpty() || CaptionSyntax.split(b).isEmpty()) {
                    throw new IllegalArgumentException("Enter the tag and its new name");
                }
                if (CaptionSyntax.split(b).equals(List.of(a))) {
                    throw new IllegalArgumentException("The new name is the same as the tag");
                }
                return new RenameTag(a, b);
            }
            case REMOVE -> {
                List<String> list = CaptionSyntax.split(a);
                if (list.isEmpty()) {
                    throw new IllegalArgumentException("Enter the tags to remove");
                }
                return new RemoveTags(list);
            }
            case ADD -> {
                if (CaptionSyntax.split(a).isEmpty()) {
                    throw new IllegalArgumentException("Enter the tags to add");
                }
                AddTags.Position where = switch (option.getSelectionIndex()) {
                    case 1 -> AddTags.Position.START;
                    case 2 -> AddTags.Position.END;
                    default -> AddTags.Position.AFTER_TRIGGER;
                };
                return new AddTags(List.of(a), where);
            }
            default -> {
                if (first.getText().isEmpty()) {
                    throw new IllegalArgumentException("Enter a regular expression");
                }
                return new ReplaceRegex(first.getText(), second.getText(),
                        option.getSelectionIndex() == 1 ? ReplaceRegex.Mode.WHOLE_CAPTION : ReplaceRegex.Mode.PER_TAG,
                        ignoreCase.getSelection());
            }
        }
    }

    ScopeChoice scopeChoice() {
        return byQuery.getSelection() ? ScopeChoice.QUERY : bySelection.getSelection() ? ScopeChoice.SELECTION : ScopeChoice.ALL;
    }

    /** Fills the fields (for tests and callers that know the answers). */
    void fill(String a, String b) {
        first.setText(a);
        if (second != null && b != null) {
            second.setText(b);
        }
    }

    @Override
    public boolean canFlipToNextPage() {
        return isPageComplete();
    }
}
