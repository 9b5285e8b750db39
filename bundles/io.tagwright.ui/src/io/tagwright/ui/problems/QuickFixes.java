package io.tagwright.ui.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.lint.Finding;
import io.tagwright.core.lint.LintReport;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * Quick fixes for Tagwright problems (registered in plugin.xml for the marker type): the fix lint attached
 * to the finding (remove the duplicate tags, caption it with the trigger word, remove the tags a view cannot
 * show, rename a misspelt tag, ...), and renaming a subset folder that has no {@code N_} repeat prefix.
 */
public final class QuickFixes implements IMarkerResolutionGenerator2 {

    /** Lint's id for a folder kohya ignores (no N_ prefix). */
    static final String IGNORED_FOLDER = "ignored-folder";

    @Override
    public boolean hasResolutions(IMarker marker) {
        if (IGNORED_FOLDER.equals(marker.getAttribute(DatasetMarkers.RULE_ID, ""))) {
            return true;
        }
        Finding f = finding(marker);
        return f != null && f.hasQuickFix();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        List<IMarkerResolution> out = new ArrayList<>();
        DatasetSession session = session(marker);
        Finding f = finding(marker);
        if (session != null && f != null && f.hasQuickFix()) {
            out.add(new RefactoringFix(session, f.quickFix()));
        }
        if (session != null && IGNORED_FOLDER.equals(marker.getAttribute(DatasetMarkers.RULE_ID, ""))) {
            String folder = marker.getAttribute(DatasetMarkers.PATH, null);
            if (folder != null) {
                out.add(new RenameFolderFix(session, folder));
            }
        }
        return out.toArray(IMarkerResolution[]::new);
    }

    static DatasetSession session(IMarker marker) {
        return marker.getResource() == null ? null : DatasetRegistry.getDefault().session(marker.getResource().getProject());
    }

    /** The finding a marker stands for, from the dataset's latest report; null when it is gone. */
    static Finding finding(IMarker marker) {
        DatasetSession session = session(marker);
        LintReport report = session == null ? null : LintScheduler.report(session);
        if (report == null) {
            return null;
        }
        String rule = marker.getAttribute(DatasetMarkers.RULE_ID, "");
        String path = marker.getAttribute(DatasetMarkers.PATH, null);
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        for (Finding f : report.findings()) {
            if (f.ruleId().equals(rule) && Objects.equals(f.location().path(), path) && f.message().equals(message)) {
                return f;
            }
        }
        return null;
    }
}
