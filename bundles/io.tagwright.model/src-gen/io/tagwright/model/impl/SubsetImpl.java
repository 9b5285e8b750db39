/**
 */
package io.tagwright.model.impl;

import io.tagwright.model.Dataset;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ModelPackage;
import io.tagwright.model.Subset;
import io.tagwright.model.SubsetKind;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.tagwright.model.impl.SubsetImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link io.tagwright.model.impl.SubsetImpl#getFolder <em>Folder</em>}</li>
 *   <li>{@link io.tagwright.model.impl.SubsetImpl#getRepeats <em>Repeats</em>}</li>
 *   <li>{@link io.tagwright.model.impl.SubsetImpl#getClassTokens <em>Class Tokens</em>}</li>
 *   <li>{@link io.tagwright.model.impl.SubsetImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.tagwright.model.impl.SubsetImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.tagwright.model.impl.SubsetImpl#getImages <em>Images</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubsetImpl extends MinimalEObjectImpl.Container implements Subset {
	/**
	 * The default value of the '{@link #getFolder() <em>Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolder()
	 * @generated
	 * @ordered
	 */
	protected static final String FOLDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFolder() <em>Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolder()
	 * @generated
	 * @ordered
	 */
	protected String folder = FOLDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepeats() <em>Repeats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeats()
	 * @generated
	 * @ordered
	 */
	protected static final int REPEATS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRepeats() <em>Repeats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeats()
	 * @generated
	 * @ordered
	 */
	protected int repeats = REPEATS_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassTokens() <em>Class Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassTokens()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASS_TOKENS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClassTokens() <em>Class Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassTokens()
	 * @generated
	 * @ordered
	 */
	protected String classTokens = CLASS_TOKENS_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SubsetKind KIND_EDEFAULT = SubsetKind.TRAIN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SubsetKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getImages() <em>Images</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected EList<ImageEntry> images;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubsetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SUBSET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dataset getDataset() {
		if (eContainerFeatureID() != ModelPackage.SUBSET__DATASET) return null;
		return (Dataset)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDataset(Dataset newDataset, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newDataset, ModelPackage.SUBSET__DATASET, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataset(Dataset newDataset) {
		if (newDataset != eInternalContainer() || (eContainerFeatureID() != ModelPackage.SUBSET__DATASET && newDataset != null)) {
			if (EcoreUtil.isAncestor(this, newDataset))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newDataset != null)
				msgs = ((InternalEObject)newDataset).eInverseAdd(this, ModelPackage.DATASET__SUBSETS, Dataset.class, msgs);
			msgs = basicSetDataset(newDataset, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SUBSET__DATASET, newDataset, newDataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFolder() {
		return folder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFolder(String newFolder) {
		String oldFolder = folder;
		folder = newFolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SUBSET__FOLDER, oldFolder, folder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRepeats() {
		return repeats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeats(int newRepeats) {
		int oldRepeats = repeats;
		repeats = newRepeats;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SUBSET__REPEATS, oldRepeats, repeats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassTokens() {
		return classTokens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassTokens(String newClassTokens) {
		String oldClassTokens = classTokens;
		classTokens = newClassTokens;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SUBSET__CLASS_TOKENS, oldClassTokens, classTokens));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubsetKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SubsetKind newKind) {
		SubsetKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SUBSET__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SUBSET__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImageEntry> getImages() {
		if (images == null) {
			images = new EObjectContainmentWithInverseEList<ImageEntry>(ImageEntry.class, this, ModelPackage.SUBSET__IMAGES, ModelPackage.IMAGE_ENTRY__SUBSET);
		}
		return images;
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
			case ModelPackage.SUBSET__DATASET:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetDataset((Dataset)otherEnd, msgs);
			case ModelPackage.SUBSET__IMAGES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getImages()).basicAdd(otherEnd, msgs);
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
			case ModelPackage.SUBSET__DATASET:
				return basicSetDataset(null, msgs);
			case ModelPackage.SUBSET__IMAGES:
				return ((InternalEList<?>)getImages()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case ModelPackage.SUBSET__DATASET:
				return eInternalContainer().eInverseRemove(this, ModelPackage.DATASET__SUBSETS, Dataset.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.SUBSET__DATASET:
				return getDataset();
			case ModelPackage.SUBSET__FOLDER:
				return getFolder();
			case ModelPackage.SUBSET__REPEATS:
				return getRepeats();
			case ModelPackage.SUBSET__CLASS_TOKENS:
				return getClassTokens();
			case ModelPackage.SUBSET__KIND:
				return getKind();
			case ModelPackage.SUBSET__NOTES:
				return getNotes();
			case ModelPackage.SUBSET__IMAGES:
				return getImages();
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
			case ModelPackage.SUBSET__DATASET:
				setDataset((Dataset)newValue);
				return;
			case ModelPackage.SUBSET__FOLDER:
				setFolder((String)newValue);
				return;
			case ModelPackage.SUBSET__REPEATS:
				setRepeats((Integer)newValue);
				return;
			case ModelPackage.SUBSET__CLASS_TOKENS:
				setClassTokens((String)newValue);
				return;
			case ModelPackage.SUBSET__KIND:
				setKind((SubsetKind)newValue);
				return;
			case ModelPackage.SUBSET__NOTES:
				setNotes((String)newValue);
				return;
			case ModelPackage.SUBSET__IMAGES:
				getImages().clear();
				getImages().addAll((Collection<? extends ImageEntry>)newValue);
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
			case ModelPackage.SUBSET__DATASET:
				setDataset((Dataset)null);
				return;
			case ModelPackage.SUBSET__FOLDER:
				setFolder(FOLDER_EDEFAULT);
				return;
			case ModelPackage.SUBSET__REPEATS:
				setRepeats(REPEATS_EDEFAULT);
				return;
			case ModelPackage.SUBSET__CLASS_TOKENS:
				setClassTokens(CLASS_TOKENS_EDEFAULT);
				return;
			case ModelPackage.SUBSET__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.SUBSET__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case ModelPackage.SUBSET__IMAGES:
				getImages().clear();
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
			case ModelPackage.SUBSET__DATASET:
				return getDataset() != null;
			case ModelPackage.SUBSET__FOLDER:
				return FOLDER_EDEFAULT == null ? folder != null : !FOLDER_EDEFAULT.equals(folder);
			case ModelPackage.SUBSET__REPEATS:
				return repeats != REPEATS_EDEFAULT;
			case ModelPackage.SUBSET__CLASS_TOKENS:
				return CLASS_TOKENS_EDEFAULT == null ? classTokens != null : !CLASS_TOKENS_EDEFAULT.equals(classTokens);
			case ModelPackage.SUBSET__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.SUBSET__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case ModelPackage.SUBSET__IMAGES:
				return images != null && !images.isEmpty();
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
		result.append(" (folder: ");
		result.append(folder);
		result.append(", repeats: ");
		result.append(repeats);
		result.append(", classTokens: ");
		result.append(classTokens);
		result.append(", kind: ");
		result.append(kind);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //SubsetImpl
