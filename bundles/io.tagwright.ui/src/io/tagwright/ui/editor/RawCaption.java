package io.tagwright.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;

import io.tagwright.core.caption.CaptionSyntax;

/**
 * The caption as the text kohya reads ({@code tag, tag, tag}), for those who type faster than they click.
 * The trigger word is highlighted. What is typed becomes the caption when the user pauses, presses
 * Ctrl+Enter or leaves the field (one undoable "Edit caption" per change), never on each keystroke.
 */
final class RawCaption {

    private static final int PAUSE_MS = 800;

    private final StyledText text;
    private final Color triggerBg;
    private final Color triggerFg;
    private final Consumer<String> apply;
    private List<String> triggers = List.of();
    private List<String> shownTags = List.of();
    private boolean updating;
    private final Runnable applyLater = this::applyNow;

    RawCaption(Composite parent, Consumer<String> apply) {
        this.apply = apply;
        text = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        text.setMargins(6, 6, 6, 6);
        triggerBg = new Color(text.getDisplay(), new RGB(0xff, 0xe0, 0xb2));
        triggerFg = new Color(text.getDisplay(), new RGB(0x8a, 0x4b, 0x00));
        text.addListener(SWT.Modify, e -> {
            highlight();
            if (!updating) {
                text.getDisplay().timerExec(-1, applyLater);
                text.getDisplay().timerExec(PAUSE_MS, applyLater);
            }
        });
        text.addListener(SWT.FocusOut, e -> applyNow());
        text.addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
                e.doit = false;
                applyNow();
            }
        });
        text.addListener(SWT.Verify, e -> {
            // a caption is one line: line breaks typed or pasted become separators
            if (e.text.indexOf('\n') >= 0 || e.text.indexOf('\r') >= 0) {
                e.text = e.text.replace("\r\n", ", ").replace('\n', ',').replace('\r', ',');
            }
        });
        text.addListener(SWT.Dispose, e -> {
            text.getDisplay().timerExec(-1, applyLater);
            triggerBg.dispose();
            triggerFg.dispose();
        });
    }

    StyledText control() {
        return text;
    }

    /** Shows the caption unless what is typed already says the same (so typing is never interrupted). */
    void show(List<String> tags, List<String> triggerWords) {
        triggers = triggerWords;
        if (tags.equals(CaptionSyntax.split(text.getText())) && !text.getText().isEmpty()) {
            shownTags = List.copyOf(tags);
            return;
        }
        updating = true;
        try {
            shownTags = List.copyOf(tags);
            text.setText(String.join(", ", tags));
        } finally {
            updating = false;
        }
    }

    /** Hands what was typed to the owner if it differs from the caption shown. */
    void applyNow() {
        if (text.isDisposed()) {
            return;
        }
        text.getDisplay().timerExec(-1, applyLater);
        String typed = text.getText();
        if (!CaptionSyntax.split(typed).equals(shownTags)) {
            apply.accept(typed);
        }
    }

    private void highlight() {
        String s = text.getText();
        List<StyleRange> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ',') {
                String tag = s.substring(start, i).strip();
                if (!tag.isEmpty() && CaptionSyntax.indexOf(triggers, tag) >= 0) {
                    int from = s.indexOf(tag, start);
                    StyleRange r = new StyleRange(from, tag.length(), triggerFg, triggerBg, SWT.BOLD);
                    ranges.add(r);
                }
                start = i + 1;
            }
        }
        text.setStyleRanges(ranges.toArray(StyleRange[]::new));
    }
}
