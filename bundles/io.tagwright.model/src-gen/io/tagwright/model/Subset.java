/**
 */
package io.tagwright.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tagwright.model.Subset#getDataset <em>Dataset</em>}</li>
 *   <li>{@link io.tagwright.model.Subset#getFolder <em>Folder</em>}</li>
 *   <li>{@link io.tagwright.model.Subset#getRepeats <em>Repeats</em>}</li>
 *   <li>{@link io.tagwright.model.Subset#getClassTokens <em>Class Tokens</em>}</li>
 *   <li>{@link io.tagwright.model.Subset#getKind <em>Kind</em>}</li>
 *   <li>{@link io.tagwright.model.Subset#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.tagwright.model.Subset#getImages <em>Images</em>}</li>
 * </ul>
 *
 * @see io.tagwright.model.ModelPackage#getSubset()
 * @model
 * @generated
 */
public interface Subset extends EObject {
	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.tagwright.model.Dataset#getSubsets <em>Subsets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' container reference.
	 * @see #setDataset(Dataset)
	 * @see io.tagwright.model.ModelPackage#getSubset_Dataset()
	 * @see io.tagwright.model.Dataset#getSubsets
	 * @model opposite="subsets"
	 * @generated
	 */
	Dataset getDataset();

	/**
	 * Sets the value of the '{@link io.tagwright.model.Subset#getDataset <em>Dataset</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' container reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(Dataset value);

	/**
	 * Returns the value of the '<em><b>Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Folder name as on disk, e.g. 10_tagwright-chan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Folder</em>' attribute.
	 * @see #setFolder(String)
	 * @see io.tagwright.model.ModelPackage#getSubset_Folder()
	 * @model
	 * @generated
	 */
	String getFolder();

	/**
	 * Sets the value of the '{@link io.tagwright.model.Subset#getFolder <em>Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folder</em>' attribute.
	 * @see #getFolder()
	 * @generated
	 */
	void setFolder(String value);

	/**
	 * Returns the value of the '<em><b>Repeats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Repeats</em>' attribute.
	 * @see #setRepeats(int)
	 * @see io.tagwright.model.ModelPackage#getSubset_Repeats()
	 * @model
	 * @generated
	 */
	int getRepeats();

	/**
	 * Sets the value of the '{@link io.tagwright.model.Subset#getRepeats <em>Repeats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeats</em>' attribute.
	 * @see #getRepeats()
	 * @generated
	 */
	void setRepeats(int value);

	/**
	 * Returns the value of the '<em><b>Class Tokens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Tokens</em>' attribute.
	 * @see #setClassTokens(String)
	 * @see io.tagwright.model.ModelPackage#getSubset_ClassTokens()
	 * @model
	 * @generated
	 */
	String getClassTokens();

	/**
	 * Sets the value of the '{@link io.tagwright.model.Subset#getClassTokens <em>Class Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Tokens</em>' attribute.
	 * @see #getClassTokens()
	 * @generated
	 */
	void setClassTokens(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.tagwright.model.SubsetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.tagwright.model.SubsetKind
	 * @see #setKind(SubsetKind)
	 * @see io.tagwright.model.ModelPackage#getSubset_Kind()
	 * @model
	 * @generated
	 */
	SubsetKind getKind();

	/**
	 * Sets the value of the '{@link io.tagwright.model.Subset#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.tagwright.model.SubsetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SubsetKind value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see io.tagwright.model.ModelPackage#getSubset_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link io.tagwright.model.Subset#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Images</b></em>' containment reference list.
	 * The list contents are of type {@link io.tagwright.model.ImageEntry}.
	 * It is bidirectional and its opposite is '{@link io.tagwright.model.ImageEntry#getSubset <em>Subset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Images</em>' containment reference list.
	 * @see io.tagwright.model.ModelPackage#getSubset_Images()
	 * @see io.tagwright.model.ImageEntry#getSubset
	 * @model opposite="subset" containment="true"
	 * @generated
	 */
	EList<ImageEntry> getImages();

} // Subset
