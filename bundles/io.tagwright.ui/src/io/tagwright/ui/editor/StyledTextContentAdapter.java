package io.tagwright.ui.editor;

import org.eclipse.jface.fieldassist.IControlContentAdapter;
import org.eclipse.jface.fieldassist.IControlContentAdapter2;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

/** Lets JFace field assist work on a StyledText (JFace ships adapters for Text and Combo only). */
final class StyledTextContentAdapter implements IControlContentAdapter, IControlContentAdapter2 {

    @Override
    public String getControlContents(Control control) {
        return ((StyledText) control).getText();
    }

    @Override
    public void setControlContents(Control control, String contents, int cursorPosition) {
        StyledText t = (StyledText) control;
        t.setText(contents);
        t.setSelection(cursorPosition);
    }

    @Override
    public void insertControlContents(Control control, String contents, int cursorPosition) {
        StyledText t = (StyledText) control;
        Point sel = t.getSelection();
        t.replaceTextRange(sel.x, sel.y - sel.x, contents);
        t.setCaretOffset(sel.x + Math.min(cursorPosition, contents.length()));
    }

    @Override
    public int getCursorPosition(Control control) {
        return ((StyledText) control).getCaretOffset();
    }

    @Override
    public Rectangle getInsertionBounds(Control control) {
        StyledText t = (StyledText) control;
        Point p = t.getLocationAtOffset(t.getCaretOffset());
        return new Rectangle(p.x, p.y, 1, t.getLineHeight());
    }

    @Override
    public void setCursorPosition(Control control, int index) {
        ((StyledText) control).setSelection(index);
    }

    @Override
    public Point getSelection(Control control) {
        return ((StyledText) control).getSelection();
    }

    @Override
    public void setSelection(Control control, Point range) {
        ((StyledText) control).setSelection(range);
    }
}
