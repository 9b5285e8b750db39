package io.tagwright.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.demo.DemoDataset;
import io.tagwright.model.CaptionStatus;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.Subset;
import io.tagwright.model.ViewAnnotation;

class DemoDatasetTest {

    @TempDir
    Path root;

    @Test
    void generatesFortyTwoCaptionedRendersFollowingTheRecipe() throws IOException {
        DatasetSession s = DemoDataset.generate(root, new NullProgressMonitor());
        assertEquals(1, s.dataset().getSubsets().size());
        Subset subset = s.dataset().getSubsets().get(0);
        assertEquals("10_tagwright-chan", subset.getFolder());
        assertEquals(10, subset.getRepeats());
        assertEquals(42, subset.getImages().size());
        assertEquals(List.of("tagwright-chan"), s.dataset().getTriggerWords());

        Map<ViewAnnotation, Integer> views = new EnumMap<>(ViewAnnotation.class);
        int portraits = 0;
        for (ImageEntry e : subset.getImages()) {
            assertTrue(Math.min(e.getWidth(), e.getHeight()) >= 768, e.getPath());
            views.merge(e.getView(), 1, Integer::sum);
            if (e.getHeight() > e.getWidth()) {
                portraits++;
            }
            if (!e.getPath().equals(DemoDataset.MISSING_CAPTION)) {
                assertEquals("1girl", e.getTags().get(0));
                assertEquals("tagwright-chan", e.getTags().get(1));
                assertTrue(e.getTags().contains("3D render"));
            }
            if (e.getView() == ViewAnnotation.FROM_BEHIND) {
                assertTrue(e.getTags().contains("from behind"));
                assertEquals(e.getPath().equals(DemoDataset.BEHIND_WITH_EARRINGS), e.getTags().contains("earrings"));
            }
        }
        assertTrue(views.get(ViewAnnotation.FRONT) > 20, views.toString());
        assertEquals(2, views.get(ViewAnnotation.FROM_BEHIND));
        assertEquals(1, views.get(ViewAnnotation.LEFT_PROFILE));
        assertEquals(1, views.get(ViewAnnotation.RIGHT_PROFILE));
        assertTrue(views.get(ViewAnnotation.FROM_ABOVE) >= 1);
        assertTrue(portraits >= 5 && portraits < 42, "portrait and square: " + portraits);
        assertTrue(subset.getImages().stream().anyMatch(e -> e.getFraming() == FramingAnnotation.FULL_BODY));
        assertTrue(subset.getImages().stream().anyMatch(e -> e.getFraming() == FramingAnnotation.UPPER_BODY));
        assertEquals(CaptionStatus.MISSING, s.entry("img/10_tagwright-chan/" + DemoDataset.MISSING_CAPTION).getCaptionStatus());
        List<String> dup = s.entry("img/10_tagwright-chan/" + DemoDataset.DUPLICATE_TAG).getTags();
        assertEquals(2, dup.stream().filter("braided hair"::equals).count());

        // the renders are real pictures: the front and the back of the character differ
        BufferedImage front = ImageIO.read(s.imagePath(subset.getImages().get(0)).toFile());
        assertEquals(768, front.getWidth());
        assertFalse(isFlat(front));
        assertFalse(Files.exists(root.resolve("img/10_tagwright-chan/" + DemoDataset.MISSING_CAPTION.replace(".png", ".txt"))));
    }

    private static boolean isFlat(BufferedImage img) {
        int first = img.getRGB(img.getWidth() / 2, img.getHeight() / 2);
        return first == img.getRGB(5, 5);
    }
}
