package io.tagwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tagwright.ui.emf.LazyItemProviderTree;
import io.tagwright.ui.emf.LazyItemProviderTree.Range;

/** The explorer's ranges: no row gets more than a hundred rows under it, and every row knows its parent row. */
class TreeRangesTest {

    private static final Object SUBSET = "subset";

    @Test
    void tenThousandImagesAreAHundredRangesOfAHundred() {
        List<Range> top = LazyItemProviderTree.ranges(SUBSET, 0, 10_000);
        assertEquals(100, top.size());
        assertEquals(new Range(SUBSET, 9_900, 10_000), top.get(99));
        assertEquals(SUBSET, LazyItemProviderTree.enclosing(SUBSET, 10_000, 9_900, 10_000));
        assertEquals(new Range(SUBSET, 9_900, 10_000), LazyItemProviderTree.enclosing(SUBSET, 10_000, 9_999, 10_000));
    }

    @Test
    void largerSetsNestAndEveryRowLeadsBackToTheSubset() {
        int total = 123_457;
        List<Range> top = LazyItemProviderTree.ranges(SUBSET, 0, total);
        assertEquals(13, top.size(), "ranges of 10,000");
        assertEquals(new Range(SUBSET, 120_000, total), top.get(12));
        List<Range> inner = LazyItemProviderTree.ranges(SUBSET, 120_000, total);
        assertEquals(35, inner.size(), "3,457 images in ranges of 100");
        assertEquals(new Range(SUBSET, 123_400, total), inner.get(34));
        for (int image : new int[] { 0, 99, 100, 9_999, 10_000, 99_999, 123_456 }) {
            Object row = LazyItemProviderTree.enclosing(SUBSET, total, image, image + 1);
            int depth = 0;
            while (row instanceof Range r) {
                assertTrue(r.from() <= image && image < r.to(), r + " holds image " + image);
                assertTrue(LazyItemProviderTree.ranges(SUBSET, r.from(), r.to()).size() <= LazyItemProviderTree.PARTITION
                        || r.to() - r.from() <= LazyItemProviderTree.PARTITION);
                Object up = LazyItemProviderTree.enclosing(SUBSET, total, r.from(), r.to());
                List<?> siblings = up instanceof Range u ? LazyItemProviderTree.ranges(SUBSET, u.from(), u.to())
                        : LazyItemProviderTree.ranges(SUBSET, 0, total);
                assertTrue(siblings.contains(r), r + " is a child of " + up);
                row = up;
                depth++;
            }
            assertEquals(SUBSET, row);
            assertEquals(2, depth, "image " + image + " sits in a range of 100 inside a range of 10,000");
        }
    }

    @Test
    void aHundredImagesOrFewerNeedNoRanges() {
        assertEquals(SUBSET, LazyItemProviderTree.enclosing(SUBSET, 100, 42, 43));
    }
}
