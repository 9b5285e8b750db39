package io.tagwright.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.overview.DatasetFigures;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.tests.common.KohyaFolder;

class DatasetFiguresTest {

    @TempDir
    Path root;

    @Test
    void countsImagesCaptionsBinsAndCoverage() throws IOException {
        KohyaFolder.in(root).subset("10_chan")
                .image("a.png", 768, 768, "1girl, chan, smile")
                .image("b.png", 768, 1024, "1girl, chan")
                .image("c.png", 1200, 600, "")
                .png("d.png", 400, 500)
                .subset("3_extra").image("e.png", 1536, 1536, "x, y, z, w")
                .folder("reg", "1_woman").image("r.png", 512, 512, "woman");
        DatasetSession s = DatasetSession.importFolder(root, "t", new NullProgressMonitor());
        s.dataset().setRegDir("reg");
        s.refresh(new NullProgressMonitor());
        s.entry("img/10_chan/a.png").setView(ViewAnnotation.FROM_BEHIND);
        s.entry("img/10_chan/b.png").setFraming(FramingAnnotation.FULL_BODY);

        DatasetFigures f = DatasetFigures.of(s.dataset());

        assertEquals(3, f.subsets());
        assertEquals(5, f.trainImages());
        assertEquals(1, f.regImages());
        assertEquals(1, f.captionsMissing());
        assertEquals(1, f.captionsEmpty());
        assertEquals(9, f.tagsTotal());
        assertEquals(9 / 5.0, f.meanTags(), 1e-9);
        // 400x500 = 0.8 (bin 0.8–0.9), 768x1024 = 0.75, square ×2, 2.0
        assertArrayEquals(new int[] { 0, 0, 1, 1, 2, 0, 0, 0, 1 }, f.aspectBins());
        // short sides 768, 768, 600, 400, 1536
        assertArrayEquals(new int[] { 1, 1, 0, 2, 0, 1 }, f.shortSideBins());
        assertEquals(1, f.views().get(ViewAnnotation.FROM_BEHIND));
        assertEquals(4, f.views().get(ViewAnnotation.UNSET));
        assertEquals(1, f.framings().get(FramingAnnotation.FULL_BODY));
    }
}
