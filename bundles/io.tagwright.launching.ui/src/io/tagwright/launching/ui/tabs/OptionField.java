package io.tagwright.launching.ui.tabs;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.tagwright.trainer.protocol.config.RunConfig;

/**
 * One widget bound to one kohya option. Every field shows the option name it maps to, so a kohya user can
 * find each setting. An empty field removes the option (sd-scripts' default applies).
 */
abstract class OptionField {

    enum Kind {
        INT, FLOAT, TEXT, BOOL, CHOICE, FILE, FOLDER, FILE_OR_FOLDER,
        /** A list option (e.g. optimizer_args) typed as words separated by spaces. */
        WORDS
    }

    final String option;
    final String label;
    final String help;

    OptionField(String option, String label, String help) {
        this.option = option;
        this.label = label;
        this.help = help;
    }

    static OptionField of(Kind kind, String option, String label, String help, String... choices) {
        return switch (kind) {
            case BOOL -> new Check(option, label, help);
            case CHOICE -> new Choice(option, label, help, List.of(choices));
            default -> new Field(kind, option, label, help);
        };
    }

    /** Creates the widgets in a 4-column grid (label, control, browse button or filler, option name). */
    abstract void create(Composite parent, Runnable changed);

    abstract void load(RunConfig c);

    abstract void store(RunConfig c);

    abstract void setEnabled(boolean enabled);

    /** The widget that shows problems of this option. */
    abstract Control control();

    static Label optionName(Composite parent, String option) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(option);
        l.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        return l;
    }

    /** A text field; numbers are checked when stored, paths get a browse button. */
    static final class Field extends OptionField {
        private final Kind kind;
        private Text text;
        private Button browse;
        private Button browseFolder;

        Field(Kind kind, String option, String label, String help) {
            super(option, label, help);
            this.kind = kind;
        }

        @Override
        void create(Composite parent, Runnable changed) {
            Label l = new Label(parent, SWT.NONE);
            l.setText(label + ":");
            l.setToolTipText(help);
            text = new Text(parent, SWT.BORDER);
            text.setToolTipText(help);
            text.addModifyListener(e -> changed.run());
            boolean path = kind == Kind.FILE || kind == Kind.FOLDER || kind == Kind.FILE_OR_FOLDER;
            GridDataFactory.fillDefaults().grab(true, false).hint(path ? 360 : 120, SWT.DEFAULT)
                    .span(path ? 1 : 2, 1).applyTo(text);
            if (path) {
                Composite buttons = new Composite(parent, SWT.NONE);
                buttons.setLayout(new org.eclipse.swt.layout.RowLayout());
                if (kind != Kind.FOLDER) {
                    browse = new Button(buttons, SWT.PUSH);
                    browse.setText("File...");
                    browse.addListener(SWT.Selection, e -> {
                        FileDialog d = new FileDialog(text.getShell(), SWT.OPEN);
                        d.setFilterPath(text.getText());
                        String f = d.open();
                        if (f != null) {
                            text.setText(f);
                        }
                    });
                }
                if (kind != Kind.FILE) {
                    browseFolder = new Button(buttons, SWT.PUSH);
                    browseFolder.setText("Folder...");
                    browseFolder.addListener(SWT.Selection, e -> {
                        DirectoryDialog d = new DirectoryDialog(text.getShell());
                        d.setFilterPath(text.getText());
                        String f = d.open();
                        if (f != null) {
                            text.setText(f);
                        }
                    });
                }
            }
            optionName(parent, option);
        }

        @Override
        void load(RunConfig c) {
            Object v = c.get(option);
            text.setText(v == null ? "" : v instanceof List<?> l ? String.join(" ", l.stream().map(String::valueOf).toList()) : format(v));
        }

        private static String format(Object v) {
            if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e6) {
                return String.format(Locale.ROOT, "%.1f", d);
            }
            return String.valueOf(v);
        }

        @Override
        void store(RunConfig c) {
            String s = text.getText().strip();
            if (s.isEmpty()) {
                c.set(option, null);
                return;
            }
            try {
                c.set(option, switch (kind) {
                    case INT -> Long.parseLong(s);
                    case FLOAT -> Double.parseDouble(s);
                    case WORDS -> List.of(s.split("\\s+"));
                    default -> s;
                });
            } catch (NumberFormatException e) {
                c.set(option, s); // kept as typed; the validator names the option
            }
        }

        /** The text as typed, for checks the validator cannot make (numbers). */
        String raw() {
            return text.getText().strip();
        }

        boolean isNumeric() {
            return kind == Kind.INT || kind == Kind.FLOAT;
        }

        boolean parses() {
            String s = raw();
            if (s.isEmpty() || !isNumeric()) {
                return true;
            }
            try {
                if (kind == Kind.INT) {
                    Long.parseLong(s);
                } else {
                    Double.parseDouble(s);
                }
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        @Override
        void setEnabled(boolean enabled) {
            text.setEnabled(enabled);
            if (browse != null) {
                browse.setEnabled(enabled);
            }
            if (browseFolder != null) {
                browseFolder.setEnabled(enabled);
            }
        }

        @Override
        Control control() {
            return text;
        }
    }

    /** A check box for a flag option. */
    static final class Check extends OptionField {
        private Button button;

        Check(String option, String label, String help) {
            super(option, label, help);
        }

        @Override
        void create(Composite parent, Runnable changed) {
            button = new Button(parent, SWT.CHECK);
            button.setText(label);
            button.setToolTipText(help);
            button.addListener(SWT.Selection, e -> changed.run());
            GridDataFactory.fillDefaults().span(3, 1).applyTo(button);
            optionName(parent, option);
        }

        @Override
        void load(RunConfig c) {
            button.setSelection(c.has(option) && c.bool(option));
        }

        @Override
        void store(RunConfig c) {
            c.set(option, button.getSelection());
        }

        boolean selected() {
            return button.getSelection();
        }

        void onChange(Runnable r) {
            button.addListener(SWT.Selection, e -> r.run());
        }

        @Override
        void setEnabled(boolean enabled) {
            button.setEnabled(enabled);
        }

        @Override
        Control control() {
            return button;
        }
    }

    /** A combo of known values (also accepts typed ones, like kohya_ss' own fields). */
    static final class Choice extends OptionField {
        private final List<String> choices;
        private Combo combo;

        Choice(String option, String label, String help, List<String> choices) {
            super(option, label, help);
            this.choices = choices;
        }

        @Override
        void create(Composite parent, Runnable changed) {
            Label l = new Label(parent, SWT.NONE);
            l.setText(label + ":");
            l.setToolTipText(help);
            combo = new Combo(parent, SWT.DROP_DOWN);
            combo.setItems(choices.toArray(String[]::new));
            combo.setToolTipText(help);
            combo.addModifyListener(e -> changed.run());
            GridDataFactory.fillDefaults().span(2, 1).hint(180, SWT.DEFAULT).applyTo(combo);
            optionName(parent, option);
        }

        @Override
        void load(RunConfig c) {
            Object v = c.get(option);
            combo.setText(v == null ? "" : String.valueOf(v));
        }

        @Override
        void store(RunConfig c) {
            String s = combo.getText().strip();
            c.set(option, s.isEmpty() ? null : s);
        }

        String value() {
            return combo.getText().strip();
        }

        void onChange(Runnable r) {
            combo.addModifyListener(e -> r.run());
        }

        @Override
        void setEnabled(boolean enabled) {
            combo.setEnabled(enabled);
        }

        @Override
        Control control() {
            return combo;
        }
    }
}
