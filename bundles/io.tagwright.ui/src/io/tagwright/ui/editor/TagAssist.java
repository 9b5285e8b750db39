package io.tagwright.ui.editor;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.IControlContentAdapter;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.index.Suggestion;
import io.tagwright.ui.search.Indexes;

/**
 * Content assist for tags in a text field: proposals for the tag being typed (the text since the last comma),
 * from the tag index (the configured tag list and the dataset's own tags), with how often each tag occurs, its
 * category and the alias that matched. Pops up while
 * typing and on Ctrl+Space; choosing a proposal replaces only the tag being typed.
 */
public final class TagAssist {

    private static final String KEY = "io.tagwright.ui.tagAssist";
    private static final int LIMIT = 40;

    private TagAssist() {
    }

    public static void attach(Text text, Supplier<DatasetSession> session) {
        install(text, new TextContentAdapter(), session);
    }

    public static void attach(StyledText text, Supplier<DatasetSession> session) {
        install(text, new StyledTextContentAdapter(), session);
    }

    /** True while the proposal popup of the field is open (Enter then accepts a proposal, not the field). */
    public static boolean isPopupOpen(Control control) {
        return control.getData(KEY) instanceof ContentProposalAdapter a && a.isProposalPopupOpen();
    }

    private static void install(Control control, IControlContentAdapter content, Supplier<DatasetSession> session) {
        IContentProposalProvider provider = (contents, position) -> proposals(session.get(), token(contents, position));
        char[] auto = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_(".toCharArray();
        ContentProposalAdapter adapter = new ContentProposalAdapter(control, content, provider,
                KeyStroke.getInstance(org.eclipse.swt.SWT.MOD1, ' '), auto);
        adapter.setAutoActivationDelay(150);
        adapter.setPropagateKeys(true);
        adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_IGNORE);
        adapter.setPopupSize(new Point(420, 260));
        adapter.addContentProposalListener(p -> accept(control, content, p));
        control.setData(KEY, adapter);
    }

    /** The tag being typed: from after the last comma before the caret, trimmed of leading spaces. */
    static String token(String contents, int position) {
        int start = contents.lastIndexOf(',', Math.max(0, position - 1)) + 1;
        if (start > position) {
            start = position;
        }
        return contents.substring(start, position).stripLeading();
    }

    private static IContentProposal[] proposals(DatasetSession session, String token) {
        if (session == null || token.isBlank()) {
            return new IContentProposal[0];
        }
        List<Suggestion> found = Indexes.suggest(session, token, LIMIT);
        return found.stream().map(s -> new ContentProposal(s.tag(), label(s), description(s))).toArray(IContentProposal[]::new);
    }

    /** {@code braided hair ← braids   12 here · 95.1k · general}. */
    public static String label(Suggestion s) {
        StringBuilder sb = new StringBuilder(s.label());
        sb.append("   ");
        if (s.datasetCount() > 0) {
            sb.append(s.datasetCount()).append(" here");
        }
        if (s.postCount() > 0) {
            sb.append(s.datasetCount() > 0 ? " · " : "").append(compact(s.postCount()));
        }
        if (!s.categoryName().isEmpty()) {
            sb.append(" · ").append(s.categoryName());
        }
        return sb.toString();
    }

    private static String description(Suggestion s) {
        return s.tag() + (s.categoryName().isEmpty() ? "" : " (" + s.categoryName() + ")") + "\n"
                + (s.postCount() > 0 ? String.format(Locale.ROOT, "%,d posts in the tag list%n", s.postCount()) : "not in the tag list\n")
                + s.datasetCount() + " caption(s) of this dataset"
                + (s.alias() == null ? "" : "\nalias typed: " + s.alias());
    }

    static String compact(long n) {
        if (n >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1fM", n / 1e6);
        }
        if (n >= 1_000) {
            return String.format(Locale.ROOT, "%.1fk", n / 1e3);
        }
        return Long.toString(n);
    }

    /** Replaces the tag being typed with the proposal. */
    private static void accept(Control control, IControlContentAdapter content, IContentProposal proposal) {
        String text = content.getControlContents(control);
        int caret = content.getCursorPosition(control);
        String token = token(text, caret);
        int start = caret - token.length();
        String replaced = text.substring(0, start) + proposal.getContent() + text.substring(caret);
        content.setControlContents(control, replaced, start + proposal.getContent().length());
    }
}
