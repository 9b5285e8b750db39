package io.tagwright.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Finds the item provider adapter factory of the editing domain an object belongs to. */
public final class AdapterFactories {

    private AdapterFactories() {
    }

    /** The adapter factory of {@code element}'s editing domain, or null for objects outside any domain. */
    public static AdapterFactory of(Object element) {
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(element);
        return domain instanceof AdapterFactoryEditingDomain d ? d.getAdapterFactory() : null;
    }
}
