/**
 */
package io.tagwright.model.impl;

import io.tagwright.model.AnnotationTags;
import io.tagwright.model.CaptionStatus;
import io.tagwright.model.Dataset;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.HiddenTags;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ImageFormat;
import io.tagwright.model.ModelFactory;
import io.tagwright.model.ModelPackage;
import io.tagwright.model.Subset;
import io.tagwright.model.SubsetKind;
import io.tagwright.model.TrainingTarget;
import io.tagwright.model.ViewAnnotation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelPackageImpl extends EPackageImpl implements ModelPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass datasetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass annotationTagsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hiddenTagsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subsetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass imageEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum subsetKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum imageFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum captionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum viewAnnotationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum framingAnnotationEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.tagwright.model.ModelPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ModelPackageImpl() {
		super(eNS_URI, ModelFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ModelPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ModelPackage init() {
		if (isInited) return (ModelPackage)EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredModelPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ModelPackageImpl theModelPackage = registeredModelPackage instanceof ModelPackageImpl ? (ModelPackageImpl)registeredModelPackage : new ModelPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theModelPackage.createPackageContents();

		// Initialize created meta-data
		theModelPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theModelPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, theModelPackage);
		return theModelPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataset() {
		return datasetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_Name() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_Root() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_TrainDir() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_RegDir() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_CaptionExtension() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_TriggerWords() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_Notes() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataset_Settings() {
		return (EReference)datasetEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataset_AnnotationTags() {
		return (EReference)datasetEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataset_HiddenTags() {
		return (EReference)datasetEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataset_Subsets() {
		return (EReference)datasetEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingTarget() {
		return trainingTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingTarget_Resolution() {
		return (EAttribute)trainingTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingTarget_Epochs() {
		return (EAttribute)trainingTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingTarget_BatchSize() {
		return (EAttribute)trainingTargetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingTarget_BucketResoSteps() {
		return (EAttribute)trainingTargetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingTarget_BucketNoUpscale() {
		return (EAttribute)trainingTargetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnnotationTags() {
		return annotationTagsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotationTags_View() {
		return (EAttribute)annotationTagsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotationTags_Framing() {
		return (EAttribute)annotationTagsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotationTags_Tags() {
		return (EAttribute)annotationTagsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHiddenTags() {
		return hiddenTagsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHiddenTags_View() {
		return (EAttribute)hiddenTagsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHiddenTags_Tags() {
		return (EAttribute)hiddenTagsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubset() {
		return subsetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubset_Dataset() {
		return (EReference)subsetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubset_Folder() {
		return (EAttribute)subsetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubset_Repeats() {
		return (EAttribute)subsetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubset_ClassTokens() {
		return (EAttribute)subsetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubset_Kind() {
		return (EAttribute)subsetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubset_Notes() {
		return (EAttribute)subsetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubset_Images() {
		return (EReference)subsetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImageEntry() {
		return imageEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImageEntry_Subset() {
		return (EReference)imageEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageEntry_Path() {
		return (EAttribute)imageEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageEntry_Width() {
		return (EAttribute)imageEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageEntry_Height() {
		return (EAttribute)imageEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageEntry_Format() {
		return (EAttribute)imageEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageEntry_Bytes() {
		return (EAttribute)imageEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageEntry_Mtime() {
		return (EAttribute)imageEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageEntry_ContentHash() {
		return (EAttribute)imageEntryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageEntry_Tags() {
		return (EAttribute)imageEntryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageEntry_CaptionStatus() {
		return (EAttribute)imageEntryEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageEntry_View() {
		return (EAttribute)imageEntryEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageEntry_Framing() {
		return (EAttribute)imageEntryEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageEntry_Excluded() {
		return (EAttribute)imageEntryEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageEntry_Notes() {
		return (EAttribute)imageEntryEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSubsetKind() {
		return subsetKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImageFormat() {
		return imageFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCaptionStatus() {
		return captionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getViewAnnotation() {
		return viewAnnotationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFramingAnnotation() {
		return framingAnnotationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelFactory getModelFactory() {
		return (ModelFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		datasetEClass = createEClass(DATASET);
		createEAttribute(datasetEClass, DATASET__NAME);
		createEAttribute(datasetEClass, DATASET__ROOT);
		createEAttribute(datasetEClass, DATASET__TRAIN_DIR);
		createEAttribute(datasetEClass, DATASET__REG_DIR);
		createEAttribute(datasetEClass, DATASET__CAPTION_EXTENSION);
		createEAttribute(datasetEClass, DATASET__TRIGGER_WORDS);
		createEAttribute(datasetEClass, DATASET__NOTES);
		createEReference(datasetEClass, DATASET__SETTINGS);
		createEReference(datasetEClass, DATASET__ANNOTATION_TAGS);
		createEReference(datasetEClass, DATASET__HIDDEN_TAGS);
		createEReference(datasetEClass, DATASET__SUBSETS);

		trainingTargetEClass = createEClass(TRAINING_TARGET);
		createEAttribute(trainingTargetEClass, TRAINING_TARGET__RESOLUTION);
		createEAttribute(trainingTargetEClass, TRAINING_TARGET__EPOCHS);
		createEAttribute(trainingTargetEClass, TRAINING_TARGET__BATCH_SIZE);
		createEAttribute(trainingTargetEClass, TRAINING_TARGET__BUCKET_RESO_STEPS);
		createEAttribute(trainingTargetEClass, TRAINING_TARGET__BUCKET_NO_UPSCALE);

		annotationTagsEClass = createEClass(ANNOTATION_TAGS);
		createEAttribute(annotationTagsEClass, ANNOTATION_TAGS__VIEW);
		createEAttribute(annotationTagsEClass, ANNOTATION_TAGS__FRAMING);
		createEAttribute(annotationTagsEClass, ANNOTATION_TAGS__TAGS);

		hiddenTagsEClass = createEClass(HIDDEN_TAGS);
		createEAttribute(hiddenTagsEClass, HIDDEN_TAGS__VIEW);
		createEAttribute(hiddenTagsEClass, HIDDEN_TAGS__TAGS);

		subsetEClass = createEClass(SUBSET);
		createEReference(subsetEClass, SUBSET__DATASET);
		createEAttribute(subsetEClass, SUBSET__FOLDER);
		createEAttribute(subsetEClass, SUBSET__REPEATS);
		createEAttribute(subsetEClass, SUBSET__CLASS_TOKENS);
		createEAttribute(subsetEClass, SUBSET__KIND);
		createEAttribute(subsetEClass, SUBSET__NOTES);
		createEReference(subsetEClass, SUBSET__IMAGES);

		imageEntryEClass = createEClass(IMAGE_ENTRY);
		createEReference(imageEntryEClass, IMAGE_ENTRY__SUBSET);
		createEAttribute(imageEntryEClass, IMAGE_ENTRY__PATH);
		createEAttribute(imageEntryEClass, IMAGE_ENTRY__WIDTH);
		createEAttribute(imageEntryEClass, IMAGE_ENTRY__HEIGHT);
		createEAttribute(imageEntryEClass, IMAGE_ENTRY__FORMAT);
		createEAttribute(imageEntryEClass, IMAGE_ENTRY__BYTES);
		createEAttribute(imageEntryEClass, IMAGE_ENTRY__MTIME);
		createEAttribute(imageEntryEClass, IMAGE_ENTRY__CONTENT_HASH);
		createEAttribute(imageEntryEClass, IMAGE_ENTRY__TAGS);
		createEAttribute(imageEntryEClass, IMAGE_ENTRY__CAPTION_STATUS);
		createEAttribute(imageEntryEClass, IMAGE_ENTRY__VIEW);
		createEAttribute(imageEntryEClass, IMAGE_ENTRY__FRAMING);
		createEAttribute(imageEntryEClass, IMAGE_ENTRY__EXCLUDED);
		createEAttribute(imageEntryEClass, IMAGE_ENTRY__NOTES);

		// Create enums
		subsetKindEEnum = createEEnum(SUBSET_KIND);
		imageFormatEEnum = createEEnum(IMAGE_FORMAT);
		captionStatusEEnum = createEEnum(CAPTION_STATUS);
		viewAnnotationEEnum = createEEnum(VIEW_ANNOTATION);
		framingAnnotationEEnum = createEEnum(FRAMING_ANNOTATION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(datasetEClass, Dataset.class, "Dataset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataset_Name(), ecorePackage.getEString(), "name", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_Root(), ecorePackage.getEString(), "root", ".", 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_TrainDir(), ecorePackage.getEString(), "trainDir", "img", 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_RegDir(), ecorePackage.getEString(), "regDir", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_CaptionExtension(), ecorePackage.getEString(), "captionExtension", ".txt", 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_TriggerWords(), ecorePackage.getEString(), "triggerWords", null, 0, -1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataset_Settings(), this.getTrainingTarget(), null, "settings", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataset_AnnotationTags(), this.getAnnotationTags(), null, "annotationTags", null, 0, -1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataset_HiddenTags(), this.getHiddenTags(), null, "hiddenTags", null, 0, -1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataset_Subsets(), this.getSubset(), this.getSubset_Dataset(), "subsets", null, 0, -1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingTargetEClass, TrainingTarget.class, "TrainingTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingTarget_Resolution(), ecorePackage.getEInt(), "resolution", "768", 0, 1, TrainingTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingTarget_Epochs(), ecorePackage.getEInt(), "epochs", "8", 0, 1, TrainingTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingTarget_BatchSize(), ecorePackage.getEInt(), "batchSize", "1", 0, 1, TrainingTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingTarget_BucketResoSteps(), ecorePackage.getEInt(), "bucketResoSteps", "64", 0, 1, TrainingTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingTarget_BucketNoUpscale(), ecorePackage.getEBoolean(), "bucketNoUpscale", null, 0, 1, TrainingTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(annotationTagsEClass, AnnotationTags.class, "AnnotationTags", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnnotationTags_View(), this.getViewAnnotation(), "view", null, 0, 1, AnnotationTags.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotationTags_Framing(), this.getFramingAnnotation(), "framing", null, 0, 1, AnnotationTags.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotationTags_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, AnnotationTags.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hiddenTagsEClass, HiddenTags.class, "HiddenTags", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHiddenTags_View(), this.getViewAnnotation(), "view", null, 0, 1, HiddenTags.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHiddenTags_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, HiddenTags.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subsetEClass, Subset.class, "Subset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSubset_Dataset(), this.getDataset(), this.getDataset_Subsets(), "dataset", null, 0, 1, Subset.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubset_Folder(), ecorePackage.getEString(), "folder", null, 0, 1, Subset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubset_Repeats(), ecorePackage.getEInt(), "repeats", null, 0, 1, Subset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubset_ClassTokens(), ecorePackage.getEString(), "classTokens", null, 0, 1, Subset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubset_Kind(), this.getSubsetKind(), "kind", null, 0, 1, Subset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubset_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Subset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubset_Images(), this.getImageEntry(), this.getImageEntry_Subset(), "images", null, 0, -1, Subset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(imageEntryEClass, ImageEntry.class, "ImageEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getImageEntry_Subset(), this.getSubset(), this.getSubset_Images(), "subset", null, 0, 1, ImageEntry.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageEntry_Path(), ecorePackage.getEString(), "path", null, 0, 1, ImageEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageEntry_Width(), ecorePackage.getEInt(), "width", null, 0, 1, ImageEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageEntry_Height(), ecorePackage.getEInt(), "height", null, 0, 1, ImageEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageEntry_Format(), this.getImageFormat(), "format", null, 0, 1, ImageEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageEntry_Bytes(), ecorePackage.getELong(), "bytes", null, 0, 1, ImageEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageEntry_Mtime(), ecorePackage.getELong(), "mtime", null, 0, 1, ImageEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageEntry_ContentHash(), ecorePackage.getEString(), "contentHash", null, 0, 1, ImageEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageEntry_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, ImageEntry.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageEntry_CaptionStatus(), this.getCaptionStatus(), "captionStatus", null, 0, 1, ImageEntry.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageEntry_View(), this.getViewAnnotation(), "view", null, 0, 1, ImageEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageEntry_Framing(), this.getFramingAnnotation(), "framing", null, 0, 1, ImageEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageEntry_Excluded(), ecorePackage.getEBoolean(), "excluded", null, 0, 1, ImageEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageEntry_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, ImageEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(subsetKindEEnum, SubsetKind.class, "SubsetKind");
		addEEnumLiteral(subsetKindEEnum, SubsetKind.TRAIN);
		addEEnumLiteral(subsetKindEEnum, SubsetKind.REGULARIZATION);

		initEEnum(imageFormatEEnum, ImageFormat.class, "ImageFormat");
		addEEnumLiteral(imageFormatEEnum, ImageFormat.UNKNOWN);
		addEEnumLiteral(imageFormatEEnum, ImageFormat.PNG);
		addEEnumLiteral(imageFormatEEnum, ImageFormat.JPEG);
		addEEnumLiteral(imageFormatEEnum, ImageFormat.WEBP);
		addEEnumLiteral(imageFormatEEnum, ImageFormat.BMP);

		initEEnum(captionStatusEEnum, CaptionStatus.class, "CaptionStatus");
		addEEnumLiteral(captionStatusEEnum, CaptionStatus.OK);
		addEEnumLiteral(captionStatusEEnum, CaptionStatus.MISSING);
		addEEnumLiteral(captionStatusEEnum, CaptionStatus.EMPTY);
		addEEnumLiteral(captionStatusEEnum, CaptionStatus.UNREADABLE);

		initEEnum(viewAnnotationEEnum, ViewAnnotation.class, "ViewAnnotation");
		addEEnumLiteral(viewAnnotationEEnum, ViewAnnotation.UNSET);
		addEEnumLiteral(viewAnnotationEEnum, ViewAnnotation.FRONT);
		addEEnumLiteral(viewAnnotationEEnum, ViewAnnotation.SLIGHTLY_LEFT);
		addEEnumLiteral(viewAnnotationEEnum, ViewAnnotation.SLIGHTLY_RIGHT);
		addEEnumLiteral(viewAnnotationEEnum, ViewAnnotation.LEFT_PROFILE);
		addEEnumLiteral(viewAnnotationEEnum, ViewAnnotation.RIGHT_PROFILE);
		addEEnumLiteral(viewAnnotationEEnum, ViewAnnotation.FROM_ABOVE);
		addEEnumLiteral(viewAnnotationEEnum, ViewAnnotation.FROM_BELOW);
		addEEnumLiteral(viewAnnotationEEnum, ViewAnnotation.FROM_BEHIND);

		initEEnum(framingAnnotationEEnum, FramingAnnotation.class, "FramingAnnotation");
		addEEnumLiteral(framingAnnotationEEnum, FramingAnnotation.UNSET);
		addEEnumLiteral(framingAnnotationEEnum, FramingAnnotation.CLOSE_UP);
		addEEnumLiteral(framingAnnotationEEnum, FramingAnnotation.UPPER_BODY);
		addEEnumLiteral(framingAnnotationEEnum, FramingAnnotation.COWBOY_SHOT);
		addEEnumLiteral(framingAnnotationEEnum, FramingAnnotation.FULL_BODY);

		// Create resource
		createResource(eNS_URI);
	}

} //ModelPackageImpl
