package io.tagwright.ui.editor;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Restores caption editors after a restart. */
public final class ImageEditorInputFactory implements IElementFactory {

    public static final String ID = "io.tagwright.ui.imageEditorInputFactory";

    @Override
    public IAdaptable createElement(IMemento memento) {
        String project = memento.getString(ImageEditorInput.TAG_PROJECT);
        String key = memento.getString(ImageEditorInput.TAG_KEY);
        return project == null || key == null ? null : new ImageEditorInput(project, key);
    }
}
