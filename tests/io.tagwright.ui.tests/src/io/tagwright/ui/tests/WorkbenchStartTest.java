package io.tagwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.demo.DemoDataset;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.Subset;
import io.tagwright.ui.explorer.DatasetExplorer;
import io.tagwright.ui.info.ImageInfoView;
import io.tagwright.ui.perspective.TagwrightPerspective;
import io.tagwright.ui.workspace.DatasetRegistry;
import io.tagwright.ui.workspace.DemoProject;

/** The product starts in the Tagwright perspective and shows the demo dataset it generated. */
class WorkbenchStartTest {

    @Test
    void startsWithTheDemoDatasetAndShowsTheSelectedImage() throws Exception {
        assertNotNull(Display.getCurrent(), "UI tests run on the UI thread");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals(TagwrightPerspective.ID, page.getPerspective().getId());

        DatasetRegistry registry = DatasetRegistry.getDefault();
        UiTestSupport.waitFor("the demo dataset", 120, () -> !registry.sessions().isEmpty());
        DatasetSession demo = registry.sessions().get(0);
        assertEquals(DemoProject.NAME, registry.project(demo).getName());
        assertEquals(42, demo.imageCount());

        DatasetExplorer explorer = (DatasetExplorer) page.showView(DatasetExplorer.ID);
        UiTestSupport.waitFor("the dataset row", 10, () -> explorer.viewer().getTree().getItemCount() == 1);
        TreeItem datasetRow = explorer.viewer().getTree().getItem(0);
        UiTestSupport.settle(200);
        assertEquals("tagwright-demo  trigger: tagwright-chan", datasetRow.getText());
        // the rows are owner-drawn (styled): their text must reach the screen, not only the item
        explorer.viewer().getTree().redraw();
        explorer.viewer().getTree().update();
        assertTrue(inkPixels(explorer.viewer().getTree(), datasetRow.getTextBounds(0)) > 30, "the dataset row's text is painted");

        Subset subset = demo.dataset().getSubsets().get(0);
        ImageEntry image = subset.getImages().get(1);
        explorer.select(image);
        UiTestSupport.settle(300);
        assertEquals(List.of(image), explorer.selection().toList());
        TreeItem subsetRow = datasetRow.getItem(0);
        assertTrue(subsetRow.getText().startsWith("10_tagwright-chan · 42 images × 10"), subsetRow.getText());

        ImageInfoView info = (ImageInfoView) page.showView(ImageInfoView.ID);
        explorer.setFocus();
        explorer.select(subset.getImages().get(0));
        explorer.select(image);
        UiTestSupport.waitFor("the image view to follow the selection", 10, () -> info.shown() == image);
        assertEquals(String.join(", ", image.getTags()), info.captionText());
        assertTrue(info.captionText().startsWith("1girl, " + DemoDataset.TRIGGER));
    }

    /**
     * Pixels of an area of a control, as it is on the screen now, that stand out from the area's most common
     * colour (its background, whether the row is selected or not): the ink of the text drawn there.
     */
    private static int inkPixels(org.eclipse.swt.widgets.Control control, org.eclipse.swt.graphics.Rectangle area) {
        org.eclipse.swt.graphics.Image shot = new org.eclipse.swt.graphics.Image(control.getDisplay(), Math.max(1, area.width),
                Math.max(1, area.height));
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(control);
        try {
            gc.copyArea(shot, area.x, area.y);
            org.eclipse.swt.graphics.ImageData data = shot.getImageData();
            java.util.Map<org.eclipse.swt.graphics.RGB, Integer> counts = new java.util.HashMap<>();
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    counts.merge(data.palette.getRGB(data.getPixel(x, y)), 1, Integer::sum);
                }
            }
            org.eclipse.swt.graphics.RGB background = java.util.Collections.max(counts.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
            int ink = 0;
            for (var e : counts.entrySet()) {
                org.eclipse.swt.graphics.RGB c = e.getKey();
                if (Math.abs(c.red - background.red) + Math.abs(c.green - background.green) + Math.abs(c.blue - background.blue) > 150) {
                    ink += e.getValue();
                }
            }
            return ink;
        } finally {
            gc.dispose();
            shot.dispose();
        }
    }
}
