package io.tagwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.ui.commands.Open;
import io.tagwright.ui.gallery.GalleryEditor;
import io.tagwright.ui.overview.OverviewPage;
import io.tagwright.ui.preferences.AnnotationMapping;
import io.tagwright.ui.workspace.DatasetRegistry;

/** The dataset overview (steps from the trainer's maths), the Properties of an image, the annotation preferences. */
class OverviewAndPropertiesTest {

    @Test
    void theOverviewOfTheDemoReadsTheRecipesStepsAndCoverage() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        DatasetSession demo = UiTestSupport.demo();
        GalleryEditor gallery = Open.gallery(page, DatasetRegistry.getDefault().project(demo));
        UiTestSupport.waitFor("the gallery", 20, gallery::isReady);
        gallery.showOverview();
        OverviewPage overview = gallery.overview();
        // the seed's recipe: 42 images × 10 repeats × 8 epochs at batch 1 = 3360 steps
        assertEquals(3360, overview.plan().totalSteps());
        assertTrue(overview.stepsText().startsWith("= 3,360 steps"), overview.stepsText());
        assertTrue(overview.headlineText().startsWith("42 training images in 1 subset(s) · 420 with repeats"), overview.headlineText());
        int[] views = overview.viewCounts();
        assertEquals(demo.dataset().getSubsets().get(0).getImages().stream().filter(e -> e.getView() == ViewAnnotation.FROM_BEHIND).count(),
                views[ViewAnnotation.FROM_BEHIND_VALUE]);
        assertEquals(2, views[ViewAnnotation.FROM_BEHIND_VALUE]);

        // the batch size is a dataset setting: changing it is an undoable edit and the steps follow
        demo.editingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(demo.editingDomain(),
                demo.dataset().getSettings(), io.tagwright.model.ModelPackage.Literals.TRAINING_TARGET__BATCH_SIZE, 4));
        overview.refresh();
        assertTrue(overview.plan().totalSteps() < 3360 / 2, overview.stepsText());
        IHandlerService handlers = gallery.getSite().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        overview.refresh();
        assertEquals(3360, overview.plan().totalSteps());
        assertTrue(!demo.isDirty());
        page.closeAllEditors(false);
    }

    @Test
    void anImagesPropertiesSayWhichBucketItLandsIn() {
        DatasetSession demo = UiTestSupport.demo();
        ImageEntry portrait = demo.dataset().getSubsets().get(0).getImages().stream()
                .filter(e -> e.getWidth() == 768 && e.getHeight() == 1024).findFirst().orElseThrow();
        IPropertySource props = Adapters.adapt(portrait, IPropertySource.class);
        assertEquals("768 × 1024", props.getPropertyValue("size"));
        assertEquals("640x896 at 768 px", props.getPropertyValue("bucket"));
        assertEquals("0.750 (3:4, portrait)", props.getPropertyValue("aspect"));
        assertEquals(portrait.getFormat().getLiteral().toUpperCase(), props.getPropertyValue("format"));
        assertEquals(portrait.getView().getValue(), props.getPropertyValue("view"));
        IPropertySource dataset = Adapters.adapt(demo.dataset(), IPropertySource.class);
        assertEquals("tagwright-chan", dataset.getPropertyValue("triggers"));
        assertEquals("8", dataset.getPropertyValue("epochs"));
    }

    @Test
    void annotationPreferencesRoundTripAndNameTheBadLine() {
        AnnotationMapping builtIn = AnnotationMapping.builtIn();
        assertEquals(List.of("from side", "profile"), builtIn.views().get(ViewAnnotation.LEFT_PROFILE));
        assertEquals(List.of("cowboy shot"), builtIn.framings().get(FramingAnnotation.COWBOY_SHOT));
        AnnotationMapping again = AnnotationMapping.parse(builtIn.mappingText(), builtIn.hiddenText());
        assertEquals(builtIn, again);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnnotationMapping.parse("view:front=\nview:sideways=from side\n", ""));
        assertEquals("line 2: there is no view annotation 'sideways'", e.getMessage());
        assertArrayEquals(new String[] { "earrings" }, AnnotationMapping.parse("", "earrings").hiddenFromBehind().toArray());
    }
}
