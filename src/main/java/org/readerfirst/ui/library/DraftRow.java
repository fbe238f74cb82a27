package org.readerfirst.ui.library;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.store.DraftSummary;
import org.readerfirst.store.ListedDraft;

/**
 * What a row of the drafts list shows of its draft: never the whole text, only an excerpt of it,
 * the opening or the passage around the search's first match, which the row cuts shorter still.
 */
public record DraftRow(long id, String title, ContentType type, Instant created, Instant updated, String excerpt) {

    public DraftRow {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(excerpt, "excerpt");
    }

    /** The row as the store listed it. */
    static DraftRow of(ListedDraft listed) {
        DraftSummary s = listed.summary();
        return new DraftRow(s.id(), s.title(), s.type(), s.created(), s.updated(), listed.excerpt());
    }

    /** The row of a draft whose text the window holds, such as the open one, cut as the store cuts it. */
    static DraftRow of(Draft draft, List<String> searchWords) {
        String excerpt = SearchSnippet.of(draft.body(), searchWords, ListedDraft.EXCERPT_LIMIT).stream()
                .map(SearchSnippet.Segment::text).collect(Collectors.joining());
        return new DraftRow(draft.id(), draft.title(), draft.type(), draft.created(), draft.updated(), excerpt);
    }
}
