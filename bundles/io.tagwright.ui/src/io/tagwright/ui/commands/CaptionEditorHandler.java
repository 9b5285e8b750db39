package io.tagwright.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;

import io.tagwright.ui.editor.CaptionEditor;

/**
 * The caption editor's own commands (next/previous image, raw text, add tag, zoom); which one is given as
 * the handler's data in plugin.xml ({@code class="...CaptionEditorHandler:next"}).
 */
public final class CaptionEditorHandler extends AbstractHandler implements IExecutableExtension {

    private String action = "";

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        action = data instanceof String s ? s : "";
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof CaptionEditor editor)) {
            return null;
        }
        switch (action) {
            case "next" -> editor.step(1);
            case "previous" -> editor.step(-1);
            case "raw" -> editor.setRawMode(!editor.isRawMode());
            case "addTag" -> editor.focusAddField();
            case "zoomIn" -> editor.zoom("in");
            case "zoomOut" -> editor.zoom("out");
            case "zoomActual" -> editor.zoom("actual");
            case "zoomFit" -> editor.zoom("fit");
            default -> throw new IllegalStateException("unknown caption editor command " + action);
        }
        return null;
    }
}
