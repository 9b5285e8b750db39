package io.tagwright.ui.emf;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider over EMF.Edit item providers: what {@code AdapterFactoryLabelProvider} in
 * {@code org.eclipse.emf.edit.ui} does, which is not published on Maven Central. Images come back from
 * item providers as URLs (or composed images); they are created once and disposed with this provider.
 */
public class ItemProviderLabels extends ColumnLabelProvider {

    private final Map<Object, Image> images = new HashMap<>();

    @Override
    public String getText(Object element) {
        IItemLabelProvider p = provider(element);
        return p != null ? p.getText(element) : String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider p = provider(element);
        return p == null ? null : toImage(p.getImage(element));
    }

    private static IItemLabelProvider provider(Object element) {
        AdapterFactory f = AdapterFactories.of(element);
        return f == null ? null : (IItemLabelProvider) f.adapt(element, IItemLabelProvider.class);
    }

    /** Converts what an item provider returns for an image into an SWT image (cached). */
    protected Image toImage(Object object) {
        if (object instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            return parts.isEmpty() ? null : toImage(parts.get(0));
        }
        if (object instanceof Image image) {
            return image;
        }
        if (object instanceof URL url) {
            return images.computeIfAbsent(url.toExternalForm(), k -> ImageDescriptor.createFromURL(url).createImage(false));
        }
        return null;
    }

    @Override
    public void dispose() {
        images.values().stream().filter(i -> i != null && !i.isDisposed()).forEach(Image::dispose);
        images.clear();
        super.dispose();
    }
}
