/**
 */
package io.tagwright.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tagwright.model.Dataset#getName <em>Name</em>}</li>
 *   <li>{@link io.tagwright.model.Dataset#getRoot <em>Root</em>}</li>
 *   <li>{@link io.tagwright.model.Dataset#getTrainDir <em>Train Dir</em>}</li>
 *   <li>{@link io.tagwright.model.Dataset#getRegDir <em>Reg Dir</em>}</li>
 *   <li>{@link io.tagwright.model.Dataset#getCaptionExtension <em>Caption Extension</em>}</li>
 *   <li>{@link io.tagwright.model.Dataset#getTriggerWords <em>Trigger Words</em>}</li>
 *   <li>{@link io.tagwright.model.Dataset#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.tagwright.model.Dataset#getSettings <em>Settings</em>}</li>
 *   <li>{@link io.tagwright.model.Dataset#getAnnotationTags <em>Annotation Tags</em>}</li>
 *   <li>{@link io.tagwright.model.Dataset#getHiddenTags <em>Hidden Tags</em>}</li>
 *   <li>{@link io.tagwright.model.Dataset#getSubsets <em>Subsets</em>}</li>
 * </ul>
 *
 * @see io.tagwright.model.ModelPackage#getDataset()
 * @model
 * @generated
 */
public interface Dataset extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.tagwright.model.ModelPackage#getDataset_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.tagwright.model.Dataset#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Root</b></em>' attribute.
	 * The default value is <code>"."</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dataset folder: absolute, or relative to the folder of the project file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root</em>' attribute.
	 * @see #setRoot(String)
	 * @see io.tagwright.model.ModelPackage#getDataset_Root()
	 * @model default="."
	 * @generated
	 */
	String getRoot();

	/**
	 * Sets the value of the '{@link io.tagwright.model.Dataset#getRoot <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root</em>' attribute.
	 * @see #getRoot()
	 * @generated
	 */
	void setRoot(String value);

	/**
	 * Returns the value of the '<em><b>Train Dir</b></em>' attribute.
	 * The default value is <code>"img"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The folder holding the N_name subsets, relative to the root (kohya's train_data_dir); empty or '.' when the root itself holds them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Train Dir</em>' attribute.
	 * @see #setTrainDir(String)
	 * @see io.tagwright.model.ModelPackage#getDataset_TrainDir()
	 * @model default="img"
	 * @generated
	 */
	String getTrainDir();

	/**
	 * Sets the value of the '{@link io.tagwright.model.Dataset#getTrainDir <em>Train Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Dir</em>' attribute.
	 * @see #getTrainDir()
	 * @generated
	 */
	void setTrainDir(String value);

	/**
	 * Returns the value of the '<em><b>Reg Dir</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional regularisation folder relative to the root (kohya's reg_data_dir).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reg Dir</em>' attribute.
	 * @see #setRegDir(String)
	 * @see io.tagwright.model.ModelPackage#getDataset_RegDir()
	 * @model
	 * @generated
	 */
	String getRegDir();

	/**
	 * Sets the value of the '{@link io.tagwright.model.Dataset#getRegDir <em>Reg Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reg Dir</em>' attribute.
	 * @see #getRegDir()
	 * @generated
	 */
	void setRegDir(String value);

	/**
	 * Returns the value of the '<em><b>Caption Extension</b></em>' attribute.
	 * The default value is <code>".txt"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caption Extension</em>' attribute.
	 * @see #setCaptionExtension(String)
	 * @see io.tagwright.model.ModelPackage#getDataset_CaptionExtension()
	 * @model default=".txt"
	 * @generated
	 */
	String getCaptionExtension();

	/**
	 * Sets the value of the '{@link io.tagwright.model.Dataset#getCaptionExtension <em>Caption Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption Extension</em>' attribute.
	 * @see #getCaptionExtension()
	 * @generated
	 */
	void setCaptionExtension(String value);

	/**
	 * Returns the value of the '<em><b>Trigger Words</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trigger Words</em>' attribute list.
	 * @see io.tagwright.model.ModelPackage#getDataset_TriggerWords()
	 * @model
	 * @generated
	 */
	EList<String> getTriggerWords();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see io.tagwright.model.ModelPackage#getDataset_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link io.tagwright.model.Dataset#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference.
	 * @see #setSettings(TrainingTarget)
	 * @see io.tagwright.model.ModelPackage#getDataset_Settings()
	 * @model containment="true"
	 * @generated
	 */
	TrainingTarget getSettings();

	/**
	 * Sets the value of the '{@link io.tagwright.model.Dataset#getSettings <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' containment reference.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(TrainingTarget value);

	/**
	 * Returns the value of the '<em><b>Annotation Tags</b></em>' containment reference list.
	 * The list contents are of type {@link io.tagwright.model.AnnotationTags}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which caption tags each view or framing annotation stands for (user-editable).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annotation Tags</em>' containment reference list.
	 * @see io.tagwright.model.ModelPackage#getDataset_AnnotationTags()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnnotationTags> getAnnotationTags();

	/**
	 * Returns the value of the '<em><b>Hidden Tags</b></em>' containment reference list.
	 * The list contents are of type {@link io.tagwright.model.HiddenTags}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tags that cannot be seen in a view (e.g. earrings from behind) and should not be in such captions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Tags</em>' containment reference list.
	 * @see io.tagwright.model.ModelPackage#getDataset_HiddenTags()
	 * @model containment="true"
	 * @generated
	 */
	EList<HiddenTags> getHiddenTags();

	/**
	 * Returns the value of the '<em><b>Subsets</b></em>' containment reference list.
	 * The list contents are of type {@link io.tagwright.model.Subset}.
	 * It is bidirectional and its opposite is '{@link io.tagwright.model.Subset#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subsets</em>' containment reference list.
	 * @see io.tagwright.model.ModelPackage#getDataset_Subsets()
	 * @see io.tagwright.model.Subset#getDataset
	 * @model opposite="dataset" containment="true"
	 * @generated
	 */
	EList<Subset> getSubsets();

} // Dataset
