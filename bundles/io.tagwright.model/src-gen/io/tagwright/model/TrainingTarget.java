/**
 */
package io.tagwright.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the dataset is being prepared for: used by lint, bucket previews and step counts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tagwright.model.TrainingTarget#getResolution <em>Resolution</em>}</li>
 *   <li>{@link io.tagwright.model.TrainingTarget#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link io.tagwright.model.TrainingTarget#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link io.tagwright.model.TrainingTarget#getBucketResoSteps <em>Bucket Reso Steps</em>}</li>
 *   <li>{@link io.tagwright.model.TrainingTarget#isBucketNoUpscale <em>Bucket No Upscale</em>}</li>
 * </ul>
 *
 * @see io.tagwright.model.ModelPackage#getTrainingTarget()
 * @model
 * @generated
 */
public interface TrainingTarget extends EObject {
	/**
	 * Returns the value of the '<em><b>Resolution</b></em>' attribute.
	 * The default value is <code>"768"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolution</em>' attribute.
	 * @see #setResolution(int)
	 * @see io.tagwright.model.ModelPackage#getTrainingTarget_Resolution()
	 * @model default="768"
	 * @generated
	 */
	int getResolution();

	/**
	 * Sets the value of the '{@link io.tagwright.model.TrainingTarget#getResolution <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution</em>' attribute.
	 * @see #getResolution()
	 * @generated
	 */
	void setResolution(int value);

	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' attribute.
	 * @see #setEpochs(int)
	 * @see io.tagwright.model.ModelPackage#getTrainingTarget_Epochs()
	 * @model default="8"
	 * @generated
	 */
	int getEpochs();

	/**
	 * Sets the value of the '{@link io.tagwright.model.TrainingTarget#getEpochs <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs</em>' attribute.
	 * @see #getEpochs()
	 * @generated
	 */
	void setEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see io.tagwright.model.ModelPackage#getTrainingTarget_BatchSize()
	 * @model default="1"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link io.tagwright.model.TrainingTarget#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Bucket Reso Steps</b></em>' attribute.
	 * The default value is <code>"64"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bucket Reso Steps</em>' attribute.
	 * @see #setBucketResoSteps(int)
	 * @see io.tagwright.model.ModelPackage#getTrainingTarget_BucketResoSteps()
	 * @model default="64"
	 * @generated
	 */
	int getBucketResoSteps();

	/**
	 * Sets the value of the '{@link io.tagwright.model.TrainingTarget#getBucketResoSteps <em>Bucket Reso Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bucket Reso Steps</em>' attribute.
	 * @see #getBucketResoSteps()
	 * @generated
	 */
	void setBucketResoSteps(int value);

	/**
	 * Returns the value of the '<em><b>Bucket No Upscale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bucket No Upscale</em>' attribute.
	 * @see #setBucketNoUpscale(boolean)
	 * @see io.tagwright.model.ModelPackage#getTrainingTarget_BucketNoUpscale()
	 * @model
	 * @generated
	 */
	boolean isBucketNoUpscale();

	/**
	 * Sets the value of the '{@link io.tagwright.model.TrainingTarget#isBucketNoUpscale <em>Bucket No Upscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bucket No Upscale</em>' attribute.
	 * @see #isBucketNoUpscale()
	 * @generated
	 */
	void setBucketNoUpscale(boolean value);

} // TrainingTarget
