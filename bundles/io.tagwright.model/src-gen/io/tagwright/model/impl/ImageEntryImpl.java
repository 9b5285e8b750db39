/**
 */
package io.tagwright.model.impl;

import io.tagwright.model.CaptionStatus;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ImageFormat;
import io.tagwright.model.ModelPackage;
import io.tagwright.model.Subset;
import io.tagwright.model.ViewAnnotation;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#getSubset <em>Subset</em>}</li>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#getPath <em>Path</em>}</li>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#getBytes <em>Bytes</em>}</li>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#getMtime <em>Mtime</em>}</li>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#getCaptionStatus <em>Caption Status</em>}</li>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#getView <em>View</em>}</li>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#getFraming <em>Framing</em>}</li>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#isExcluded <em>Excluded</em>}</li>
 *   <li>{@link io.tagwright.model.impl.ImageEntryImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImageEntryImpl extends MinimalEObjectImpl.Container implements ImageEntry {
	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final ImageFormat FORMAT_EDEFAULT = ImageFormat.UNKNOWN;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected ImageFormat format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytes() <em>Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytes() <em>Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytes()
	 * @generated
	 * @ordered
	 */
	protected long bytes = BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMtime() <em>Mtime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtime()
	 * @generated
	 * @ordered
	 */
	protected static final long MTIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMtime() <em>Mtime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtime()
	 * @generated
	 * @ordered
	 */
	protected long mtime = MTIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

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
	 * The default value of the '{@link #getCaptionStatus() <em>Caption Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptionStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CaptionStatus CAPTION_STATUS_EDEFAULT = CaptionStatus.OK;

	/**
	 * The cached value of the '{@link #getCaptionStatus() <em>Caption Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptionStatus()
	 * @generated
	 * @ordered
	 */
	protected CaptionStatus captionStatus = CAPTION_STATUS_EDEFAULT;

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
	 * The default value of the '{@link #isExcluded() <em>Excluded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcluded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXCLUDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExcluded() <em>Excluded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcluded()
	 * @generated
	 * @ordered
	 */
	protected boolean excluded = EXCLUDED_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.IMAGE_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subset getSubset() {
		if (eContainerFeatureID() != ModelPackage.IMAGE_ENTRY__SUBSET) return null;
		return (Subset)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSubset(Subset newSubset, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newSubset, ModelPackage.IMAGE_ENTRY__SUBSET, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubset(Subset newSubset) {
		if (newSubset != eInternalContainer() || (eContainerFeatureID() != ModelPackage.IMAGE_ENTRY__SUBSET && newSubset != null)) {
			if (EcoreUtil.isAncestor(this, newSubset))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newSubset != null)
				msgs = ((InternalEObject)newSubset).eInverseAdd(this, ModelPackage.SUBSET__IMAGES, Subset.class, msgs);
			msgs = basicSetSubset(newSubset, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_ENTRY__SUBSET, newSubset, newSubset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_ENTRY__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_ENTRY__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_ENTRY__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(ImageFormat newFormat) {
		ImageFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_ENTRY__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytes() {
		return bytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytes(long newBytes) {
		long oldBytes = bytes;
		bytes = newBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_ENTRY__BYTES, oldBytes, bytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMtime() {
		return mtime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMtime(long newMtime) {
		long oldMtime = mtime;
		mtime = newMtime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_ENTRY__MTIME, oldMtime, mtime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_ENTRY__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeEList<String>(String.class, this, ModelPackage.IMAGE_ENTRY__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaptionStatus getCaptionStatus() {
		return captionStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaptionStatus(CaptionStatus newCaptionStatus) {
		CaptionStatus oldCaptionStatus = captionStatus;
		captionStatus = newCaptionStatus == null ? CAPTION_STATUS_EDEFAULT : newCaptionStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_ENTRY__CAPTION_STATUS, oldCaptionStatus, captionStatus));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_ENTRY__VIEW, oldView, view));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_ENTRY__FRAMING, oldFraming, framing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExcluded() {
		return excluded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcluded(boolean newExcluded) {
		boolean oldExcluded = excluded;
		excluded = newExcluded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_ENTRY__EXCLUDED, oldExcluded, excluded));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_ENTRY__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.IMAGE_ENTRY__SUBSET:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetSubset((Subset)otherEnd, msgs);
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
			case ModelPackage.IMAGE_ENTRY__SUBSET:
				return basicSetSubset(null, msgs);
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
			case ModelPackage.IMAGE_ENTRY__SUBSET:
				return eInternalContainer().eInverseRemove(this, ModelPackage.SUBSET__IMAGES, Subset.class, msgs);
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
			case ModelPackage.IMAGE_ENTRY__SUBSET:
				return getSubset();
			case ModelPackage.IMAGE_ENTRY__PATH:
				return getPath();
			case ModelPackage.IMAGE_ENTRY__WIDTH:
				return getWidth();
			case ModelPackage.IMAGE_ENTRY__HEIGHT:
				return getHeight();
			case ModelPackage.IMAGE_ENTRY__FORMAT:
				return getFormat();
			case ModelPackage.IMAGE_ENTRY__BYTES:
				return getBytes();
			case ModelPackage.IMAGE_ENTRY__MTIME:
				return getMtime();
			case ModelPackage.IMAGE_ENTRY__CONTENT_HASH:
				return getContentHash();
			case ModelPackage.IMAGE_ENTRY__TAGS:
				return getTags();
			case ModelPackage.IMAGE_ENTRY__CAPTION_STATUS:
				return getCaptionStatus();
			case ModelPackage.IMAGE_ENTRY__VIEW:
				return getView();
			case ModelPackage.IMAGE_ENTRY__FRAMING:
				return getFraming();
			case ModelPackage.IMAGE_ENTRY__EXCLUDED:
				return isExcluded();
			case ModelPackage.IMAGE_ENTRY__NOTES:
				return getNotes();
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
			case ModelPackage.IMAGE_ENTRY__SUBSET:
				setSubset((Subset)newValue);
				return;
			case ModelPackage.IMAGE_ENTRY__PATH:
				setPath((String)newValue);
				return;
			case ModelPackage.IMAGE_ENTRY__WIDTH:
				setWidth((Integer)newValue);
				return;
			case ModelPackage.IMAGE_ENTRY__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case ModelPackage.IMAGE_ENTRY__FORMAT:
				setFormat((ImageFormat)newValue);
				return;
			case ModelPackage.IMAGE_ENTRY__BYTES:
				setBytes((Long)newValue);
				return;
			case ModelPackage.IMAGE_ENTRY__MTIME:
				setMtime((Long)newValue);
				return;
			case ModelPackage.IMAGE_ENTRY__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case ModelPackage.IMAGE_ENTRY__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.IMAGE_ENTRY__CAPTION_STATUS:
				setCaptionStatus((CaptionStatus)newValue);
				return;
			case ModelPackage.IMAGE_ENTRY__VIEW:
				setView((ViewAnnotation)newValue);
				return;
			case ModelPackage.IMAGE_ENTRY__FRAMING:
				setFraming((FramingAnnotation)newValue);
				return;
			case ModelPackage.IMAGE_ENTRY__EXCLUDED:
				setExcluded((Boolean)newValue);
				return;
			case ModelPackage.IMAGE_ENTRY__NOTES:
				setNotes((String)newValue);
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
			case ModelPackage.IMAGE_ENTRY__SUBSET:
				setSubset((Subset)null);
				return;
			case ModelPackage.IMAGE_ENTRY__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case ModelPackage.IMAGE_ENTRY__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case ModelPackage.IMAGE_ENTRY__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case ModelPackage.IMAGE_ENTRY__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case ModelPackage.IMAGE_ENTRY__BYTES:
				setBytes(BYTES_EDEFAULT);
				return;
			case ModelPackage.IMAGE_ENTRY__MTIME:
				setMtime(MTIME_EDEFAULT);
				return;
			case ModelPackage.IMAGE_ENTRY__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case ModelPackage.IMAGE_ENTRY__TAGS:
				getTags().clear();
				return;
			case ModelPackage.IMAGE_ENTRY__CAPTION_STATUS:
				setCaptionStatus(CAPTION_STATUS_EDEFAULT);
				return;
			case ModelPackage.IMAGE_ENTRY__VIEW:
				setView(VIEW_EDEFAULT);
				return;
			case ModelPackage.IMAGE_ENTRY__FRAMING:
				setFraming(FRAMING_EDEFAULT);
				return;
			case ModelPackage.IMAGE_ENTRY__EXCLUDED:
				setExcluded(EXCLUDED_EDEFAULT);
				return;
			case ModelPackage.IMAGE_ENTRY__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case ModelPackage.IMAGE_ENTRY__SUBSET:
				return getSubset() != null;
			case ModelPackage.IMAGE_ENTRY__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case ModelPackage.IMAGE_ENTRY__WIDTH:
				return width != WIDTH_EDEFAULT;
			case ModelPackage.IMAGE_ENTRY__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case ModelPackage.IMAGE_ENTRY__FORMAT:
				return format != FORMAT_EDEFAULT;
			case ModelPackage.IMAGE_ENTRY__BYTES:
				return bytes != BYTES_EDEFAULT;
			case ModelPackage.IMAGE_ENTRY__MTIME:
				return mtime != MTIME_EDEFAULT;
			case ModelPackage.IMAGE_ENTRY__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case ModelPackage.IMAGE_ENTRY__TAGS:
				return tags != null && !tags.isEmpty();
			case ModelPackage.IMAGE_ENTRY__CAPTION_STATUS:
				return captionStatus != CAPTION_STATUS_EDEFAULT;
			case ModelPackage.IMAGE_ENTRY__VIEW:
				return view != VIEW_EDEFAULT;
			case ModelPackage.IMAGE_ENTRY__FRAMING:
				return framing != FRAMING_EDEFAULT;
			case ModelPackage.IMAGE_ENTRY__EXCLUDED:
				return excluded != EXCLUDED_EDEFAULT;
			case ModelPackage.IMAGE_ENTRY__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (path: ");
		result.append(path);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(", format: ");
		result.append(format);
		result.append(", bytes: ");
		result.append(bytes);
		result.append(", mtime: ");
		result.append(mtime);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(", tags: ");
		result.append(tags);
		result.append(", captionStatus: ");
		result.append(captionStatus);
		result.append(", view: ");
		result.append(view);
		result.append(", framing: ");
		result.append(framing);
		result.append(", excluded: ");
		result.append(excluded);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ImageEntryImpl
