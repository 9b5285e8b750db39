/**
 */
package io.tagwright.model.impl;

import io.tagwright.model.AnnotationTags;
import io.tagwright.model.Dataset;
import io.tagwright.model.HiddenTags;
import io.tagwright.model.ModelPackage;
import io.tagwright.model.Subset;
import io.tagwright.model.TrainingTarget;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.tagwright.model.impl.DatasetImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.tagwright.model.impl.DatasetImpl#getRoot <em>Root</em>}</li>
 *   <li>{@link io.tagwright.model.impl.DatasetImpl#getTrainDir <em>Train Dir</em>}</li>
 *   <li>{@link io.tagwright.model.impl.DatasetImpl#getRegDir <em>Reg Dir</em>}</li>
 *   <li>{@link io.tagwright.model.impl.DatasetImpl#getCaptionExtension <em>Caption Extension</em>}</li>
 *   <li>{@link io.tagwright.model.impl.DatasetImpl#getTriggerWords <em>Trigger Words</em>}</li>
 *   <li>{@link io.tagwright.model.impl.DatasetImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.tagwright.model.impl.DatasetImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link io.tagwright.model.impl.DatasetImpl#getAnnotationTags <em>Annotation Tags</em>}</li>
 *   <li>{@link io.tagwright.model.impl.DatasetImpl#getHiddenTags <em>Hidden Tags</em>}</li>
 *   <li>{@link io.tagwright.model.impl.DatasetImpl#getSubsets <em>Subsets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetImpl extends MinimalEObjectImpl.Container implements Dataset {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRoot() <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoot()
	 * @generated
	 * @ordered
	 */
	protected static final String ROOT_EDEFAULT = ".";

	/**
	 * The cached value of the '{@link #getRoot() <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoot()
	 * @generated
	 * @ordered
	 */
	protected String root = ROOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainDir() <em>Train Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainDir()
	 * @generated
	 * @ordered
	 */
	protected static final String TRAIN_DIR_EDEFAULT = "img";

	/**
	 * The cached value of the '{@link #getTrainDir() <em>Train Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainDir()
	 * @generated
	 * @ordered
	 */
	protected String trainDir = TRAIN_DIR_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegDir() <em>Reg Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegDir()
	 * @generated
	 * @ordered
	 */
	protected static final String REG_DIR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegDir() <em>Reg Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegDir()
	 * @generated
	 * @ordered
	 */
	protected String regDir = REG_DIR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaptionExtension() <em>Caption Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptionExtension()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPTION_EXTENSION_EDEFAULT = ".txt";

	/**
	 * The cached value of the '{@link #getCaptionExtension() <em>Caption Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptionExtension()
	 * @generated
	 * @ordered
	 */
	protected String captionExtension = CAPTION_EXTENSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTriggerWords() <em>Trigger Words</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTriggerWords()
	 * @generated
	 * @ordered
	 */
	protected EList<String> triggerWords;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected TrainingTarget settings;

	/**
	 * The cached value of the '{@link #getAnnotationTags() <em>Annotation Tags</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotationTags()
	 * @generated
	 * @ordered
	 */
	protected EList<AnnotationTags> annotationTags;

	/**
	 * The cached value of the '{@link #getHiddenTags() <em>Hidden Tags</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenTags()
	 * @generated
	 * @ordered
	 */
	protected EList<HiddenTags> hiddenTags;

	/**
	 * The cached value of the '{@link #getSubsets() <em>Subsets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsets()
	 * @generated
	 * @ordered
	 */
	protected EList<Subset> subsets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.DATASET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRoot() {
		return root;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoot(String newRoot) {
		String oldRoot = root;
		root = newRoot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__ROOT, oldRoot, root));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTrainDir() {
		return trainDir;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainDir(String newTrainDir) {
		String oldTrainDir = trainDir;
		trainDir = newTrainDir;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__TRAIN_DIR, oldTrainDir, trainDir));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegDir() {
		return regDir;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegDir(String newRegDir) {
		String oldRegDir = regDir;
		regDir = newRegDir;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__REG_DIR, oldRegDir, regDir));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaptionExtension() {
		return captionExtension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaptionExtension(String newCaptionExtension) {
		String oldCaptionExtension = captionExtension;
		captionExtension = newCaptionExtension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__CAPTION_EXTENSION, oldCaptionExtension, captionExtension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTriggerWords() {
		if (triggerWords == null) {
			triggerWords = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.DATASET__TRIGGER_WORDS);
		}
		return triggerWords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingTarget getSettings() {
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSettings(TrainingTarget newSettings, NotificationChain msgs) {
		TrainingTarget oldSettings = settings;
		settings = newSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__SETTINGS, oldSettings, newSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSettings(TrainingTarget newSettings) {
		if (newSettings != settings) {
			NotificationChain msgs = null;
			if (settings != null)
				msgs = ((InternalEObject)settings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.DATASET__SETTINGS, null, msgs);
			if (newSettings != null)
				msgs = ((InternalEObject)newSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.DATASET__SETTINGS, null, msgs);
			msgs = basicSetSettings(newSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET__SETTINGS, newSettings, newSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnnotationTags> getAnnotationTags() {
		if (annotationTags == null) {
			annotationTags = new EObjectContainmentEList<AnnotationTags>(AnnotationTags.class, this, ModelPackage.DATASET__ANNOTATION_TAGS);
		}
		return annotationTags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HiddenTags> getHiddenTags() {
		if (hiddenTags == null) {
			hiddenTags = new EObjectContainmentEList<HiddenTags>(HiddenTags.class, this, ModelPackage.DATASET__HIDDEN_TAGS);
		}
		return hiddenTags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subset> getSubsets() {
		if (subsets == null) {
			subsets = new EObjectContainmentWithInverseEList<Subset>(Subset.class, this, ModelPackage.DATASET__SUBSETS, ModelPackage.SUBSET__DATASET);
		}
		return subsets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.DATASET__SUBSETS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSubsets()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.DATASET__SETTINGS:
				return basicSetSettings(null, msgs);
			case ModelPackage.DATASET__ANNOTATION_TAGS:
				return ((InternalEList<?>)getAnnotationTags()).basicRemove(otherEnd, msgs);
			case ModelPackage.DATASET__HIDDEN_TAGS:
				return ((InternalEList<?>)getHiddenTags()).basicRemove(otherEnd, msgs);
			case ModelPackage.DATASET__SUBSETS:
				return ((InternalEList<?>)getSubsets()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.DATASET__NAME:
				return getName();
			case ModelPackage.DATASET__ROOT:
				return getRoot();
			case ModelPackage.DATASET__TRAIN_DIR:
				return getTrainDir();
			case ModelPackage.DATASET__REG_DIR:
				return getRegDir();
			case ModelPackage.DATASET__CAPTION_EXTENSION:
				return getCaptionExtension();
			case ModelPackage.DATASET__TRIGGER_WORDS:
				return getTriggerWords();
			case ModelPackage.DATASET__NOTES:
				return getNotes();
			case ModelPackage.DATASET__SETTINGS:
				return getSettings();
			case ModelPackage.DATASET__ANNOTATION_TAGS:
				return getAnnotationTags();
			case ModelPackage.DATASET__HIDDEN_TAGS:
				return getHiddenTags();
			case ModelPackage.DATASET__SUBSETS:
				return getSubsets();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.DATASET__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.DATASET__ROOT:
				setRoot((String)newValue);
				return;
			case ModelPackage.DATASET__TRAIN_DIR:
				setTrainDir((String)newValue);
				return;
			case ModelPackage.DATASET__REG_DIR:
				setRegDir((String)newValue);
				return;
			case ModelPackage.DATASET__CAPTION_EXTENSION:
				setCaptionExtension((String)newValue);
				return;
			case ModelPackage.DATASET__TRIGGER_WORDS:
				getTriggerWords().clear();
				getTriggerWords().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.DATASET__NOTES:
				setNotes((String)newValue);
				return;
			case ModelPackage.DATASET__SETTINGS:
				setSettings((TrainingTarget)newValue);
				return;
			case ModelPackage.DATASET__ANNOTATION_TAGS:
				getAnnotationTags().clear();
				getAnnotationTags().addAll((Collection<? extends AnnotationTags>)newValue);
				return;
			case ModelPackage.DATASET__HIDDEN_TAGS:
				getHiddenTags().clear();
				getHiddenTags().addAll((Collection<? extends HiddenTags>)newValue);
				return;
			case ModelPackage.DATASET__SUBSETS:
				getSubsets().clear();
				getSubsets().addAll((Collection<? extends Subset>)newValue);
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
			case ModelPackage.DATASET__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.DATASET__ROOT:
				setRoot(ROOT_EDEFAULT);
				return;
			case ModelPackage.DATASET__TRAIN_DIR:
				setTrainDir(TRAIN_DIR_EDEFAULT);
				return;
			case ModelPackage.DATASET__REG_DIR:
				setRegDir(REG_DIR_EDEFAULT);
				return;
			case ModelPackage.DATASET__CAPTION_EXTENSION:
				setCaptionExtension(CAPTION_EXTENSION_EDEFAULT);
				return;
			case ModelPackage.DATASET__TRIGGER_WORDS:
				getTriggerWords().clear();
				return;
			case ModelPackage.DATASET__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case ModelPackage.DATASET__SETTINGS:
				setSettings((TrainingTarget)null);
				return;
			case ModelPackage.DATASET__ANNOTATION_TAGS:
				getAnnotationTags().clear();
				return;
			case ModelPackage.DATASET__HIDDEN_TAGS:
				getHiddenTags().clear();
				return;
			case ModelPackage.DATASET__SUBSETS:
				getSubsets().clear();
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
			case ModelPackage.DATASET__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.DATASET__ROOT:
				return ROOT_EDEFAULT == null ? root != null : !ROOT_EDEFAULT.equals(root);
			case ModelPackage.DATASET__TRAIN_DIR:
				return TRAIN_DIR_EDEFAULT == null ? trainDir != null : !TRAIN_DIR_EDEFAULT.equals(trainDir);
			case ModelPackage.DATASET__REG_DIR:
				return REG_DIR_EDEFAULT == null ? regDir != null : !REG_DIR_EDEFAULT.equals(regDir);
			case ModelPackage.DATASET__CAPTION_EXTENSION:
				return CAPTION_EXTENSION_EDEFAULT == null ? captionExtension != null : !CAPTION_EXTENSION_EDEFAULT.equals(captionExtension);
			case ModelPackage.DATASET__TRIGGER_WORDS:
				return triggerWords != null && !triggerWords.isEmpty();
			case ModelPackage.DATASET__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case ModelPackage.DATASET__SETTINGS:
				return settings != null;
			case ModelPackage.DATASET__ANNOTATION_TAGS:
				return annotationTags != null && !annotationTags.isEmpty();
			case ModelPackage.DATASET__HIDDEN_TAGS:
				return hiddenTags != null && !hiddenTags.isEmpty();
			case ModelPackage.DATASET__SUBSETS:
				return subsets != null && !subsets.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", root: ");
		result.append(root);
		result.append(", trainDir: ");
		result.append(trainDir);
		result.append(", regDir: ");
		result.append(regDir);
		result.append(", captionExtension: ");
		result.append(captionExtension);
		result.append(", triggerWords: ");
		result.append(triggerWords);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //DatasetImpl
