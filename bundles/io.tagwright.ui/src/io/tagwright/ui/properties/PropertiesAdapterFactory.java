package io.tagwright.ui.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

import io.tagwright.model.Dataset;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.Subset;

/** Gives datasets, subsets and images to the Properties view (registered in plugin.xml). */
public final class PropertiesAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class) {
            return null;
        }
        if (adaptable instanceof ImageEntry e) {
            return adapterType.cast(new ImageProperties(e));
        }
        if (adaptable instanceof Dataset || adaptable instanceof Subset) {
            return adapterType.cast(new DatasetProperties((org.eclipse.emf.ecore.EObject) adaptable));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
