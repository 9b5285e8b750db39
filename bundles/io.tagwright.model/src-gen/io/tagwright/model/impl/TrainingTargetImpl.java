/**
 */
package io.tagwright.model.impl;

import io.tagwright.model.ModelPackage;
import io.tagwright.model.TrainingTarget;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.tagwright.model.impl.TrainingTargetImpl#getResolution <em>Resolution</em>}</li>
 *   <li>{@link io.tagwright.model.impl.TrainingTargetImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link io.tagwright.model.impl.TrainingTargetImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link io.tagwright.model.impl.TrainingTargetImpl#getBucketResoSteps <em>Bucket Reso Steps</em>}</li>
 *   <li>{@link io.tagwright.model.impl.TrainingTargetImpl#isBucketNoUpscale <em>Bucket No Upscale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingTargetImpl extends MinimalEObjectImpl.Container implements TrainingTarget {
	/**
	 * The default value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected static final int RESOLUTION_EDEFAULT = 768;

	/**
	 * The cached value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected int resolution = RESOLUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int EPOCHS_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected int epochs = EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBucketResoSteps() <em>Bucket Reso Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBucketResoSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int BUCKET_RESO_STEPS_EDEFAULT = 64;

	/**
	 * The cached value of the '{@link #getBucketResoSteps() <em>Bucket Reso Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBucketResoSteps()
	 * @generated
	 * @ordered
	 */
	protected int bucketResoSteps = BUCKET_RESO_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #isBucketNoUpscale() <em>Bucket No Upscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBucketNoUpscale()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BUCKET_NO_UPSCALE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBucketNoUpscale() <em>Bucket No Upscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBucketNoUpscale()
	 * @generated
	 * @ordered
	 */
	protected boolean bucketNoUpscale = BUCKET_NO_UPSCALE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.TRAINING_TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResolution() {
		return resolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolution(int newResolution) {
		int oldResolution = resolution;
		resolution = newResolution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_TARGET__RESOLUTION, oldResolution, resolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpochs() {
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpochs(int newEpochs) {
		int oldEpochs = epochs;
		epochs = newEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_TARGET__EPOCHS, oldEpochs, epochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_TARGET__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBucketResoSteps() {
		return bucketResoSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBucketResoSteps(int newBucketResoSteps) {
		int oldBucketResoSteps = bucketResoSteps;
		bucketResoSteps = newBucketResoSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_TARGET__BUCKET_RESO_STEPS, oldBucketResoSteps, bucketResoSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBucketNoUpscale() {
		return bucketNoUpscale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBucketNoUpscale(boolean newBucketNoUpscale) {
		boolean oldBucketNoUpscale = bucketNoUpscale;
		bucketNoUpscale = newBucketNoUpscale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_TARGET__BUCKET_NO_UPSCALE, oldBucketNoUpscale, bucketNoUpscale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.TRAINING_TARGET__RESOLUTION:
				return getResolution();
			case ModelPackage.TRAINING_TARGET__EPOCHS:
				return getEpochs();
			case ModelPackage.TRAINING_TARGET__BATCH_SIZE:
				return getBatchSize();
			case ModelPackage.TRAINING_TARGET__BUCKET_RESO_STEPS:
				return getBucketResoSteps();
			case ModelPackage.TRAINING_TARGET__BUCKET_NO_UPSCALE:
				return isBucketNoUpscale();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.TRAINING_TARGET__RESOLUTION:
				setResolution((Integer)newValue);
				return;
			case ModelPackage.TRAINING_TARGET__EPOCHS:
				setEpochs((Integer)newValue);
				return;
			case ModelPackage.TRAINING_TARGET__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case ModelPackage.TRAINING_TARGET__BUCKET_RESO_STEPS:
				setBucketResoSteps((Integer)newValue);
				return;
			case ModelPackage.TRAINING_TARGET__BUCKET_NO_UPSCALE:
				setBucketNoUpscale((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.TRAINING_TARGET__RESOLUTION:
				setResolution(RESOLUTION_EDEFAULT);
				return;
			case ModelPackage.TRAINING_TARGET__EPOCHS:
				setEpochs(EPOCHS_EDEFAULT);
				return;
			case ModelPackage.TRAINING_TARGET__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case ModelPackage.TRAINING_TARGET__BUCKET_RESO_STEPS:
				setBucketResoSteps(BUCKET_RESO_STEPS_EDEFAULT);
				return;
			case ModelPackage.TRAINING_TARGET__BUCKET_NO_UPSCALE:
				setBucketNoUpscale(BUCKET_NO_UPSCALE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.TRAINING_TARGET__RESOLUTION:
				return resolution != RESOLUTION_EDEFAULT;
			case ModelPackage.TRAINING_TARGET__EPOCHS:
				return epochs != EPOCHS_EDEFAULT;
			case ModelPackage.TRAINING_TARGET__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case ModelPackage.TRAINING_TARGET__BUCKET_RESO_STEPS:
				return bucketResoSteps != BUCKET_RESO_STEPS_EDEFAULT;
			case ModelPackage.TRAINING_TARGET__BUCKET_NO_UPSCALE:
				return bucketNoUpscale != BUCKET_NO_UPSCALE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (resolution: ");
		result.append(resolution);
		result.append(", epochs: ");
		result.append(epochs);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", bucketResoSteps: ");
		result.append(bucketResoSteps);
		result.append(", bucketNoUpscale: ");
		result.append(bucketNoUpscale);
		result.append(')');
		return result.toString();
	}

} //TrainingTargetImpl
