/**
 */
package io.tagwright.model.impl;

import io.tagwright.model.AnnotationTags;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ModelPackage;
import io.tagwright.model.ViewAnnotation;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation Tags</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.tagwright.model.impl.AnnotationTagsImpl#getView <em>View</em>}</li>
 *   <li>{@link io.tagwright.model.impl.AnnotationTagsImpl#getFraming <em>Framing</em>}</li>
 *   <li>{@link io.tagwright.model.impl.AnnotationTagsImpl#getTags <em>Tags</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationTagsImpl extends MinimalEObjectImpl.Container implements AnnotationTags {
	/**
	 * The default value of the '{@link #getView() <em>View</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getView()
	 * @generated
	 * @ordered
	 */
	protected static final ViewAnnotation VIEW_EDEFAULT = ViewAnnotation.UNSET;

	/**
	 * The cached value of the '{@link #getView() <em>View</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getView()
	 * @generated
	 * @ordered
	 */
	protected ViewAnnotation view = VIEW_EDEFAULT;

	/**
	 * The default value of the '{@link #getFraming() <em>Framing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFraming()
	 * @generated
	 * @ordered
	 */
	protected static final FramingAnnotation FRAMING_EDEFAULT = FramingAnnotation.UNSET;

	/**
	 * The cached value of the '{@link #getFraming() <em>Framing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFraming()
	 * @generated
	 * @ordered
	 */
	protected FramingAnnotation framing = FRAMING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationTagsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ANNOTATION_TAGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ViewAnnotation getView() {
		return view;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setView(ViewAnnotation newView) {
		ViewAnnotation oldView = view;
		view = newView == null ? VIEW_EDEFAULT : newView;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANNOTATION_TAGS__VIEW, oldView, view));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FramingAnnotation getFraming() {
		return framing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFraming(FramingAnnotation newFraming) {
		FramingAnnotation oldFraming = framing;
		framing = newFraming == null ? FRAMING_EDEFAULT : newFraming;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANNOTATION_TAGS__FRAMING, oldFraming, framing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeEList<String>(String.class, this, ModelPackage.ANNOTATION_TAGS__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ANNOTATION_TAGS__VIEW:
				return getView();
			case ModelPackage.ANNOTATION_TAGS__FRAMING:
				return getFraming();
			case ModelPackage.ANNOTATION_TAGS__TAGS:
				return getTags();
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
			case ModelPackage.ANNOTATION_TAGS__VIEW:
				setView((ViewAnnotation)newValue);
				return;
			case ModelPackage.ANNOTATION_TAGS__FRAMING:
				setFraming((FramingAnnotation)newValue);
				return;
			case ModelPackage.ANNOTATION_TAGS__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
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
			case ModelPackage.ANNOTATION_TAGS__VIEW:
				setView(VIEW_EDEFAULT);
				return;
			case ModelPackage.ANNOTATION_TAGS__FRAMING:
				setFraming(FRAMING_EDEFAULT);
				return;
			case ModelPackage.ANNOTATION_TAGS__TAGS:
				getTags().clear();
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
			case ModelPackage.ANNOTATION_TAGS__VIEW:
				return view != VIEW_EDEFAULT;
			case ModelPackage.ANNOTATION_TAGS__FRAMING:
				return framing != FRAMING_EDEFAULT;
			case ModelPackage.ANNOTATION_TAGS__TAGS:
				return tags != null && !tags.isEmpty();
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
		result.append(" (view: ");
		result.append(view);
		result.append(", framing: ");
		result.append(framing);
		result.append(", tags: ");
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //AnnotationTagsImpl
