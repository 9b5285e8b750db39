package io.tagwright.ui.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.tagwright.ui.explorer.DatasetExplorer;
import io.tagwright.ui.info.ImageInfoView;

/**
 * The Tagwright perspective: datasets (and their tags) on the left, galleries and caption editors in the
 * middle, the selected image and its properties on the right, problems, search and progress below.
 */
public final class TagwrightPerspective implements IPerspectiveFactory {

    public static final String ID = "io.tagwright.ui.perspective";
    public static final String TAGS_VIEW = "io.tagwright.ui.tagsView";
    public static final String SEARCH_VIEW = "io.tagwright.ui.searchView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
        left.addView(DatasetExplorer.ID);
        IFolderLayout leftBottom = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.55f, "left");
        leftBottom.addView(TAGS_VIEW);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.74f, editors);
        right.addView(ImageInfoView.ID);
        right.addView(IPageLayout.ID_PROP_SHEET);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(SEARCH_VIEW);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(DatasetExplorer.ID);
        layout.addShowViewShortcut(TAGS_VIEW);
        layout.addShowViewShortcut(SEARCH_VIEW);
        layout.addShowViewShortcut(ImageInfoView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addNewWizardShortcut("io.tagwright.ui.newDatasetWizard");
    }
}
