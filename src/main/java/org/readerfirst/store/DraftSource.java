package org.readerfirst.store;

import java.util.List;
import java.util.Objects;

/**
 * The source kept with a draft: the text it shares or draws on, what credits that text, and whether
 * the writer had it open beside the draft.
 *
 * @param text the source's text as shown beside the draft; empty when the writer gave none yet
 * @param title its title, or empty
 * @param credits its authors and publication
 * @param link its address, or empty
 * @param paneOpen whether the source pane was open beside this draft
 */
public record DraftSource(String text, String title, List<String> credits, String link, boolean paneOpen) {

    public DraftSource {
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        credits = credits == null ? List.of() : List.copyOf(credits);
        link = link == null ? "" : link;
    }

    /** No source yet, with the pane open or closed. */
    public static DraftSource empty(boolean paneOpen) {
        return new DraftSource("", "", List.of(), "", paneOpen);
    }

    public DraftSource withPaneOpen(boolean open) {
        return new DraftSource(text, title, credits, link, open);
    }
}
