/**
 */
package io.tagwright.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A LoRA training dataset over a kohya-ready folder. Captions live in sidecar files (the source of truth) and are held here only transiently; the project file keeps what the folder cannot: annotations, notes, settings and cached image facts.
 * <!-- end-model-doc -->
 * @see io.tagwright.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://tagwright.io/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "tw";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = io.tagwright.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.tagwright.model.impl.DatasetImpl <em>Dataset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tagwright.model.impl.DatasetImpl
	 * @see io.tagwright.model.impl.ModelPackageImpl#getDataset()
	 * @generated
	 */
	int DATASET = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__ROOT = 1;

	/**
	 * The feature id for the '<em><b>Train Dir</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__TRAIN_DIR = 2;

	/**
	 * The feature id for the '<em><b>Reg Dir</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__REG_DIR = 3;

	/**
	 * The feature id for the '<em><b>Caption Extension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__CAPTION_EXTENSION = 4;

	/**
	 * The feature id for the '<em><b>Trigger Words</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__TRIGGER_WORDS = 5;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__NOTES = 6;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__SETTINGS = 7;

	/**
	 * The feature id for the '<em><b>Annotation Tags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__ANNOTATION_TAGS = 8;

	/**
	 * The feature id for the '<em><b>Hidden Tags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__HIDDEN_TAGS = 9;

	/**
	 * The feature id for the '<em><b>Subsets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__SUBSETS = 10;

	/**
	 * The number of structural features of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tagwright.model.impl.TrainingTargetImpl <em>Training Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tagwright.model.impl.TrainingTargetImpl
	 * @see io.tagwright.model.impl.ModelPackageImpl#getTrainingTarget()
	 * @generated
	 */
	int TRAINING_TARGET = 1;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__RESOLUTION = 0;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__EPOCHS = 1;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__BATCH_SIZE = 2;

	/**
	 * The feature id for the '<em><b>Bucket Reso Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__BUCKET_RESO_STEPS = 3;

	/**
	 * The feature id for the '<em><b>Bucket No Upscale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET__BUCKET_NO_UPSCALE = 4;

	/**
	 * The number of structural features of the '<em>Training Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Training Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tagwright.model.impl.AnnotationTagsImpl <em>Annotation Tags</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tagwright.model.impl.AnnotationTagsImpl
	 * @see io.tagwright.model.impl.ModelPackageImpl#getAnnotationTags()
	 * @generated
	 */
	int ANNOTATION_TAGS = 2;

	/**
	 * The feature id for the '<em><b>View</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TAGS__VIEW = 0;

	/**
	 * The feature id for the '<em><b>Framing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TAGS__FRAMING = 1;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TAGS__TAGS = 2;

	/**
	 * The number of structural features of the '<em>Annotation Tags</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TAGS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Annotation Tags</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TAGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tagwright.model.impl.HiddenTagsImpl <em>Hidden Tags</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tagwright.model.impl.HiddenTagsImpl
	 * @see io.tagwright.model.impl.ModelPackageImpl#getHiddenTags()
	 * @generated
	 */
	int HIDDEN_TAGS = 3;

	/**
	 * The feature id for the '<em><b>View</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIDDEN_TAGS__VIEW = 0;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIDDEN_TAGS__TAGS = 1;

	/**
	 * The number of structural features of the '<em>Hidden Tags</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIDDEN_TAGS_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Hidden Tags</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIDDEN_TAGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tagwright.model.impl.SubsetImpl <em>Subset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tagwright.model.impl.SubsetImpl
	 * @see io.tagwright.model.impl.ModelPackageImpl#getSubset()
	 * @generated
	 */
	int SUBSET = 4;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET__DATASET = 0;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET__FOLDER = 1;

	/**
	 * The feature id for the '<em><b>Repeats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET__REPEATS = 2;

	/**
	 * The feature id for the '<em><b>Class Tokens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET__CLASS_TOKENS = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET__KIND = 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET__NOTES = 5;

	/**
	 * The feature id for the '<em><b>Images</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET__IMAGES = 6;

	/**
	 * The number of structural features of the '<em>Subset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Subset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tagwright.model.impl.ImageEntryImpl <em>Image Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tagwright.model.impl.ImageEntryImpl
	 * @see io.tagwright.model.impl.ModelPackageImpl#getImageEntry()
	 * @generated
	 */
	int IMAGE_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Subset</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__SUBSET = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__PATH = 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__WIDTH = 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__HEIGHT = 3;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__FORMAT = 4;

	/**
	 * The feature id for the '<em><b>Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__BYTES = 5;

	/**
	 * The feature id for the '<em><b>Mtime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__MTIME = 6;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__CONTENT_HASH = 7;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__TAGS = 8;

	/**
	 * The feature id for the '<em><b>Caption Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__CAPTION_STATUS = 9;

	/**
	 * The feature id for the '<em><b>View</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__VIEW = 10;

	/**
	 * The feature id for the '<em><b>Framing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__FRAMING = 11;

	/**
	 * The feature id for the '<em><b>Excluded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__EXCLUDED = 12;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY__NOTES = 13;

	/**
	 * The number of structural features of the '<em>Image Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Image Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.tagwright.model.SubsetKind <em>Subset Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tagwright.model.SubsetKind
	 * @see io.tagwright.model.impl.ModelPackageImpl#getSubsetKind()
	 * @generated
	 */
	int SUBSET_KIND = 6;

	/**
	 * The meta object id for the '{@link io.tagwright.model.ImageFormat <em>Image Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tagwright.model.ImageFormat
	 * @see io.tagwright.model.impl.ModelPackageImpl#getImageFormat()
	 * @generated
	 */
	int IMAGE_FORMAT = 7;

	/**
	 * The meta object id for the '{@link io.tagwright.model.CaptionStatus <em>Caption Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tagwright.model.CaptionStatus
	 * @see io.tagwright.model.impl.ModelPackageImpl#getCaptionStatus()
	 * @generated
	 */
	int CAPTION_STATUS = 8;

	/**
	 * The meta object id for the '{@link io.tagwright.model.ViewAnnotation <em>View Annotation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tagwright.model.ViewAnnotation
	 * @see io.tagwright.model.impl.ModelPackageImpl#getViewAnnotation()
	 * @generated
	 */
	int VIEW_ANNOTATION = 9;

	/**
	 * The meta object id for the '{@link io.tagwright.model.FramingAnnotation <em>Framing Annotation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.tagwright.model.FramingAnnotation
	 * @see io.tagwright.model.impl.ModelPackageImpl#getFramingAnnotation()
	 * @generated
	 */
	int FRAMING_ANNOTATION = 10;


	/**
	 * Returns the meta object for class '{@link io.tagwright.model.Dataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset</em>'.
	 * @see io.tagwright.model.Dataset
	 * @generated
	 */
	EClass getDataset();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.Dataset#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.tagwright.model.Dataset#getName()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.Dataset#getRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root</em>'.
	 * @see io.tagwright.model.Dataset#getRoot()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Root();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.Dataset#getTrainDir <em>Train Dir</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Dir</em>'.
	 * @see io.tagwright.model.Dataset#getTrainDir()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_TrainDir();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.Dataset#getRegDir <em>Reg Dir</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reg Dir</em>'.
	 * @see io.tagwright.model.Dataset#getRegDir()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_RegDir();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.Dataset#getCaptionExtension <em>Caption Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption Extension</em>'.
	 * @see io.tagwright.model.Dataset#getCaptionExtension()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_CaptionExtension();

	/**
	 * Returns the meta object for the attribute list '{@link io.tagwright.model.Dataset#getTriggerWords <em>Trigger Words</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Trigger Words</em>'.
	 * @see io.tagwright.model.Dataset#getTriggerWords()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_TriggerWords();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.Dataset#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see io.tagwright.model.Dataset#getNotes()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Notes();

	/**
	 * Returns the meta object for the containment reference '{@link io.tagwright.model.Dataset#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Settings</em>'.
	 * @see io.tagwright.model.Dataset#getSettings()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Settings();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tagwright.model.Dataset#getAnnotationTags <em>Annotation Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotation Tags</em>'.
	 * @see io.tagwright.model.Dataset#getAnnotationTags()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_AnnotationTags();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tagwright.model.Dataset#getHiddenTags <em>Hidden Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hidden Tags</em>'.
	 * @see io.tagwright.model.Dataset#getHiddenTags()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_HiddenTags();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tagwright.model.Dataset#getSubsets <em>Subsets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subsets</em>'.
	 * @see io.tagwright.model.Dataset#getSubsets()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Subsets();

	/**
	 * Returns the meta object for class '{@link io.tagwright.model.TrainingTarget <em>Training Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Target</em>'.
	 * @see io.tagwright.model.TrainingTarget
	 * @generated
	 */
	EClass getTrainingTarget();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.TrainingTarget#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution</em>'.
	 * @see io.tagwright.model.TrainingTarget#getResolution()
	 * @see #getTrainingTarget()
	 * @generated
	 */
	EAttribute getTrainingTarget_Resolution();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.TrainingTarget#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs</em>'.
	 * @see io.tagwright.model.TrainingTarget#getEpochs()
	 * @see #getTrainingTarget()
	 * @generated
	 */
	EAttribute getTrainingTarget_Epochs();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.TrainingTarget#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see io.tagwright.model.TrainingTarget#getBatchSize()
	 * @see #getTrainingTarget()
	 * @generated
	 */
	EAttribute getTrainingTarget_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.TrainingTarget#getBucketResoSteps <em>Bucket Reso Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bucket Reso Steps</em>'.
	 * @see io.tagwright.model.TrainingTarget#getBucketResoSteps()
	 * @see #getTrainingTarget()
	 * @generated
	 */
	EAttribute getTrainingTarget_BucketResoSteps();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.TrainingTarget#isBucketNoUpscale <em>Bucket No Upscale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bucket No Upscale</em>'.
	 * @see io.tagwright.model.TrainingTarget#isBucketNoUpscale()
	 * @see #getTrainingTarget()
	 * @generated
	 */
	EAttribute getTrainingTarget_BucketNoUpscale();

	/**
	 * Returns the meta object for class '{@link io.tagwright.model.AnnotationTags <em>Annotation Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation Tags</em>'.
	 * @see io.tagwright.model.AnnotationTags
	 * @generated
	 */
	EClass getAnnotationTags();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.AnnotationTags#getView <em>View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>View</em>'.
	 * @see io.tagwright.model.AnnotationTags#getView()
	 * @see #getAnnotationTags()
	 * @generated
	 */
	EAttribute getAnnotationTags_View();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.AnnotationTags#getFraming <em>Framing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Framing</em>'.
	 * @see io.tagwright.model.AnnotationTags#getFraming()
	 * @see #getAnnotationTags()
	 * @generated
	 */
	EAttribute getAnnotationTags_Framing();

	/**
	 * Returns the meta object for the attribute list '{@link io.tagwright.model.AnnotationTags#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see io.tagwright.model.AnnotationTags#getTags()
	 * @see #getAnnotationTags()
	 * @generated
	 */
	EAttribute getAnnotationTags_Tags();

	/**
	 * Returns the meta object for class '{@link io.tagwright.model.HiddenTags <em>Hidden Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hidden Tags</em>'.
	 * @see io.tagwright.model.HiddenTags
	 * @generated
	 */
	EClass getHiddenTags();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.HiddenTags#getView <em>View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>View</em>'.
	 * @see io.tagwright.model.HiddenTags#getView()
	 * @see #getHiddenTags()
	 * @generated
	 */
	EAttribute getHiddenTags_View();

	/**
	 * Returns the meta object for the attribute list '{@link io.tagwright.model.HiddenTags#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see io.tagwright.model.HiddenTags#getTags()
	 * @see #getHiddenTags()
	 * @generated
	 */
	EAttribute getHiddenTags_Tags();

	/**
	 * Returns the meta object for class '{@link io.tagwright.model.Subset <em>Subset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subset</em>'.
	 * @see io.tagwright.model.Subset
	 * @generated
	 */
	EClass getSubset();

	/**
	 * Returns the meta object for the container reference '{@link io.tagwright.model.Subset#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Dataset</em>'.
	 * @see io.tagwright.model.Subset#getDataset()
	 * @see #getSubset()
	 * @generated
	 */
	EReference getSubset_Dataset();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.Subset#getFolder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folder</em>'.
	 * @see io.tagwright.model.Subset#getFolder()
	 * @see #getSubset()
	 * @generated
	 */
	EAttribute getSubset_Folder();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.Subset#getRepeats <em>Repeats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repeats</em>'.
	 * @see io.tagwright.model.Subset#getRepeats()
	 * @see #getSubset()
	 * @generated
	 */
	EAttribute getSubset_Repeats();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.Subset#getClassTokens <em>Class Tokens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Tokens</em>'.
	 * @see io.tagwright.model.Subset#getClassTokens()
	 * @see #getSubset()
	 * @generated
	 */
	EAttribute getSubset_ClassTokens();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.Subset#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.tagwright.model.Subset#getKind()
	 * @see #getSubset()
	 * @generated
	 */
	EAttribute getSubset_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.Subset#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see io.tagwright.model.Subset#getNotes()
	 * @see #getSubset()
	 * @generated
	 */
	EAttribute getSubset_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.tagwright.model.Subset#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Images</em>'.
	 * @see io.tagwright.model.Subset#getImages()
	 * @see #getSubset()
	 * @generated
	 */
	EReference getSubset_Images();

	/**
	 * Returns the meta object for class '{@link io.tagwright.model.ImageEntry <em>Image Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Entry</em>'.
	 * @see io.tagwright.model.ImageEntry
	 * @generated
	 */
	EClass getImageEntry();

	/**
	 * Returns the meta object for the container reference '{@link io.tagwright.model.ImageEntry#getSubset <em>Subset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Subset</em>'.
	 * @see io.tagwright.model.ImageEntry#getSubset()
	 * @see #getImageEntry()
	 * @generated
	 */
	EReference getImageEntry_Subset();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.ImageEntry#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.tagwright.model.ImageEntry#getPath()
	 * @see #getImageEntry()
	 * @generated
	 */
	EAttribute getImageEntry_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.ImageEntry#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see io.tagwright.model.ImageEntry#getWidth()
	 * @see #getImageEntry()
	 * @generated
	 */
	EAttribute getImageEntry_Width();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.ImageEntry#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see io.tagwright.model.ImageEntry#getHeight()
	 * @see #getImageEntry()
	 * @generated
	 */
	EAttribute getImageEntry_Height();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.ImageEntry#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see io.tagwright.model.ImageEntry#getFormat()
	 * @see #getImageEntry()
	 * @generated
	 */
	EAttribute getImageEntry_Format();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.ImageEntry#getBytes <em>Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes</em>'.
	 * @see io.tagwright.model.ImageEntry#getBytes()
	 * @see #getImageEntry()
	 * @generated
	 */
	EAttribute getImageEntry_Bytes();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.ImageEntry#getMtime <em>Mtime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtime</em>'.
	 * @see io.tagwright.model.ImageEntry#getMtime()
	 * @see #getImageEntry()
	 * @generated
	 */
	EAttribute getImageEntry_Mtime();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.ImageEntry#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see io.tagwright.model.ImageEntry#getContentHash()
	 * @see #getImageEntry()
	 * @generated
	 */
	EAttribute getImageEntry_ContentHash();

	/**
	 * Returns the meta object for the attribute list '{@link io.tagwright.model.ImageEntry#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see io.tagwright.model.ImageEntry#getTags()
	 * @see #getImageEntry()
	 * @generated
	 */
	EAttribute getImageEntry_Tags();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.ImageEntry#getCaptionStatus <em>Caption Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption Status</em>'.
	 * @see io.tagwright.model.ImageEntry#getCaptionStatus()
	 * @see #getImageEntry()
	 * @generated
	 */
	EAttribute getImageEntry_CaptionStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.ImageEntry#getView <em>View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>View</em>'.
	 * @see io.tagwright.model.ImageEntry#getView()
	 * @see #getImageEntry()
	 * @generated
	 */
	EAttribute getImageEntry_View();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.ImageEntry#getFraming <em>Framing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Framing</em>'.
	 * @see io.tagwright.model.ImageEntry#getFraming()
	 * @see #getImageEntry()
	 * @generated
	 */
	EAttribute getImageEntry_Framing();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.ImageEntry#isExcluded <em>Excluded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Excluded</em>'.
	 * @see io.tagwright.model.ImageEntry#isExcluded()
	 * @see #getImageEntry()
	 * @generated
	 */
	EAttribute getImageEntry_Excluded();

	/**
	 * Returns the meta object for the attribute '{@link io.tagwright.model.ImageEntry#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see io.tagwright.model.ImageEntry#getNotes()
	 * @see #getImageEntry()
	 * @generated
	 */
	EAttribute getImageEntry_Notes();

	/**
	 * Returns the meta object for enum '{@link io.tagwright.model.SubsetKind <em>Subset Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Subset Kind</em>'.
	 * @see io.tagwright.model.SubsetKind
	 * @generated
	 */
	EEnum getSubsetKind();

	/**
	 * Returns the meta object for enum '{@link io.tagwright.model.ImageFormat <em>Image Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Image Format</em>'.
	 * @see io.tagwright.model.ImageFormat
	 * @generated
	 */
	EEnum getImageFormat();

	/**
	 * Returns the meta object for enum '{@link io.tagwright.model.CaptionStatus <em>Caption Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Caption Status</em>'.
	 * @see io.tagwright.model.CaptionStatus
	 * @generated
	 */
	EEnum getCaptionStatus();

	/**
	 * Returns the meta object for enum '{@link io.tagwright.model.ViewAnnotation <em>View Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>View Annotation</em>'.
	 * @see io.tagwright.model.ViewAnnotation
	 * @generated
	 */
	EEnum getViewAnnotation();

	/**
	 * Returns the meta object for enum '{@link io.tagwright.model.FramingAnnotation <em>Framing Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Framing Annotation</em>'.
	 * @see io.tagwright.model.FramingAnnotation
	 * @generated
	 */
	EEnum getFramingAnnotation();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.tagwright.model.impl.DatasetImpl <em>Dataset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tagwright.model.impl.DatasetImpl
		 * @see io.tagwright.model.impl.ModelPackageImpl#getDataset()
		 * @generated
		 */
		EClass DATASET = eINSTANCE.getDataset();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__NAME = eINSTANCE.getDataset_Name();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__ROOT = eINSTANCE.getDataset_Root();

		/**
		 * The meta object literal for the '<em><b>Train Dir</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__TRAIN_DIR = eINSTANCE.getDataset_TrainDir();

		/**
		 * The meta object literal for the '<em><b>Reg Dir</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__REG_DIR = eINSTANCE.getDataset_RegDir();

		/**
		 * The meta object literal for the '<em><b>Caption Extension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__CAPTION_EXTENSION = eINSTANCE.getDataset_CaptionExtension();

		/**
		 * The meta object literal for the '<em><b>Trigger Words</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__TRIGGER_WORDS = eINSTANCE.getDataset_TriggerWords();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__NOTES = eINSTANCE.getDataset_Notes();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__SETTINGS = eINSTANCE.getDataset_Settings();

		/**
		 * The meta object literal for the '<em><b>Annotation Tags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__ANNOTATION_TAGS = eINSTANCE.getDataset_AnnotationTags();

		/**
		 * The meta object literal for the '<em><b>Hidden Tags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__HIDDEN_TAGS = eINSTANCE.getDataset_HiddenTags();

		/**
		 * The meta object literal for the '<em><b>Subsets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__SUBSETS = eINSTANCE.getDataset_Subsets();

		/**
		 * The meta object literal for the '{@link io.tagwright.model.impl.TrainingTargetImpl <em>Training Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tagwright.model.impl.TrainingTargetImpl
		 * @see io.tagwright.model.impl.ModelPackageImpl#getTrainingTarget()
		 * @generated
		 */
		EClass TRAINING_TARGET = eINSTANCE.getTrainingTarget();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_TARGET__RESOLUTION = eINSTANCE.getTrainingTarget_Resolution();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_TARGET__EPOCHS = eINSTANCE.getTrainingTarget_Epochs();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_TARGET__BATCH_SIZE = eINSTANCE.getTrainingTarget_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Bucket Reso Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_TARGET__BUCKET_RESO_STEPS = eINSTANCE.getTrainingTarget_BucketResoSteps();

		/**
		 * The meta object literal for the '<em><b>Bucket No Upscale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_TARGET__BUCKET_NO_UPSCALE = eINSTANCE.getTrainingTarget_BucketNoUpscale();

		/**
		 * The meta object literal for the '{@link io.tagwright.model.impl.AnnotationTagsImpl <em>Annotation Tags</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tagwright.model.impl.AnnotationTagsImpl
		 * @see io.tagwright.model.impl.ModelPackageImpl#getAnnotationTags()
		 * @generated
		 */
		EClass ANNOTATION_TAGS = eINSTANCE.getAnnotationTags();

		/**
		 * The meta object literal for the '<em><b>View</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_TAGS__VIEW = eINSTANCE.getAnnotationTags_View();

		/**
		 * The meta object literal for the '<em><b>Framing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_TAGS__FRAMING = eINSTANCE.getAnnotationTags_Framing();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_TAGS__TAGS = eINSTANCE.getAnnotationTags_Tags();

		/**
		 * The meta object literal for the '{@link io.tagwright.model.impl.HiddenTagsImpl <em>Hidden Tags</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tagwright.model.impl.HiddenTagsImpl
		 * @see io.tagwright.model.impl.ModelPackageImpl#getHiddenTags()
		 * @generated
		 */
		EClass HIDDEN_TAGS = eINSTANCE.getHiddenTags();

		/**
		 * The meta object literal for the '<em><b>View</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HIDDEN_TAGS__VIEW = eINSTANCE.getHiddenTags_View();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HIDDEN_TAGS__TAGS = eINSTANCE.getHiddenTags_Tags();

		/**
		 * The meta object literal for the '{@link io.tagwright.model.impl.SubsetImpl <em>Subset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tagwright.model.impl.SubsetImpl
		 * @see io.tagwright.model.impl.ModelPackageImpl#getSubset()
		 * @generated
		 */
		EClass SUBSET = eINSTANCE.getSubset();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBSET__DATASET = eINSTANCE.getSubset_Dataset();

		/**
		 * The meta object literal for the '<em><b>Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSET__FOLDER = eINSTANCE.getSubset_Folder();

		/**
		 * The meta object literal for the '<em><b>Repeats</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSET__REPEATS = eINSTANCE.getSubset_Repeats();

		/**
		 * The meta object literal for the '<em><b>Class Tokens</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSET__CLASS_TOKENS = eINSTANCE.getSubset_ClassTokens();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSET__KIND = eINSTANCE.getSubset_Kind();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSET__NOTES = eINSTANCE.getSubset_Notes();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBSET__IMAGES = eINSTANCE.getSubset_Images();

		/**
		 * The meta object literal for the '{@link io.tagwright.model.impl.ImageEntryImpl <em>Image Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tagwright.model.impl.ImageEntryImpl
		 * @see io.tagwright.model.impl.ModelPackageImpl#getImageEntry()
		 * @generated
		 */
		EClass IMAGE_ENTRY = eINSTANCE.getImageEntry();

		/**
		 * The meta object literal for the '<em><b>Subset</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE_ENTRY__SUBSET = eINSTANCE.getImageEntry_Subset();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ENTRY__PATH = eINSTANCE.getImageEntry_Path();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ENTRY__WIDTH = eINSTANCE.getImageEntry_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ENTRY__HEIGHT = eINSTANCE.getImageEntry_Height();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ENTRY__FORMAT = eINSTANCE.getImageEntry_Format();

		/**
		 * The meta object literal for the '<em><b>Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ENTRY__BYTES = eINSTANCE.getImageEntry_Bytes();

		/**
		 * The meta object literal for the '<em><b>Mtime</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ENTRY__MTIME = eINSTANCE.getImageEntry_Mtime();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ENTRY__CONTENT_HASH = eINSTANCE.getImageEntry_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ENTRY__TAGS = eINSTANCE.getImageEntry_Tags();

		/**
		 * The meta object literal for the '<em><b>Caption Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ENTRY__CAPTION_STATUS = eINSTANCE.getImageEntry_CaptionStatus();

		/**
		 * The meta object literal for the '<em><b>View</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ENTRY__VIEW = eINSTANCE.getImageEntry_View();

		/**
		 * The meta object literal for the '<em><b>Framing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ENTRY__FRAMING = eINSTANCE.getImageEntry_Framing();

		/**
		 * The meta object literal for the '<em><b>Excluded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ENTRY__EXCLUDED = eINSTANCE.getImageEntry_Excluded();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ENTRY__NOTES = eINSTANCE.getImageEntry_Notes();

		/**
		 * The meta object literal for the '{@link io.tagwright.model.SubsetKind <em>Subset Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tagwright.model.SubsetKind
		 * @see io.tagwright.model.impl.ModelPackageImpl#getSubsetKind()
		 * @generated
		 */
		EEnum SUBSET_KIND = eINSTANCE.getSubsetKind();

		/**
		 * The meta object literal for the '{@link io.tagwright.model.ImageFormat <em>Image Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tagwright.model.ImageFormat
		 * @see io.tagwright.model.impl.ModelPackageImpl#getImageFormat()
		 * @generated
		 */
		EEnum IMAGE_FORMAT = eINSTANCE.getImageFormat();

		/**
		 * The meta object literal for the '{@link io.tagwright.model.CaptionStatus <em>Caption Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tagwright.model.CaptionStatus
		 * @see io.tagwright.model.impl.ModelPackageImpl#getCaptionStatus()
		 * @generated
		 */
		EEnum CAPTION_STATUS = eINSTANCE.getCaptionStatus();

		/**
		 * The meta object literal for the '{@link io.tagwright.model.ViewAnnotation <em>View Annotation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tagwright.model.ViewAnnotation
		 * @see io.tagwright.model.impl.ModelPackageImpl#getViewAnnotation()
		 * @generated
		 */
		EEnum VIEW_ANNOTATION = eINSTANCE.getViewAnnotation();

		/**
		 * The meta object literal for the '{@link io.tagwright.model.FramingAnnotation <em>Framing Annotation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.tagwright.model.FramingAnnotation
		 * @see io.tagwright.model.impl.ModelPackageImpl#getFramingAnnotation()
		 * @generated
		 */
		EEnum FRAMING_ANNOTATION = eINSTANCE.getFramingAnnotation();

	}

} //ModelPackage
