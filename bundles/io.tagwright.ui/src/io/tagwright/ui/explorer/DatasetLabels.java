package io.tagwright.ui.explorer;

import java.util.List;

import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.model.CaptionStatus;
import io.tagwright.model.Dataset;
import io.tagwright.model.FramingAnnotation;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ViewAnnotation;
import io.tagwright.model.Subset;
import io.tagwright.ui.emf.ItemProviderLabels;
import io.tagwright.ui.emf.LazyItemProviderTree;
import io.tagwright.ui.problems.ProblemIndex;
import io.tagwright.ui.workspace.DatasetRegistry;

/**
 * Labels of the dataset tree: item provider labels, plus, for an image, its annotation badges and a
 * preview of its caption in the decoration colour, and a problem overlay (error or warning) when lint or
 * the folder scan found something wrong with it or its caption is missing. A dataset with unsaved edits
 * is marked with '*', as editors mark theirs.
 */
final class DatasetLabels extends ItemProviderLabels implements IStyledLabelProvider {

    private static final int PREVIEW_CHARS = 90;
    private Image warning;
    private Image error;

    @Override
    public String getText(Object element) {
        if (element instanceof LazyItemProviderTree.Range r && r.parent() instanceof Subset subset) {
            List<ImageEntry> images = subset.getImages();
            return images.get(r.from()).getPath() + " … " + images.get(r.to() - 1).getPath();
        }
        return super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof LazyItemProviderTree.Range) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        return decorated(element);
    }

    @Override
    public StyledString getStyledText(Object element) {
        StyledString s = new StyledString(getText(element));
        if (element instanceof LazyItemProviderTree.Range r) {
            s.append(String.format(java.util.Locale.ROOT, "  (%,d images)", r.to() - r.from()), StyledString.COUNTER_STYLER);
            return s;
        }
        if (element instanceof ImageEntry e) {
            String badges = badges(e);
            if (!badges.isEmpty()) {
                s.append("  " + badges, StyledString.COUNTER_STYLER);
            }
            s.append("  " + preview(e), StyledString.DECORATIONS_STYLER);
        } else if (element instanceof Dataset d) {
            DatasetSession session = DatasetRegistry.getDefault().sessionOf(d);
            if (session != null && session.isDirty()) {
                s = new StyledString("*" + getText(element));
            }
            if (!d.getTriggerWords().isEmpty()) {
                s.append("  trigger: " + String.join(", ", d.getTriggerWords()), StyledString.DECORATIONS_STYLER);
            }
        }
        return s;
    }

    static String badges(ImageEntry e) {
        StringBuilder sb = new StringBuilder();
        if (e.getView() != ViewAnnotation.UNSET) {
            sb.append('[').append(e.getView().getLiteral()).append(']');
        }
        if (e.getFraming() != FramingAnnotation.UNSET) {
            sb.append(sb.isEmpty() ? "" : " ").append('[').append(e.getFraming().getLiteral()).append(']');
        }
        return sb.toString();
    }

    static String preview(ImageEntry e) {
        return switch (e.getCaptionStatus()) {
            case MISSING -> "(no caption)";
            case EMPTY -> "(empty caption)";
            default -> {
                List<String> tags = e.getTags();
                String text = String.join(", ", tags);
                yield text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS) + "…" : text;
            }
        };
    }

    private Image decorated(Object element) {
        Image base = super.getImage(element);
        if (!(element instanceof ImageEntry e) || base == null) {
            return base;
        }
        DatasetSession session = DatasetRegistry.getDefault().sessionOf(e);
        int severity = session == null ? 0 : ProblemIndex.severity(session, e);
        if (e.getCaptionStatus() == CaptionStatus.MISSING || e.getCaptionStatus() == CaptionStatus.UNREADABLE) {
            severity = Math.max(severity, 1);
        }
        if (severity >= 2) {
            if (error == null) {
                error = overlay(base, ISharedImages.IMG_DEC_FIELD_ERROR);
            }
            return error;
        }
        if (severity == 1) {
            if (warning == null) {
                warning = overlay(base, ISharedImages.IMG_DEC_FIELD_WARNING);
            }
            return warning;
        }
        return base;
    }

    private static Image overlay(Image base, String decoration) {
        return new DecorationOverlayIcon(base, PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(decoration),
                IDecoration.BOTTOM_LEFT).createImage();
    }

    @Override
    public void dispose() {
        if (warning != null) {
            warning.dispose();
        }
        if (error != null) {
            error.dispose();
        }
        super.dispose();
    }
}
