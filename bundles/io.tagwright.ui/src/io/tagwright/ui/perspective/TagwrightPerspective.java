package io.tagwright.ui.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.tagwright.ui.explorer.DatasetExplorer;
import io.tagwright.ui.info.ImageInfoView;

/** The Tagwright perspective: datasets on the left, the selected image on the right, problems below. */
public final class TagwrightPerspective implements IPerspectiveFactory {

    public static final String ID = "io.tagwright.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(DatasetExplorer.ID, IPageLayout.LEFT, 0.30f, editors);
        layout.addView(ImageInfoView.ID, IPageLayout.RIGHT, 0.55f, editors);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(DatasetExplorer.ID);
        layout.addShowViewShortcut(ImageInfoView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
    }
}
