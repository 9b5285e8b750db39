/**
 */
package io.tagwright.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.tagwright.model.ImageEntry#getSubset <em>Subset</em>}</li>
 *   <li>{@link io.tagwright.model.ImageEntry#getPath <em>Path</em>}</li>
 *   <li>{@link io.tagwright.model.ImageEntry#getWidth <em>Width</em>}</li>
 *   <li>{@link io.tagwright.model.ImageEntry#getHeight <em>Height</em>}</li>
 *   <li>{@link io.tagwright.model.ImageEntry#getFormat <em>Format</em>}</li>
 *   <li>{@link io.tagwright.model.ImageEntry#getBytes <em>Bytes</em>}</li>
 *   <li>{@link io.tagwright.model.ImageEntry#getMtime <em>Mtime</em>}</li>
 *   <li>{@link io.tagwright.model.ImageEntry#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link io.tagwright.model.ImageEntry#getTags <em>Tags</em>}</li>
 *   <li>{@link io.tagwright.model.ImageEntry#getCaptionStatus <em>Caption Status</em>}</li>
 *   <li>{@link io.tagwright.model.ImageEntry#getView <em>View</em>}</li>
 *   <li>{@link io.tagwright.model.ImageEntry#getFraming <em>Framing</em>}</li>
 *   <li>{@link io.tagwright.model.ImageEntry#isExcluded <em>Excluded</em>}</li>
 *   <li>{@link io.tagwright.model.ImageEntry#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see io.tagwright.model.ModelPackage#getImageEntry()
 * @model
 * @generated
 */
public interface ImageEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Subset</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.tagwright.model.Subset#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subset</em>' container reference.
	 * @see #setSubset(Subset)
	 * @see io.tagwright.model.ModelPackage#getImageEntry_Subset()
	 * @see io.tagwright.model.Subset#getImages
	 * @model opposite="images"
	 * @generated
	 */
	Subset getSubset();

	/**
	 * Sets the value of the '{@link io.tagwright.model.ImageEntry#getSubset <em>Subset</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subset</em>' container reference.
	 * @see #getSubset()
	 * @generated
	 */
	void setSubset(Subset value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The image file, relative to its subset folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.tagwright.model.ModelPackage#getImageEntry_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.tagwright.model.ImageEntry#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see io.tagwright.model.ModelPackage#getImageEntry_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link io.tagwright.model.ImageEntry#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see io.tagwright.model.ModelPackage#getImageEntry_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link io.tagwright.model.ImageEntry#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link io.tagwright.model.ImageFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see io.tagwright.model.ImageFormat
	 * @see #setFormat(ImageFormat)
	 * @see io.tagwright.model.ModelPackage#getImageEntry_Format()
	 * @model
	 * @generated
	 */
	ImageFormat getFormat();

	/**
	 * Sets the value of the '{@link io.tagwright.model.ImageEntry#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see io.tagwright.model.ImageFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(ImageFormat value);

	/**
	 * Returns the value of the '<em><b>Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bytes</em>' attribute.
	 * @see #setBytes(long)
	 * @see io.tagwright.model.ModelPackage#getImageEntry_Bytes()
	 * @model
	 * @generated
	 */
	long getBytes();

	/**
	 * Sets the value of the '{@link io.tagwright.model.ImageEntry#getBytes <em>Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes</em>' attribute.
	 * @see #getBytes()
	 * @generated
	 */
	void setBytes(long value);

	/**
	 * Returns the value of the '<em><b>Mtime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last modification of the image file in milliseconds; with bytes, the key of the cached facts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mtime</em>' attribute.
	 * @see #setMtime(long)
	 * @see io.tagwright.model.ModelPackage#getImageEntry_Mtime()
	 * @model
	 * @generated
	 */
	long getMtime();

	/**
	 * Sets the value of the '{@link io.tagwright.model.ImageEntry#getMtime <em>Mtime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtime</em>' attribute.
	 * @see #getMtime()
	 * @generated
	 */
	void setMtime(long value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see io.tagwright.model.ModelPackage#getImageEntry_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link io.tagwright.model.ImageEntry#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The caption as an ordered list of tags, exactly as spelled in the caption file (which stays the source of truth: never saved in the project file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see io.tagwright.model.ModelPackage#getImageEntry_Tags()
	 * @model unique="false" transient="true"
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Caption Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.tagwright.model.CaptionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caption Status</em>' attribute.
	 * @see io.tagwright.model.CaptionStatus
	 * @see #setCaptionStatus(CaptionStatus)
	 * @see io.tagwright.model.ModelPackage#getImageEntry_CaptionStatus()
	 * @model transient="true"
	 * @generated
	 */
	CaptionStatus getCaptionStatus();

	/**
	 * Sets the value of the '{@link io.tagwright.model.ImageEntry#getCaptionStatus <em>Caption Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption Status</em>' attribute.
	 * @see io.tagwright.model.CaptionStatus
	 * @see #getCaptionStatus()
	 * @generated
	 */
	void setCaptionStatus(CaptionStatus value);

	/**
	 * Returns the value of the '<em><b>View</b></em>' attribute.
	 * The literals are from the enumeration {@link io.tagwright.model.ViewAnnotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>View</em>' attribute.
	 * @see io.tagwright.model.ViewAnnotation
	 * @see #setView(ViewAnnotation)
	 * @see io.tagwright.model.ModelPackage#getImageEntry_View()
	 * @model
	 * @generated
	 */
	ViewAnnotation getView();

	/**
	 * Sets the value of the '{@link io.tagwright.model.ImageEntry#getView <em>View</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>View</em>' attribute.
	 * @see io.tagwright.model.ViewAnnotation
	 * @see #getView()
	 * @generated
	 */
	void setView(ViewAnnotation value);

	/**
	 * Returns the value of the '<em><b>Framing</b></em>' attribute.
	 * The literals are from the enumeration {@link io.tagwright.model.FramingAnnotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Framing</em>' attribute.
	 * @see io.tagwright.model.FramingAnnotation
	 * @see #setFraming(FramingAnnotation)
	 * @see io.tagwright.model.ModelPackage#getImageEntry_Framing()
	 * @model
	 * @generated
	 */
	FramingAnnotation getFraming();

	/**
	 * Sets the value of the '{@link io.tagwright.model.ImageEntry#getFraming <em>Framing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Framing</em>' attribute.
	 * @see io.tagwright.model.FramingAnnotation
	 * @see #getFraming()
	 * @generated
	 */
	void setFraming(FramingAnnotation value);

	/**
	 * Returns the value of the '<em><b>Excluded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Excluded</em>' attribute.
	 * @see #setExcluded(boolean)
	 * @see io.tagwright.model.ModelPackage#getImageEntry_Excluded()
	 * @model
	 * @generated
	 */
	boolean isExcluded();

	/**
	 * Sets the value of the '{@link io.tagwright.model.ImageEntry#isExcluded <em>Excluded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Excluded</em>' attribute.
	 * @see #isExcluded()
	 * @generated
	 */
	void setExcluded(boolean value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see io.tagwright.model.ModelPackage#getImageEntry_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link io.tagwright.model.ImageEntry#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // ImageEntry
