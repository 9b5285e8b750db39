package io.tagwright.ui.editor;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.ImageEntry;
import io.tagwright.ui.TagwrightUi;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * An image of a dataset as an editor input: the dataset's project and the image's key (its path relative to
 * the dataset folder). It outlives the session (editors are restored before datasets finish opening) and
 * finds its image again through the registry.
 */
public final class ImageEditorInput implements IEditorInput, IPersistableElement {

    static final String TAG_PROJECT = "project";
    static final String TAG_KEY = "key";

    private final String project;
    private final String key;

    public ImageEditorInput(String project, String key) {
        this.project = Objects.requireNonNull(project);
        this.key = Objects.requireNonNull(key);
    }

    /** The input for an image of an open dataset. */
    public static ImageEditorInput of(DatasetSession session, ImageEntry entry) {
        return new ImageEditorInput(DatasetRegistry.getDefault().project(session).getName(), session.keyOf(entry));
    }

    /**
     * The input for an image file of a dataset project, as the workbench opens files (a double-click on a
     * problem, Open With): its key is its path relative to the dataset folder.
     */
    public static ImageEditorInput forFile(org.eclipse.core.resources.IFile file) {
        DatasetSession s = DatasetRegistry.getDefault().session(file.getProject());
        java.nio.file.Path root = s != null ? s.root() : file.getProject().getLocation().toPath();
        String key = root.relativize(file.getLocation().toPath()).toString().replace('\\', '/');
        return new ImageEditorInput(file.getProject().getName(), key);
    }

    public String project() {
        return project;
    }

    public String key() {
        return key;
    }

    /** The open session of the input's dataset, or null while it is not open. */
    public DatasetSession session() {
        return DatasetRegistry.getDefault().session(project);
    }

    /** The image, or null when the dataset is not open or no longer has it. */
    public ImageEntry entry() {
        DatasetSession s = session();
        return s == null ? null : s.entry(key);
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return TagwrightUi.imageDescriptor("icons/caption.png");
    }

    @Override
    public String getName() {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return project + "/" + key;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(TAG_PROJECT, project);
        memento.putString(TAG_KEY, key);
    }

    @Override
    public String getFactoryId() {
        return ImageEditorInputFactory.ID;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageEditorInput i && i.project.equals(project) && i.key.equals(key);
    }

    @Override
    public int hashCode() {
        return project.hashCode() * 31 + key.hashCode();
    }
}
