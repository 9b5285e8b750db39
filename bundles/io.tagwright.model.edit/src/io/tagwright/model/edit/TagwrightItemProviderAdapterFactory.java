package io.tagwright.model.edit;

import java.util.ArrayList;
import java.util.Collection;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ViewerNotification;

import io.tagwright.model.Dataset;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ModelPackage;
import io.tagwright.model.Subset;
import io.tagwright.model.provider.DatasetItemProvider;
import io.tagwright.model.provider.ImageEntryItemProvider;
import io.tagwright.model.provider.ModelItemProviderAdapterFactory;
import io.tagwright.model.provider.SubsetItemProvider;

/**
 * The item providers Tagwright uses: the generated ones with labels a kohya user reads at a glance
 * ({@code 10_name · 42 images × 10}) and label refreshes when the facts behind a label change.
 */
public class TagwrightItemProviderAdapterFactory extends ModelItemProviderAdapterFactory {

    @Override
    public Adapter createDatasetAdapter() {
        if (datasetItemProvider == null) {
            datasetItemProvider = new DatasetItemProvider(this) {
                /** Trees show a dataset's subsets; its settings are edited elsewhere. */
                @Override
                public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
                    if (childrenFeatures == null) {
                        childrenFeatures = new ArrayList<>();
                        childrenFeatures.add(ModelPackage.Literals.DATASET__SUBSETS);
                    }
                    return childrenFeatures;
                }

                @Override
                public String getText(Object object) {
                    Dataset dataset = (Dataset) object;
                    return dataset.getName() == null || dataset.getName().isBlank() ? "(unnamed dataset)" : dataset.getName();
                }
            };
        }
        return datasetItemProvider;
    }

    @Override
    public Adapter createSubsetAdapter() {
        if (subsetItemProvider == null) {
            subsetItemProvider = new SubsetItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.subset((Subset) object);
                }

                @Override
                public void notifyChanged(Notification notification) {
                    super.notifyChanged(notification);
                    if (notification.getFeature() == ModelPackage.Literals.SUBSET__REPEATS) {
                        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
                    }
                }
            };
        }
        return subsetItemProvider;
    }

    @Override
    public Adapter createImageEntryAdapter() {
        if (imageEntryItemProvider == null) {
            imageEntryItemProvider = new ImageEntryItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ((ImageEntry) object).getPath();
                }

                @Override
                public void notifyChanged(Notification notification) {
                    Object feature = notification.getFeature();
                    // annotation and caption changes alter decorations, not structure: label update only
                    if (feature == ModelPackage.Literals.IMAGE_ENTRY__TAGS
                            || feature == ModelPackage.Literals.IMAGE_ENTRY__VIEW
                            || feature == ModelPackage.Literals.IMAGE_ENTRY__FRAMING
                            || feature == ModelPackage.Literals.IMAGE_ENTRY__CAPTION_STATUS) {
                        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
                        return;
                    }
                    super.notifyChanged(notification);
                }
            };
        }
        return imageEntryItemProvider;
    }

    /** Convenience for code that only needs labels. */
    public static AdapterFactory create() {
        return new TagwrightItemProviderAdapterFactory();
    }
}
