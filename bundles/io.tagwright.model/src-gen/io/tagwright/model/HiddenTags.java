/**
 */
package io.tagwright.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hidden Tags</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tagwright.model.HiddenTags#getView <em>View</em>}</li>
 *   <li>{@link io.tagwright.model.HiddenTags#getTags <em>Tags</em>}</li>
 * </ul>
 *
 * @see io.tagwright.model.ModelPackage#getHiddenTags()
 * @model
 * @generated
 */
public interface HiddenTags extends EObject {
	/**
	 * Returns the value of the '<em><b>View</b></em>' attribute.
	 * The literals are from the enumeration {@link io.tagwright.model.ViewAnnotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>View</em>' attribute.
	 * @see io.tagwright.model.ViewAnnotation
	 * @see #setView(ViewAnnotation)
	 * @see io.tagwright.model.ModelPackage#getHiddenTags_View()
	 * @model
	 * @generated
	 */
	ViewAnnotation getView();

	/**
	 * Sets the value of the '{@link io.tagwright.model.HiddenTags#getView <em>View</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>View</em>' attribute.
	 * @see io.tagwright.model.ViewAnnotation
	 * @see #getView()
	 * @generated
	 */
	void setView(ViewAnnotation value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see io.tagwright.model.ModelPackage#getHiddenTags_Tags()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTags();

} // HiddenTags
