package io.tagwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.demo.DemoDataset;
import io.tagwright.model.ImageEntry;
import io.tagwright.ui.explorer.DatasetExplorer;
import io.tagwright.ui.problems.DatasetMarkers;
import io.tagwright.ui.problems.LintScheduler;
import io.tagwright.ui.problems.QuickFixes;
import io.tagwright.ui.refactor.TagRefactoringWizard;
import io.tagwright.ui.search.Indexes;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * A tag renamed across the demo dataset through the refactoring wizard (one undo, files on disk each time),
 * and lint's quick fixes run from the Problems markers.
 */
class RefactoringAndQuickFixTest {

    private static Map<Path, String> captions(DatasetSession s) throws Exception {
        Map<Path, String> out = new HashMap<>();
        for (ImageEntry e : s.dataset().getSubsets().get(0).getImages()) {
            Path p = s.captionPath(e);
            if (Files.exists(p)) {
                out.put(p, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void renamesATagEverywhereWithAPreviewAndUndoesItFilesIncluded() throws Exception {
        DatasetSession demo = UiTestSupport.demo();
        UiTestSupport.waitFor("the demo's index", 60, () -> Indexes.of(demo) != null);
        assertFalse(demo.isDirty());
        Map<Path, String> before = captions(demo);
        long withTag = before.values().stream().filter(c -> c.contains("braided hair")).count();
        assertTrue(withTag > 30, "the demo captions name the braids");

        TagRefactoringWizard wizard = new TagRefactoringWizard(demo, TagRefactoringWizard.Kind.RENAME, List.of("braided hair"), "",
                List.of());
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.fill("braided hair", "twin braids");
        dialog.showPage(wizard.getPages()[1]);
        assertNotNull(wizard.preview(), "the preview page computed the change set");
        assertEquals(withTag, wizard.preview().size(), "every caption with the tag changes (the duplicate is merged)");
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        dialog.close();

        Map<Path, String> renamed = captions(demo);
        assertEquals(0, renamed.values().stream().filter(c -> c.contains("braided hair")).count(), "written at once");
        assertEquals(withTag, renamed.values().stream().filter(c -> c.contains("twin braids")).count());
        assertFalse(demo.isDirty(), "a refactoring leaves the dataset saved");
        assertEquals("Rename 'braided hair' to 'twin braids'", demo.editingDomain().getCommandStack().getUndoCommand().getLabel());

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ((io.tagwright.ui.explorer.DatasetExplorer) page.showView(io.tagwright.ui.explorer.DatasetExplorer.ID)).select(demo.dataset());
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(before, captions(demo), "one undo restores every caption file");
        assertFalse(demo.isDirty());
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        assertEquals(renamed, captions(demo), "redo writes them again");
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(before, captions(demo));
    }

    @Test
    void lintFindsTheDemosMistakesAsMarkersAndAQuickFixRepairsOne() throws Exception {
        DatasetSession demo = UiTestSupport.demo();
        IProject project = DatasetRegistry.getDefault().project(demo);
        UiTestSupport.waitFor("lint markers on the demo", 60, () -> lintIdle(demo) && markers(project, "duplicate-tag").size() == 1
                && markers(project, "caption-missing").size() == 1 && LintScheduler.report(demo) != null);
        IMarker duplicate = markers(project, "duplicate-tag").get(0);
        assertEquals(DemoDataset.DUPLICATE_TAG, duplicate.getResource().getName(), "the marker sits on the image");
        assertEquals(IMarker.SEVERITY_WARNING, duplicate.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(1, markers(project, "caption-missing").size());
        assertEquals(DemoDataset.MISSING_CAPTION, markers(project, "caption-missing").get(0).getResource().getName());
        assertEquals(1, markers(project, "hidden-tag").size());
        // the lint job hands its findings to the search index too: problem: queries answer from them
        assertEquals(List.of(demo.keyOf(demo.entry("img/" + DemoDataset.REPEATS + "_" + DemoDataset.TRIGGER + "/"
                + DemoDataset.DUPLICATE_TAG))), io.tagwright.index.DatasetIndexes.get(demo).search("problem:duplicate-tag", 10).keys());

        QuickFixes fixes = new QuickFixes();
        assertTrue(fixes.hasResolutions(duplicate));
        IMarkerResolution[] resolutions = fixes.getResolutions(duplicate);
        assertEquals(1, resolutions.length);
        assertEquals("Remove the duplicate tags", resolutions[0].getLabel());
        ImageEntry image = demo.entry("img/" + DemoDataset.REPEATS + "_" + DemoDataset.TRIGGER + "/" + DemoDataset.DUPLICATE_TAG);
        Path caption = demo.captionPath(image);
        String before = Files.readString(caption, StandardCharsets.UTF_8);
        assertEquals(2, before.split("braided hair", -1).length - 1);
        // the explorer marks the image's row with a problem overlay, which a clean image's row has not
        DatasetExplorer explorer = (DatasetExplorer) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(DatasetExplorer.ID);
        ImageEntry clean = image.getSubset().getImages().stream()
                .filter(e -> markersOn(duplicate.getResource().getParent(), e).isEmpty() && e.getCaptionStatus() == io.tagwright.model.CaptionStatus.OK)
                .findFirst().orElseThrow();
        Image plain = rowImage(explorer, clean);
        assertNotNull(plain);
        assertTrue(rowImage(explorer, image) != plain, "the row of the image with a duplicate tag shows an overlay");
        // the Image view lists the image's problems, and only a lint result that changes them redraws it
        io.tagwright.ui.info.ImageInfoView info = (io.tagwright.ui.info.ImageInfoView) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().showView(io.tagwright.ui.info.ImageInfoView.ID);
        explorer.setFocus();
        explorer.select(image);
        UiTestSupport.waitFor("the Image view to show the duplicate tag", 10, () -> info.shown() == image
                && info.facts().stream().anyMatch(f -> f.startsWith("Warning: ") && f.contains("braided hair")));
        resolutions[0].run(duplicate);
        String after = Files.readString(caption, StandardCharsets.UTF_8);
        assertEquals(1, after.split("braided hair", -1).length - 1, "the fix is written at once");
        UiTestSupport.waitFor("lint to run again and drop the marker", 60, () -> lintIdle(demo) && markers(project, "duplicate-tag").isEmpty()
                && markers(project, "caption-missing").size() == 1);
        UiTestSupport.waitFor("the row's overlay to go", 10, () -> rowImage(explorer, image) == plain);
        UiTestSupport.waitFor("the Image view to drop the warning", 10,
                () -> info.facts().stream().noneMatch(f -> f.startsWith("Warning: ") && f.contains("braided hair")));

        // the missing caption: the fix captions it with the trigger word
        IMarker missing = markers(project, "caption-missing").get(0);
        IMarkerResolution fill = fixes.getResolutions(missing)[0];
        fill.run(missing);
        Path missingCaption = project.getLocation().toPath().resolve("img/" + DemoDataset.REPEATS + "_" + DemoDataset.TRIGGER)
                .resolve(DemoDataset.MISSING_CAPTION.replace(".png", ".txt"));
        assertEquals(DemoDataset.TRIGGER, Files.readString(missingCaption, StandardCharsets.UTF_8).strip());

        // both fixes are undoable, files included
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        ((io.tagwright.ui.explorer.DatasetExplorer) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(io.tagwright.ui.explorer.DatasetExplorer.ID)).select(demo.dataset());
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertFalse(Files.exists(missingCaption) && !Files.readString(missingCaption).isBlank(),
                "undoing the fix takes the caption back out");
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(before, Files.readString(caption, StandardCharsets.UTF_8));
        UiTestSupport.waitFor("lint to settle", 60, () -> lintIdle(demo) && markers(project, "duplicate-tag").size() == 1);
    }

    /** No lint check pending or running (joining the job from the UI thread would block the snapshot it needs). */
    static boolean lintIdle(DatasetSession s) {
        Job job = LintScheduler.job(s);
        return job == null || job.getState() == Job.NONE;
    }

    /** The markers on an image of the subset {@code folder}. */
    private static List<IMarker> markersOn(org.eclipse.core.resources.IContainer folder, ImageEntry e) {
        try {
            return List.of(folder.getFile(IPath.fromOSString(e.getPath())).findMarkers(DatasetMarkers.TYPE, false, IResource.DEPTH_ZERO));
        } catch (org.eclipse.core.runtime.CoreException ex) {
            throw new AssertionError(ex);
        }
    }

    /** The icon of an image's row in the explorer (revealed first). */
    private static Image rowImage(DatasetExplorer explorer, ImageEntry e) {
        explorer.select(e);
        return explorer.viewer().testFindItem(e) instanceof TreeItem item ? item.getImage() : null;
    }

    static List<IMarker> markers(IProject project, String rule) {
        List<IMarker> out = new ArrayList<>();
        try {
            for (IMarker m : project.findMarkers(DatasetMarkers.TYPE, false, IResource.DEPTH_INFINITE)) {
                if (rule.equals(m.getAttribute(DatasetMarkers.RULE_ID, ""))) {
                    out.add(m);
                }
            }
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new AssertionError(e);
        }
        return out;
    }
}
